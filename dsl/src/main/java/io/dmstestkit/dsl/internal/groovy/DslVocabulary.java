package io.dmstestkit.dsl.internal.groovy;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import io.dmstestkit.dsl.Dsl;
import io.dmstestkit.dsl.ScenarioSpec;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the Groovy DSL, read from the spec classes by reflection so that messages ("did you
 * mean …?") and the IDE descriptors cannot drift from the code: the blocks ({@code replication { … }}
 * and the spec class each delegates to, from {@link DelegatesTo}), the words of each block, the
 * constants and functions of {@link Dsl} and the number words of {@link NumberExtensions}.
 */
final class DslVocabulary {

    /** The pseudo-block of the file's top level. */
    static final String TOP_LEVEL = "<top level>";

    private static final Map<String, Class<?>> BLOCKS = blocks();

    private DslVocabulary() {}

    /** Block name → the spec class its closure delegates to, in a stable order; {@link #TOP_LEVEL} first. */
    static Map<String, Class<?>> blockSpecs() {
        return BLOCKS;
    }

    /** The DSL words of a spec class (its public methods; {@code build} is for Java chains only). */
    static List<String> words(Class<?> spec) {
        return Arrays.stream(spec.getMethods())
                .filter(m -> m.getDeclaringClass() == spec && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .map(Method::getName)
                .filter(name -> !name.equals("build"))
                .filter(name -> spec != ScenarioScript.class || name.equals("scenario"))
                .distinct()
                .sorted()
                .toList();
    }

    /** The public methods of a spec class with this name. */
    static List<Method> overloads(Class<?> spec, String name) {
        return Arrays.stream(spec.getMethods())
                .filter(m -> m.getDeclaringClass() == spec && m.getName().equals(name))
                .sorted(Comparator.comparing(DslVocabulary::signature))
                .toList();
    }

    /** Constants of {@link Dsl}: {@code STOPPED}, {@code AccessDenied}, … */
    static List<String> constants() {
        return Arrays.stream(Dsl.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(java.lang.reflect.Field::getName)
                .sorted()
                .toList();
    }

    /** Functions of {@link Dsl} usable in a script: {@code percent(50)}, {@code exactly(1)}, … */
    static List<String> functions() {
        return Arrays.stream(Dsl.class.getMethods())
                .filter(m -> m.getDeclaringClass() == Dsl.class && Modifier.isStatic(m.getModifiers()))
                .map(Method::getName)
                .filter(name -> !name.equals("scenario"))
                .distinct()
                .sorted()
                .toList();
    }

    /** What may follow a number: {@code seconds}, {@code percent}, … */
    static List<String> numberWords() {
        return Arrays.stream(NumberExtensions.class.getMethods())
                .filter(m -> m.getDeclaringClass() == NumberExtensions.class
                        && m.getName().startsWith("get"))
                .map(m -> Character.toLowerCase(m.getName().charAt(3))
                        + m.getName().substring(4))
                .sorted()
                .toList();
    }

    /** The block whose words include {@code word}, other than {@code except}. */
    static List<String> blocksWith(String word, String except) {
        List<String> found = new ArrayList<>();
        BLOCKS.forEach((block, spec) -> {
            if (!block.equals(except) && words(spec).contains(word)) {
                found.add(block);
            }
        });
        return found;
    }

    /** {@code a replication block}, {@code an await block}. */
    static String describe(String block) {
        return ("aeiou".indexOf(block.charAt(0)) >= 0 ? "an " : "a ") + block + " block";
    }

    /** How a method reads in a script: {@code table(String, long)}, {@code table(String, rows: …)}. */
    static String signature(Method method) {
        List<String> parameters = new ArrayList<>();
        Class<?>[] types = method.getParameterTypes();
        boolean named = types.length > 1 && Map.class.isAssignableFrom(types[0]);
        boolean block = types.length > 0 && Closure.class.isAssignableFrom(types[types.length - 1]);
        for (int i = named ? 1 : 0; i < types.length - (block ? 1 : 0); i++) {
            parameters.add(
                    method.isVarArgs() && i == types.length - 1
                            ? types[i].getComponentType().getSimpleName() + "..."
                            : types[i].getSimpleName());
        }
        if (named) {
            parameters.add("name: value…");
        }
        return method.getName() + "(" + String.join(", ", parameters) + ")" + (block ? " { … }" : "");
    }

    private static Map<String, Class<?>> blocks() {
        Map<String, Class<?>> nested = new java.util.TreeMap<>();
        for (Class<?> owner : List.of(ScenarioScript.class, ScenarioSpec.class)) {
            for (Method method : owner.getMethods()) {
                for (java.lang.reflect.Parameter parameter : method.getParameters()) {
                    DelegatesTo delegatesTo = parameter.getAnnotation(DelegatesTo.class);
                    if (method.getDeclaringClass() == owner && delegatesTo != null) {
                        nested.put(method.getName(), delegatesTo.value());
                    }
                }
            }
        }
        Map<String, Class<?>> blocks = new LinkedHashMap<>();
        blocks.put(TOP_LEVEL, ScenarioScript.class);
        blocks.putAll(nested);
        return java.util.Collections.unmodifiableMap(blocks);
    }
}
