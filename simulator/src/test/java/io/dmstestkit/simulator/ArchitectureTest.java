package io.dmstestkit.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;

/**
 * The simulator is pure Java: no HTTP framework, no test framework, no WireMock; and its public API says how
 * stable each type is.
 */
@AnalyzeClasses(packages = "io.dmstestkit.simulator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule simulator_depends_on_no_http_or_test_framework = noClasses()
            .that()
            .resideInAPackage("io.dmstestkit.simulator..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.github.tomakehurst..",
                    "org.wiremock..",
                    "org.eclipse.jetty..",
                    "jakarta.servlet..",
                    "javax.servlet..",
                    "org.apache.http..",
                    "org.apache.hc..",
                    "io.netty..",
                    "org.junit..",
                    "org.spockframework..",
                    "org.assertj..");

    @ArchTest
    static final ArchRule simulator_knows_nothing_of_the_modules_built_on_it = noClasses()
            .that()
            .resideInAPackage("io.dmstestkit.simulator..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.dmstestkit.wiremock..",
                    "io.dmstestkit.dsl..",
                    "io.dmstestkit.junit..",
                    "io.dmstestkit.spock..");

    @ArchTest
    static final ArchRule every_public_api_type_declares_its_stability = classes()
            .that()
            .resideInAPackage("io.dmstestkit.simulator")
            .and()
            .arePublic()
            .and()
            .areTopLevelClasses()
            .should()
            .beAnnotatedWith(API.class)
            .because("users must see how stable each public type is (JUnit 5's @API model)");

    @ArchTest
    static final ArchRule the_run_model_knows_none_of_its_adapters = noClasses()
            .that()
            .resideInAPackage("io.dmstestkit.simulator.internal.run..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.dmstestkit.simulator.internal.replication..",
                    "io.dmstestkit.simulator.internal.datamigration..",
                    "io.dmstestkit.simulator.internal.task..")
            .because("serverless replications, data migrations and classic tasks plug into one run model");
}
