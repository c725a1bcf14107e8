package io.dmstestkit.spock

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes

import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import org.apiguardian.api.API
import spock.lang.Specification

/**
 * The Spock extension's public types say how stable they are, as every other module's do (there with
 * ArchUnit's JUnit 5 runner; here the same rule checked from a specification, so this module's tests stay
 * on Spock alone).
 */
class ApiMarkersSpec extends Specification {

    def "every public type of the public package is marked with @API"() {
        given:
        def imported = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages('io.dmstestkit.spock')

        when:
        classes()
                .that().resideInAPackage('io.dmstestkit.spock')
                .and().arePublic()
                .and().areTopLevelClasses()
                .should().beAnnotatedWith(API)
                .because("users must see how stable each public type is (JUnit 5's @API model)")
                .check(imported)

        then:
        noExceptionThrown()
    }
}
