package io.dmstestkit.testcore;

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
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The test core is what a Spock user and a JUnit user share, so it brings neither framework: no class of it
 * touches JUnit, Spock, AssertJ or Awaitility, and its jar registers no JUnit Platform {@code TestEngine}.
 * (Its tests use JUnit; only the main classes are analyzed.)
 */
@AnalyzeClasses(packages = "io.dmstestkit.testcore", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_core_knows_no_test_framework = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.junit..", "org.spockframework..", "spock..", "org.assertj..", "org.awaitility..");

    @ArchTest
    static final ArchRule the_core_knows_neither_extension = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.dmstestkit.junit..", "io.dmstestkit.spock..");

    @ArchTest
    static final ArchRule public_api_types_declare_their_stability = classes()
            .that()
            .resideInAPackage("io.dmstestkit.testcore")
            .and()
            .arePublic()
            .should()
            .beAnnotatedWith(API.class);

    /**
     * Other modules are used through their public API only; the one exception is the run report's model and
     * renderer, which every producer of a report shares (see {@code io.dmstestkit.simulator.internal.report}).
     */
    @ArchTest
    static final ArchRule only_the_public_api_of_other_modules_is_used = noClasses()
            .should()
            .dependOnClassesThat(resideInAnyPackage(
                            "io.dmstestkit.simulator.internal..",
                            "io.dmstestkit.wiremock.internal..",
                            "io.dmstestkit.dsl.internal..")
                    .and(not(resideInAPackage("io.dmstestkit.simulator.internal.report.."))));

    @Test
    void the_core_jar_registers_no_test_engine() throws IOException {
        String coreClasses = DmsTestSession.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toString();
        List<URL> engines = Collections.list(
                getClass().getClassLoader().getResources("META-INF/services/org.junit.platform.engine.TestEngine"));

        assertThat(engines).noneMatch(engine -> engine.toString().startsWith(coreClasses));
    }
}
