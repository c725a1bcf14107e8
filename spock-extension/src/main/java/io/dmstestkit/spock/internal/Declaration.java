package io.dmstestkit.spock.internal;

import io.dmstestkit.spock.DmsScenario;
import io.dmstestkit.testcore.DmsScenarioAttributes;
import io.dmstestkit.testcore.DmsTestSettings;
import io.dmstestkit.testcore.Lifecycle;
import org.spockframework.runtime.InvalidSpecException;

/**
 * What a {@link DmsScenario} asks for: the session settings, the lifecycle, and whether it was found on a
 * feature method (which then gets a session of its own).
 *
 * <pre>{@code
 * Declaration declaration = Declaration.of(annotation, "CutoverSpec", false);
 * }</pre>
 *
 * @param settings the sessions' settings
 * @param lifecycle how long sessions and their simulators live
 * @param onFeature whether the annotation is on a feature method rather than the specification
 */
record Declaration(DmsTestSettings settings, Lifecycle lifecycle, boolean onFeature) {

    /**
     * Reads an annotation through the core's {@link DmsScenarioAttributes}, as the JUnit extension does.
     *
     * @throws InvalidSpecException when the attributes contradict each other, or ask a feature for a
     *     specification-wide lifecycle
     */
    static Declaration of(DmsScenario annotation, String where, boolean onFeature) {
        if (onFeature && annotation.lifecycle() == Lifecycle.PER_CLASS) {
            throw new InvalidSpecException("@DmsScenario(lifecycle = PER_CLASS) on feature method " + where
                    + ": a feature's session lives for that feature only; use PER_METHOD (the default) or SHARED,"
                    + " or put the annotation on the specification");
        }
        try {
            DmsScenarioAttributes attributes = DmsScenarioAttributes.read(annotation);
            return new Declaration(attributes.settings(), attributes.lifecycle(), onFeature);
        } catch (IllegalArgumentException e) {
            throw new InvalidSpecException("@DmsScenario on " + where + ": " + e.getMessage(), e);
        }
    }

    /** Whether each iteration gets a session of its own (rather than using the specification's). */
    boolean perIteration() {
        return onFeature || lifecycle == Lifecycle.PER_METHOD;
    }
}
