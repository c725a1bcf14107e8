package io.dmstestkit.junit;

import io.dmstestkit.junit.internal.jupiter.Declaration;
import io.dmstestkit.testcore.DmsScenarioAttributes;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Reads the {@link DmsScenario} that applies to a test: the method's, else the nearest class's (test class first, then enclosing ones). */
final class Declarations {

    private Declarations() {}

    static Declaration find(ExtensionContext context) {
        Optional<Declaration> onMethod = context.getTestMethod().flatMap(Declarations::on);
        if (onMethod.isPresent()) {
            return onMethod.get();
        }
        for (Class<?> type : classesInnerToOuter(context)) {
            Optional<Declaration> onClass = on(type);
            if (onClass.isPresent()) {
                return onClass.get();
            }
        }
        throw new ExtensionConfigurationException(
                "The @DmsScenario extension is registered for " + context.getDisplayName()
                        + " but finds no @DmsScenario there; annotate the test or its class, or register the extension"
                        + " with @RegisterExtension DmsExtension.newInstance()...build()");
    }

    private static Optional<Declaration> on(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, DmsScenario.class)
                .map(scenario -> declaration(scenario, element));
    }

    private static Declaration declaration(DmsScenario scenario, AnnotatedElement element) {
        try {
            DmsScenarioAttributes attributes = DmsScenarioAttributes.read(scenario);
            return new Declaration(attributes.settings(), attributes.lifecycle(), Optional.of(element));
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@DmsScenario on " + element + ": " + e.getMessage(), e);
        }
    }

    private static List<Class<?>> classesInnerToOuter(ExtensionContext context) {
        List<Class<?>> classes = new ArrayList<>(context.getEnclosingTestClasses());
        context.getTestClass().ifPresent(classes::add);
        java.util.Collections.reverse(classes);
        return classes;
    }
}
