package io.dmstestkit.wiremock;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;

@AnalyzeClasses(packages = "io.dmstestkit.wiremock", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule public_api_types_declare_their_stability = classes()
            .that()
            .resideInAPackage("io.dmstestkit.wiremock")
            .and()
            .arePublic()
            .and()
            .areTopLevelClasses()
            .should()
            .beAnnotatedWith(API.class);

    @ArchTest
    static final ArchRule implementation_does_not_reach_back_into_the_api = noClasses()
            .that()
            .resideInAPackage("io.dmstestkit.wiremock.internal..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.dmstestkit.wiremock");

    @ArchTest
    static final ArchRule only_the_simulators_public_api_is_used = noClasses()
            .that()
            .resideInAPackage("io.dmstestkit.wiremock..")
            .should()
            .dependOnClassesThat(resideInAPackage("io.dmstestkit.simulator.internal..")
                    // the one rule for "did you mean", shared by every module's messages
                    .and(not(resideInAPackage("io.dmstestkit.simulator.internal.text.."))));
}
