package io.dmstestkit.dsl.internal.groovy;

import groovy.lang.Closure;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import io.dmstestkit.dsl.Dsl;
import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioSpec;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.simulator.internal.text.Suggestions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Explains a word Groovy could not find: a misspelled DSL word ("did you mean 'start'?"), a word of
 * another block, a word given the wrong arguments, a step written without its parentheses, a unit
 * misspelled after a number. Which block the script was in comes from the spec methods on the stack
 * ({@code ScenarioSpec.replication} → a replication block); the candidate words come from
 * {@link DslVocabulary}, that is from the spec classes by reflection.
 */
final class MisspelledWords {

    private static final Set<String> PARAMETER_WORDS = Set.of("param", "longParam");
    private static final Set<String> OPERATORS = Set.of(
            "plus",
            "minus",
            "multiply",
            "div",
            "mod",
            "power",
            "leftShift",
            "rightShift",
            "and",
            "or",
            "xor",
            "negative",
            "positive",
            "next",
            "previous",
            "compareTo");

    private MisspelledWords() {}

    static ScenarioLoadException explain(MissingMethodException missing, Source at) {
        return explain(missing, at, DslVocabulary.TOP_LEVEL);
    }

    static ScenarioLoadException explain(MissingPropertyException missing, Source at) {
        return explain(missing, at, DslVocabulary.TOP_LEVEL);
    }

    /**
     * @param outermost the block the failing code is in when no block method is on the stack: the top level
     *     of a file, or {@code scenario} for a block given straight to a spec (Spock's {@code given { … }})
     */
    static ScenarioLoadException explain(MissingMethodException missing, Source at, String outermost) {
        String name = missing.getMethod();
        if (!isDslReceiver(missing.getType())) {
            return new ScenarioLoadException(
                    at,
                    "no method '" + name + "' for a " + missing.getType().getSimpleName() + " taking "
                            + arguments(missing.getArguments()),
                    null,
                    missing);
        }
        String block = enclosingBlock(missing, outermost);
        Class<?> spec = DslVocabulary.blockSpecs().get(block);
        if (OPERATORS.contains(name) && DslVocabulary.blockSpecs().containsValue(missing.getType())) {
            return new ScenarioLoadException(
                    at,
                    "cannot compute with a block: '" + name + "' was applied to " + DslVocabulary.describe(block),
                    "inside a block, 'it' is the block itself; name the outer"
                            + " closure's parameter instead, e.g. (1..3).each { n -> … }",
                    missing);
        }
        if (DslVocabulary.words(spec).contains(name)) {
            return wrongArguments(at, spec, name, missing);
        }
        if (DslVocabulary.functions().contains(name)) {
            return wrongArguments(at, Dsl.class, name, missing);
        }
        return unknownWord(at, name, block, missing);
    }

    static ScenarioLoadException explain(MissingPropertyException missing, Source at, String outermost) {
        String name = missing.getProperty();
        Class<?> type = missing.getType();
        if (type != null && Number.class.isAssignableFrom(type)) {
            List<String> units = DslVocabulary.numberWords();
            return new ScenarioLoadException(
                    at,
                    "unknown word '" + name + "' after a number",
                    didYouMean(name, units) + "A number takes: " + String.join(", ", units),
                    missing);
        }
        if (!isDslReceiver(type)) {
            return new ScenarioLoadException(
                    at, "no property '" + name + "' for a " + type.getSimpleName(), null, missing);
        }
        String block = enclosingBlock(missing, outermost);
        Class<?> spec = DslVocabulary.blockSpecs().get(block);
        if (!DslVocabulary.words(spec).contains(name)) {
            return unknownWord(at, name, block, missing);
        }
        List<Method> overloads = DslVocabulary.overloads(spec, name);
        if (overloads.stream().anyMatch(m -> m.getParameterCount() == 0)) {
            return new ScenarioLoadException(at, "'" + name + "' needs parentheses", "write " + name + "()", missing);
        }
        return new ScenarioLoadException(
                at, "'" + name + "' needs a value", "write one of: " + signatures(overloads), missing);
    }

