plugins {
    java
    groovy // Spock specifications in src/test/groovy
}

repositories {
    mavenLocal() // where ./mvnw install put dms-testkit, until it is on Maven Central
    mavenCentral()
}

val dmsTestkitVersion = "0.1.0-SNAPSHOT"
val dmsTestkitServer by configurations.creating { isTransitive = false }

dependencies {
    val bom = platform("io.dmstestkit:dms-testkit-bom:$dmsTestkitVersion")
    implementation(bom)
    implementation("software.amazon.awssdk:databasemigration")

    testImplementation(bom)
    // JUnit 5
    testImplementation("io.dmstestkit:dms-testkit-junit-extension")
    testImplementation("org.junit.jupiter:junit-jupiter")
    testRuntimeOnly("org.junit.platform:junit-platform-launcher")
    testRuntimeOnly("org.slf4j:slf4j-nop")
    // Spock
    testImplementation("io.dmstestkit:dms-testkit-spock-extension")
    testImplementation("org.spockframework:spock-core")
    // another team's scenario files
    testImplementation("io.dmstestkit:dms-testkit-example-shared-scenarios:$dmsTestkitVersion")
    // only for a @Suite of scenario files
    testImplementation("org.junit.platform:junit-platform-suite")

    // the standalone server jar
    dmsTestkitServer("io.dmstestkit:dms-testkit-wiremock-stubs:$dmsTestkitVersion:server")
}

tasks.test {
    useJUnitPlatform() // runs JUnit 5 tests, Spock specifications and scenario-file tests alike
}

tasks.register<Copy>("copyDmsTestkitServer") { // build/dms-testkit-server.jar
    from(dmsTestkitServer)
    into(layout.buildDirectory)
    rename { "dms-testkit-server.jar" }
}
