package io.dmstestkit.dsl.internal.yaml;

import groovy.lang.DelegatesTo;
import io.dmstestkit.dsl.FaultSpec;
import io.dmstestkit.dsl.ScenarioSpec;
import io.dmstestkit.dsl.model.Resource;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The words of the YAML front end, read from the spec classes by reflection as the Groovy front end reads
 * its own: a step is a method of {@link ScenarioSpec}, and the options of a step with a block are the
 * methods of the spec class its block delegates to ({@code await:} → {@code AwaitSpec}). So YAML cannot
 * drift from Java and Groovy: a word added to a spec is an option here too (and a test proves each has a
 * reader). YAML's own spellings are few and named here: what a step acts on ({@code replication:}), a
 * fault's {@code error:} (its first argument) and {@code seed:} (the second argument of
 * {@code probability}).
 *
 * <p>A resource is a ScenarioSpec method whose block builds a {@link Resource} ({@code replication},
 * {@code dataMigration}, …); YAML declares it under the plural key ({@code replications:}), and a spec
 * method taking a name and a value ({@code table(name, rows)}) is written as a mapping under the plural
 * ({@code tables: { public.orders: 2000000 }}). A new kind of resource needs no YAML code.
 */
final class YamlVocabulary {

    /** ScenarioSpec method → the spec class of its block, for the methods declaring a resource. */
    private static final Map<String, Class<?>> RESOURCES = resources();

    /** The methods of ScenarioSpec that declare rather than do: YAML writes them as top-level keys. */
    private static final Set<String> DECLARATIONS = declarations();

    /** Step name → the spec class its block delegates to, for steps that have a block. */
    private static final Map<String, Class<?>> BLOCKS = blocks();

    private YamlVocabulary() {}

    /** The step names, as ScenarioSpec's methods, sorted. */
    static List<String> steps() {
        return words(ScenarioSpec.class).stream()
                .filter(word -> !DECLARATIONS.contains(word))
                .toList();
    }

    /** The spec class of a step's block, or null for a step without one (e.g. {@code advance}). */
    static Class<?> block(String step) {
        return BLOCKS.get(step);
    }

    /** The options of a step's block: the words of its spec class (sorted), in YAML's spelling. */
    static List<String> options(String step) {
        Class<?> spec = BLOCKS.get(step);
        if (spec == null) {
            throw new IllegalArgumentException("'" + step + "' has no block");
        }
        List<String> options = new ArrayList<>();
        if (spec == FaultSpec.class) {
            options.add("error");
        }
        options.addAll(words(spec));
        if (spec == FaultSpec.class) {
            options.add("seed");
        }
        return List.copyOf(options);
    }

    /** The YAML keys declaring resources, sorted: {@code dataMigrations}, {@code replications}, …. */
    static List<String> resourceKeys() {
        return RESOURCES.keySet().stream().map(method -> method + "s").toList();
    }

    /** The ScenarioSpec method a resource key stands for: {@code replications} → {@code replication}. */
    static String resourceMethod(String key) {
        String method = key.substring(0, key.length() - 1);
        if (!key.endsWith("s") || !RESOURCES.containsKey(method)) {
            throw new IllegalArgumentException("'" + key + "' declares no resource");
        }
        return method;
    }

    /** How messages name a kind of resource: {@code dataMigration} → {@code data migration}. */
    static String describe(String resourceMethod) {
        return resourceMethod.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
    }

    /**
     * The options of a resource, sorted: the words of its spec class, a name-and-value word in the plural
     * ({@code table} → {@code tables}).
     */
    static List<String> resourceOptions(String resourceMethod) {
        Class<?> spec = RESOURCES.get(resourceMethod);
        return words(spec).stream()
                .map(word -> takesNameAndValue(spec, word) != null ? word + "s" : word)
                .distinct() // a spec may also offer the plural itself (TaskSpec.tables(Map) for Groovy)
                .sorted()
                .toList();
    }

    /**
     * The spec method an option written in the plural stands for, taking a name and a value:
     * {@code tables} → {@code table(String name, long rows)}; null for any other option.
     */
    static Method keyed(Class<?> spec, String option) {
        return option.endsWith("s") ? takesNameAndValue(spec, option.substring(0, option.length() - 1)) : null;
    }

    private static Method takesNameAndValue(Class<?> spec, String word) {
        return Arrays.stream(spec.getMethods())
                .filter(m -> m.getDeclaringClass() == spec && m.getName().equals(word))
                .filter(m -> m.getParameterCount() == 2 && m.getParameterTypes()[0] == String.class)
                .findFirst()
                .orElse(null);
    }

    /** The public instance methods a spec class declares, by name, sorted; {@code build} is for Java only. */
    static List<String> words(Class<?> spec) {
        return Arrays.stream(spec.getMethods())
                .filter(m -> m.getDeclaringClass() == spec && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .map(Method::getName)
                .filter(name -> !name.equals("build"))
                .distinct()
                .sorted()
                .toList();
    }

    private static Map<String, Class<?>> resources() {
        Map<String, Class<?>> resources = new TreeMap<>();
        for (Method method : ScenarioSpec.class.getMethods()) {
            for (Parameter parameter : method.getParameters()) {
                DelegatesTo delegatesTo = parameter.getAnnotation(DelegatesTo.class);
                if (delegatesTo != null && buildsResource(delegatesTo.value())) {
                    resources.put(method.getName(), delegatesTo.value());
                }
            }
        }
        return resources;
    }

    /** Whether a spec class builds a resource rather than a step: its {@code build} returns a Resource. */
    private static boolean buildsResource(Class<?> spec) {
        return Arrays.stream(spec.getDeclaredMethods())
                .anyMatch(m -> m.getName().equals("build") && Resource.class.isAssignableFrom(m.getReturnType()));
    }

    private static Set<String> declarations() {
        Set<String> declarations = new HashSet<>(Set.of("parameter", "param", "longParam", "tag", "build"));
        declarations.addAll(RESOURCES.keySet());
        return Set.copyOf(declarations);
    }

    private static Map<String, Class<?>> blocks() {
        Map<String, Class<?>> blocks = new TreeMap<>();
        for (Method method : ScenarioSpec.class.getMethods()) {
            for (Parameter parameter : method.getParameters()) {
                DelegatesTo delegatesTo = parameter.getAnnotation(DelegatesTo.class);
                if (delegatesTo != null && !DECLARATIONS.contains(method.getName())) {
                    blocks.put(method.getName(), delegatesTo.value());
                }
            }
        }
        return Map.copyOf(blocks);
    }
}
