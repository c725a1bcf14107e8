package io.dmstestkit.dsl.internal.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.model.Source;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Turns the parser's errors into scenario messages. For syntax errors SnakeYAML knows the exact line and
 * column and what it was reading, Jackson's wrapper only roughly, so SnakeYAML's is used.
 */
final class YamlSyntax {

    private static final String HINT =
            "check the indentation (spaces, not tabs), quotes and brackets around this place";
    private static final String PLACEHOLDER_HINT =
            "inside { … } or [ … ], quote parameters: \"${rows}\" (a quoted ${rows} still gives a number)";

    private YamlSyntax() {}

    static ScenarioLoadException error(JsonProcessingException e, YAMLParser parser, String fileName, String text) {
        if (e.getCause() instanceof YAMLException limit && !(limit instanceof MarkedYAMLException)) {
            return limit(e, limit.getMessage(), parser, fileName); // SnakeYAML's code point limit
        }
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            String context = marked.getContext() == null || marked.getContextMark() == null
                    ? ""
                    : " (" + marked.getContext() + " at line " + line(marked.getContextMark()) + ", column "
                            + column(marked.getContextMark()) + ")";
            Mark problem = marked.getProblemMark();
            return new ScenarioLoadException(
                    new Source(fileName, line(problem), column(problem)),
                    "invalid YAML: " + marked.getProblem() + context,
                    hint(text, line(problem)),
                    e);
        }
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String problem = e.getOriginalMessage().startsWith("Expected a field name")
                ? "a mapping key must be plain text, not a list, mapping or alias"
                : e.getOriginalMessage();
        return new ScenarioLoadException(source(at, fileName), "invalid YAML: " + problem, HINT, e);
    }

    /** A safety limit of the parser: the document is nested too deeply or too long. */
    static ScenarioLoadException limit(JsonProcessingException e, String message, YAMLParser parser, String fileName) {
        Source at = source(parser.currentLocation(), fileName);
        JsonStreamContext context = parser.getParsingContext();
        if (context != null && context.getNestingDepth() >= YamlTree.MAX_NESTING_DEPTH) {
            return new ScenarioLoadException(
                    at,
                    "the YAML is nested deeper than " + YamlTree.MAX_NESTING_DEPTH + " levels",
                    "scenario files are a few levels deep; check the file is the one you meant",
                    e);
        }
        return new ScenarioLoadException(
                at,
                "the YAML exceeds a size limit: " + message,
                "scenario files are small; check the file is the one you meant",
                e);
    }

    /** An unquoted {@code ${name}} in flow style is the one syntax error the scenario syntax invites. */
    private static String hint(String text, int line) {
        String[] lines = text.split("\n", -1);
        return line <= lines.length && lines[line - 1].contains("${") ? PLACEHOLDER_HINT : HINT;
    }

    static Source source(JsonLocation location, String fileName) {
        return new Source(fileName, Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1));
    }

    private static int line(Mark mark) {
        return mark.getLine() + 1;
    }

    private static int column(Mark mark) {
        return mark.getColumn() + 1;
    }
}
