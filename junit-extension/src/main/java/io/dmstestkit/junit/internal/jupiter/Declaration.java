package io.dmstestkit.junit.internal.jupiter;

import io.dmstestkit.testcore.DmsTestSettings;
import io.dmstestkit.testcore.Lifecycle;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * What a test asked for and where: the settings, the lifecycle, and the element the annotation was found
 * on (the test method, or the test class or one enclosing it); empty for a programmatic extension, whose
 * class-level sessions belong to the outermost test class.
 *
 * <pre>{@code
 * new Declaration(DmsTestSettings.defaults(), Lifecycle.PER_CLASS, Optional.of(CutoverTest.class));
 * }</pre>
 *
 * @param settings the session's settings
 * @param lifecycle how long the session and its backend live
 * @param declaredOn the annotated test method or class
 */
public record Declaration(DmsTestSettings settings, Lifecycle lifecycle, Optional<AnnotatedElement> declaredOn) {

    public Declaration {
        if (lifecycle == Lifecycle.PER_CLASS
                && declaredOn.filter(Method.class::isInstance).isPresent()) {
            throw new IllegalArgumentException("lifecycle PER_CLASS on a test method: a method's session lives for"
                    + " that test only; use PER_METHOD (the default) or SHARED, or put the annotation on the class");
        }
    }

    /** Whether the session belongs to one test (rather than to a class). */
    boolean perTest() {
        return lifecycle == Lifecycle.PER_METHOD
                || declaredOn.filter(Method.class::isInstance).isPresent();
    }
}
