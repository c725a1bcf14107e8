// Not part of a consumer project: maven-invoker-plugin (examples/consumer-it) runs this after the consumer's
// build, to check what its tests cannot see: the SLF4J set-up the README promises.
def tree = new File(basedir, 'target/dependency-tree.txt').readLines()
def apis = tree.findAll { it.contains('org.slf4j:slf4j-api:') }
assert apis.size() == 1 : "one SLF4J API in the consumer's dependency tree, found: ${apis}"
assert apis[0] =~ /org\.slf4j:slf4j-api:jar:2\./ : "the BOM's SLF4J API 2.x, not the AWS SDK's 1.7: ${apis[0]}"

def warnings = new File(basedir, 'build.log').readLines().findAll { it.contains('SLF4J:') || it.contains('SLF4J(') }
assert warnings.isEmpty() : "SLF4J warnings in the consumer's build output: ${warnings}"
true
