package io.dmstestkit.spock.internal;

import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.Injectables;
import java.lang.reflect.Modifier;
import java.util.List;
import org.spockframework.runtime.model.FieldInfo;
import org.spockframework.runtime.model.SpecInfo;

/**
 * The fields of a specification (and its superclasses) that get a session's values: non-static, non-final
 * fields of a type {@link Injectables} lists, either the {@code @Shared} ones or the others.
 *
 * <pre>{@code
 * InjectedFields.of(spec.getBottomSpec(), true).inject(sharedInstance, session);
 * }</pre>
 */
final class InjectedFields {

    private final List<FieldInfo> fields;

    private InjectedFields(List<FieldInfo> fields) {
        this.fields = fields;
    }

    static InjectedFields of(SpecInfo bottomSpec, boolean shared) {
        return new InjectedFields(bottomSpec.getAllFields().stream()
                .filter(field -> field.isShared() == shared)
                .filter(field -> !field.isStatic()
                        && !Modifier.isFinal(field.getReflection().getModifiers()))
                .filter(field -> Injectables.supports(field.getType()))
                .toList());
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    /** Sets the fields; a value is made only for a field that asks for it (a URI field starts the server). */
    void inject(Object instance, DmsTestSession session) {
        for (FieldInfo field : fields) {
            field.writeValue(instance, Injectables.value(field.getType(), session));
        }
    }
}
