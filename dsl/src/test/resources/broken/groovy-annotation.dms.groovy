@groovy.transform.ASTTest(value = { System.exit(1) })
def rows = 1000

scenario('orders') {}
