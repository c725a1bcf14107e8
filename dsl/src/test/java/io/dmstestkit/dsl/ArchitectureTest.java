package io.dmstestkit.dsl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;

/** The DSL's public packages say how stable each public type is, as the other modules' do. */
@AnalyzeClasses(packages = "io.dmstestkit.dsl", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule public_api_types_declare_their_stability = classes()
            .that()
            .resideInAPackage("io.dmstestkit.dsl..")
            .and()
            .resideOutsideOfPackage("..internal..")
            .and()
            .arePublic()
            .and()
            .areTopLevelClasses()
            .should()
            .beAnnotatedWith(API.class)
            .because("users must see how stable each public type is (JUnit 5's @API model)");
}
