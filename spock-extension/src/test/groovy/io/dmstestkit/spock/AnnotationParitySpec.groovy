package io.dmstestkit.spock

import io.dmstestkit.testcore.DmsScenarioAttributes
import io.dmstestkit.testcore.DmsTestSettings
import io.dmstestkit.testcore.Lifecycle
import spock.lang.Specification

import java.lang.reflect.Method

/**
 * The JUnit 5 and the Spock {@code @DmsScenario} are two spellings of one thing: the same attributes, of the same
 * types, with the same defaults, read by the one mapping of the test core. (The JUnit module is a test dependency
 * here for this comparison only.)
 */
class AnnotationParitySpec extends Specification {

    def "both annotations have the same attributes, types and defaults"() {
        expect:
        attributes(io.dmstestkit.spock.DmsScenario) == attributes(io.dmstestkit.junit.DmsScenario)
        attributes(io.dmstestkit.spock.DmsScenario).keySet() == DmsScenarioAttributes.NAMES as Set
    }

    def "the defaults of #annotation.simpleName are the core's default settings, one session per test"() {
        when:
        DmsScenarioAttributes attributes = DmsScenarioAttributes.read(annotated.getAnnotation(annotation))

        then:
        attributes.settings() == DmsTestSettings.defaults()
        attributes.lifecycle() == Lifecycle.PER_METHOD

        where:
        annotation                      | annotated
        io.dmstestkit.spock.DmsScenario | SpockDefaults
        io.dmstestkit.junit.DmsScenario | JUnitDefaults
    }

    /** Attribute name → [type, default], arrays as lists so that equal defaults compare equal. */
    private static Map<String, List<Object>> attributes(Class<?> annotation) {
        annotation.declaredMethods.collectEntries { Method attribute ->
            def value = attribute.defaultValue
            [(attribute.name): [attribute.returnType, value.getClass().isArray() ? (value as List) : value]]
        }
    }

    @io.dmstestkit.spock.DmsScenario
    static class SpockDefaults {}

    @io.dmstestkit.junit.DmsScenario
    static class JUnitDefaults {}
}
