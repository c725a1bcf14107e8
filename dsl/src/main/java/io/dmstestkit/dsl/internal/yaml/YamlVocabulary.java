package io.dmstestkit.dsl.internal.yaml;

import groovy.lang.DelegatesTo;
import io.dmstestkit.dsl.FaultSpec;
import io.dmstestkit.dsl.ScenarioSpec;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 */
final class YamlVocabulary {

    /** The methods of ScenarioSpec that declare rather than do: YAML writes them as top-level keys. */
    private static final Set<String> DECLARATIONS = Set.of(
            "parameter", "param", "longParam", "tag", "replication", "dataMigration", "task", "instance", "build");

    /** Declarations YAML reads through their spec class (top-level key → ScenarioSpec method). */
    static final Map<String, String> SPEC_DECLARATIONS = Map.of("tasks", "task", "instances", "instance");

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

    /** The options of a declaration's block ({@code task} → the words of {@code TaskSpec}), sorted. */
    static List<String> declarationOptions(String declaration) {
        return words(DECLARATION_BLOCKS.get(declaration));
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

    /** Declaration name → the spec class its block delegates to, for the declarations YAML reads by spec. */
    private static final Map<String, Class<?>> DECLARATION_BLOCKS = declarationBlocks();

    private static Map<String, Class<?>> declarationBlocks() {
        Map<String, Class<?>> blocks = new TreeMap<>();
        for (Method method : ScenarioSpec.class.getMethods()) {
            for (Parameter parameter : method.getParameters()) {
                DelegatesTo delegatesTo = parameter.getAnnotation(DelegatesTo.class);
                if (delegatesTo != null && SPEC_DECLARATIONS.containsValue(method.getName())) {
                    blocks.put(method.getName(), delegatesTo.value());
                }
            }
        }
        return Map.copyOf(blocks);
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