    private static ScenarioLoadException unknownWord(Source at, String name, String block, Throwable cause) {
        List<String> words = DslVocabulary.words(DslVocabulary.blockSpecs().get(block));
        if (PARAMETER_WORDS.contains(name)) {
            return new ScenarioLoadException(
                    at,
                    "'" + name + "' cannot be used " + where(block),
                    "read parameters in the scenario block, e.g. def rows = longParam('rows'), and use the"
                            + " variable here",
                    cause);
        }
        List<String> elsewhere = DslVocabulary.blocksWith(name, block);
        if (!elsewhere.isEmpty()) {
            return new ScenarioLoadException(
                    at,
                    "'" + name + "' cannot be used " + where(block),
                    "'" + name
                            + "' belongs "
                            + String.join(
                                    " or ",
                                    elsewhere.stream()
                                            .map(MisspelledWords::where)
                                            .toList())
                            + ". " + takes(block, words),
                    cause);
        }
        List<String> candidates = new ArrayList<>(words);
        candidates.addAll(DslVocabulary.functions());
        candidates.addAll(DslVocabulary.constants());
        return new ScenarioLoadException(
                at,
                "unknown word '" + name + "' " + where(block),
                didYouMean(name, candidates) + takes(block, words),
                cause);
    }

    private static ScenarioLoadException wrongArguments(
            Source at, Class<?> owner, String name, MissingMethodException cause) {
        List<Method> overloads = DslVocabulary.overloads(owner, name).stream()
                .filter(m -> owner != Dsl.class || Modifier.isStatic(m.getModifiers()))
                .toList();
        return new ScenarioLoadException(
                at,
                "'" + name + "' cannot take " + arguments(cause.getArguments()),
                "write one of: " + signatures(overloads),
                cause);
    }

    /** The innermost DSL block the failure happened in, from the block methods on the stack. */
    private static String enclosingBlock(Throwable failure, String outermost) {
        Map<String, Class<?>> blocks = DslVocabulary.blockSpecs();
        for (StackTraceElement frame : failure.getStackTrace()) {
            boolean blockMethod = frame.getClassName().equals(ScenarioSpec.class.getName())
                    || frame.getClassName().equals(ScenarioScript.class.getName());
            if (blockMethod && blocks.containsKey(frame.getMethodName())) {
                return frame.getMethodName();
            }
        }
        return outermost;
    }

    /** A closure (whose delegate is a spec), the script or a spec: the DSL was asked, not some other object. */
    private static boolean isDslReceiver(Class<?> type) {
        return type == null
                || Closure.class.isAssignableFrom(type)
                || ScenarioScript.class.isAssignableFrom(type)
                || DslVocabulary.blockSpecs().containsValue(type);
    }

    private static String didYouMean(String name, List<String> candidates) {
        return Suggestions.closest(name, candidates)
                .map(c -> "did you mean '" + c + "'? ")
                .orElse("");
    }

    private static String takes(String block, List<String> words) {
        String whose = block.equals(DslVocabulary.TOP_LEVEL)
                ? "The top level of the file"
                : Character.toUpperCase(DslVocabulary.describe(block).charAt(0))
                        + DslVocabulary.describe(block).substring(1);
        return whose + " takes: " + String.join(", ", words);
    }

    private static String where(String block) {
        return block.equals(DslVocabulary.TOP_LEVEL)
                ? "at the top level of the file"
                : "in " + DslVocabulary.describe(block);
    }

    private static String signatures(List<Method> overloads) {
        return String.join(
                ", ", overloads.stream().map(DslVocabulary::signature).toList());
    }

    private static String arguments(Object[] arguments) {
        return "("
                + String.join(
                        ", ",
                        Arrays.stream(arguments == null ? new Object[0] : arguments)
                                .map(MisspelledWords::describeArgument)
                                .toList())
                + ")";
    }

    private static String describeArgument(Object argument) {
        if (argument == null) {
            return "null";
        }
        if (argument instanceof Closure<?>) {
            return "{ … }";
        }
        if (argument instanceof Map<?, ?> named) {
            return String.join(
                    ", ", named.keySet().stream().map(key -> key + ": …").toList());
        }
        if (argument instanceof CharSequence text) {
            return "'" + (text.length() > 40 ? text.subSequence(0, 40) + "…" : text) + "'";
        }
        if (argument instanceof Number || argument instanceof Enum<?>) {
            return argument.toString();
        }
        return argument.getClass().getSimpleName();
    }
}
