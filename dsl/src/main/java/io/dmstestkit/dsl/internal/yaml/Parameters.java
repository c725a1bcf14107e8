package io.dmstestkit.dsl.internal.yaml;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.internal.yaml.Node.Entry;
import io.dmstestkit.dsl.internal.yaml.Node.Mapping;
import io.dmstestkit.dsl.internal.yaml.Node.Scalar;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.simulator.internal.text.Suggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario's declared parameters and their effective values (the override if one was given, else
 * the default), and the replacement of {@code ${name}} in scalars. A scalar that is exactly
 * {@code ${rows}} takes the value's type, so {@code public.orders: ${rows}} is a row count.
 */
final class Parameters {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private final Map<String, Scalar> effective;

    private Parameters(Map<String, Scalar> effective) {
        this.effective = effective;
    }

    /** Reads {@code parameters:} (may be absent); overrides naming undeclared parameters are ignored. */
    static Parameters declare(Node declared, Map<String, String> overrides) {
        Map<String, Scalar> effective = new LinkedHashMap<>();
        if (declared != null && !Values.isEmpty(declared)) {
            if (!(declared instanceof Mapping mapping)) {
                throw new ScenarioLoadException(
                        declared.source(),
                        "'parameters' must be a mapping of names to default values, not " + declared.describe(),
                        "e.g. parameters: { rows: 1000 }");
            }
            mapping.entries().forEach(entry -> effective.put(entry.name(), effectiveValue(entry, overrides)));
        }
        return new Parameters(effective);
    }

    /** The effective values as text, for {@link io.dmstestkit.dsl.model.Scenario#parameters()}. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        effective.forEach((name, value) -> values.put(name, value.text()));
        return values;
    }

    /** The scalar with its {@code ${name}} placeholders replaced. */
    Scalar resolve(Scalar scalar) {
        if (!(scalar.value() instanceof String text) || !text.contains("${")) {
            return scalar;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        if (matcher.matches()) {
            Scalar value = lookup(matcher.group(1), scalar.source());
            return new Scalar(value.value(), value.text(), scalar.source());
        }
        StringBuilder replaced = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(
                    replaced,
                    Matcher.quoteReplacement(
                            lookup(matcher.group(1), scalar.source()).text()));
        }
        matcher.appendTail(replaced);
        return new Scalar(replaced.toString(), replaced.toString(), scalar.source());
    }

    private Scalar lookup(String name, Source at) {
        Scalar value = effective.get(name);
        if (value != null) {
            return value;
        }
        String hint = effective.isEmpty()
                ? "declare it with a default, e.g. parameters: { " + name + ": 1000 }"
                : Suggestions.closest(name, effective.keySet())
                                .map(closest -> "did you mean '" + closest + "'? ")
                                .orElse("")
                        + "Declared: " + String.join(", ", effective.keySet());
        throw new ScenarioLoadException(at, "parameter '" + name + "' is not declared", hint);
    }

    private static Scalar effectiveValue(Entry entry, Map<String, String> overrides) {
        String override = overrides.get(entry.name());
        if (override != null) {
            return new Scalar(typed(override), override, entry.value().source());
        }
        if (!(entry.value() instanceof Scalar value) || value.isEmpty()) {
            throw new ScenarioLoadException(
                    entry.value().source(),
                    "parameter '" + entry.name() + "' needs a default value (text, a number or true/false), not "
                            + entry.value().describe(),
                    "e.g. " + entry.name() + ": 1000; a run can override it");
        }
        // the text is what Java's String.valueOf gives, as in ScenarioSpec.parameter(name, default)
        return new Scalar(value.value(), String.valueOf(value.value()), value.source());
    }

    /** An override typed as the same text written in the file would be: {@code 2000} is a number. */
    private static Object typed(String override) {
        try {
            List<Node> documents = YamlTree.parse(override, "<override>");
            if (documents.size() == 1
                    && documents.get(0) instanceof Scalar scalar
                    && (scalar.value() instanceof Number || scalar.value() instanceof Boolean)) {
                return scalar.value();
            }
        } catch (ScenarioLoadException notYaml) {
            // text that is not a YAML value (e.g. "a: b: c") is still a fine text value
        }
        return override;
    }
}
