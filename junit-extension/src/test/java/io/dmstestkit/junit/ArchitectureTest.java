package io.dmstestkit.junit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The JUnit module is an adapter over the framework-free test core ({@code io.dmstestkit.testcore}, a module
 * of its own with its own architecture test): only the annotation, the extensions and {@code internal.jupiter}
 * touch Jupiter.
 */
@AnalyzeClasses(packages = "io.dmstestkit.junit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule only_the_extension_and_its_adapter_touch_jupiter = noClasses()
            .that()
            .resideInAPackage("io.dmstestkit.junit")
            .and()
            .doNotHaveSimpleName("DmsScenario")
            .and()
            .doNotHaveSimpleName("DmsExtension")
            .and()
            .doNotHaveSimpleName("DmsScenarioExtension")
            .and()
            .doNotHaveSimpleName("Declarations")
            .and()
            .doNotHaveSimpleName("SystemPropertiesLocks")
            .and()
            .doNotHaveSimpleName("DmsFaultExploration")
            .and()
            .doNotHaveSimpleName("FaultExplorationExtension")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.junit..");

    @ArchTest
    static final ArchRule nothing_depends_on_spock =
            noClasses().should().dependOnClassesThat().resideInAnyPackage("org.spockframework..", "spock..");

    @ArchTest
    static final ArchRule the_jupiter_adapter_does_not_reach_back_into_the_api = noClasses()
            .that()
            .resideInAPackage("io.dmstestkit.junit.internal..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.dmstestkit.junit");

    @ArchTest
    static final ArchRule public_api_types_declare_their_stability = classes()
            .that()
            .resideInAPackage("io.dmstestkit.junit")
            .and()
            .arePublic()
            .should()
            .beAnnotatedWith(API.class);

    /** Other modules are used through their public API only. */
    @ArchTest
    static final ArchRule only_the_public_api_of_other_modules_is_used = noClasses()
            .should()
            .dependOnClassesThat(resideInAnyPackage(
                            "io.dmstestkit.simulator.internal..",
                            "io.dmstestkit.wiremock.internal..",
                            "io.dmstestkit.dsl.internal..")
                    // the one rule for "did you mean", shared by every module's messages
                    .and(not(resideInAPackage("io.dmstestkit.simulator.internal.text.."))));

    @Test
    void spock_is_not_on_the_classpath() {
        assertThat(getClass().getClassLoader().getResource("spock/lang/Specification.class"))
                .isNull();
    }
}
