package io.dmstestkit.junit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Takes JUnit's system-properties lock for tests whose {@link DmsScenario} sets system properties, and
 * nothing for the others. JUnit's own key, rather than one of ours, so that other extensions writing
 * system properties (JUnit Pioneer's {@code @SetSystemProperty}, say) are kept apart from ours too.
 */
final class SystemPropertiesLocks implements ResourceLocksProvider {

    private static final Set<Lock> LOCK = Set.of(new Lock(Resources.SYSTEM_PROPERTIES, ResourceAccessMode.READ_WRITE));

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        return locks(annotation(testClass));
    }

    @Override
    public Set<Lock> provideForNestedClass(List<Class<?>> enclosingInstanceTypes, Class<?> testClass) {
        return locks(annotation(testClass).or(() -> enclosing(enclosingInstanceTypes)));
    }

    @Override
    public Set<Lock> provideForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass, Method testMethod) {
        return locks(
                annotation(testMethod).or(() -> annotation(testClass)).or(() -> enclosing(enclosingInstanceTypes)));
    }

    private static Optional<DmsScenario> enclosing(List<Class<?>> outerToInner) {
        for (int i = outerToInner.size() - 1; i >= 0; i--) {
            Optional<DmsScenario> found = annotation(outerToInner.get(i));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<DmsScenario> annotation(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, DmsScenario.class);
    }

    private static Set<Lock> locks(Optional<DmsScenario> scenario) {
        return scenario.filter(DmsScenario::systemProperties).isPresent() ? LOCK : Set.of();
    }
}
