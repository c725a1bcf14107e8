package io.dmstestkit.testcore;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What a {@code @DmsScenario} annotation asks for, read the same way for the JUnit 5 and the Spock annotation:
 * by attribute name, so neither extension keeps a copy of the mapping from attributes to
 * {@link DmsTestSettings}. Both annotations must have exactly the attributes of {@link #NAMES}; an annotation
 * with one more or one less is refused, so the two cannot drift apart unnoticed.
 *
 * <pre>{@code
 * DmsScenarioAttributes attributes = DmsScenarioAttributes.read(testClass.getAnnotation(DmsScenario.class));
 * DmsTestSession session = DmsTestSession.open(attributes.settings());
 * }</pre>
 *
 * @param settings the session settings the attributes describe
 * @param lifecycle how long the sessions and their simulators live
 */
@API(
        status = API.Status.INTERNAL,
        consumers = {"io.dmstestkit.junit", "io.dmstestkit.spock"})
public record DmsScenarioAttributes(DmsTestSettings settings, Lifecycle lifecycle) {

    /** The attributes of every {@code @DmsScenario}, in the order the annotations declare them. */
    public static final List<String> NAMES = List.of(
            "files",
            "clock",
            "clockFactor",
            "advanceOnPoll",
            "account",
            "region",
            "transport",
            "mode",
            "lifecycle",
            "systemProperties",
            "reportDir");

    /**
     * Reads a {@code @DmsScenario} of either extension.
     *
     * @throws IllegalArgumentException when the attributes contradict each other (the message says which)
     * @throws IllegalStateException when the annotation does not have exactly the attributes of {@link #NAMES}
     */
    public static DmsScenarioAttributes read(Annotation annotation) {
        requireTheSharedAttributes(annotation.annotationType());
        DmsTestSettings settings = DmsTestSettings.builder()
                .scenarioFiles(value(annotation, "files", String[].class))
                .clock(value(annotation, "clock", ClockMode.class))
                .clockFactor(value(annotation, "clockFactor", Double.class))
                .advanceOnPoll(value(annotation, "advanceOnPoll", Boolean.class))
                .account(value(annotation, "account", String.class))
                .region(value(annotation, "region", String.class))
                .transport(value(annotation, "transport", Transport.class))
                .mode(value(annotation, "mode", Mode.class))
                .systemProperties(value(annotation, "systemProperties", Boolean.class))
                .reportDir(value(annotation, "reportDir", String.class))
                .build();
        return new DmsScenarioAttributes(settings, value(annotation, "lifecycle", Lifecycle.class));
    }

    private static void requireTheSharedAttributes(Class<? extends Annotation> type) {
        Set<String> declared = Arrays.stream(type.getDeclaredMethods())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!declared.equals(new TreeSet<>(NAMES))) {
            throw new IllegalStateException(type.getName() + " has the attributes " + declared
                    + " but every @DmsScenario has exactly " + NAMES
                    + ": keep the JUnit and the Spock annotation alike");
        }
    }

    private static <T> T value(Annotation annotation, String name, Class<T> type) {
        try {
            return type.cast(annotation.annotationType().getMethod(name).invoke(annotation));
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + name + " of " + annotation + ": " + e, e);
        }
    }
}
