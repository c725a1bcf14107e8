package io.dmstestkit.dsl.internal.groovy;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.model.Source;
import java.util.Locale;
import java.util.Optional;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SimpleMessage;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Explains why a scenario script did not compile, as a {@link ScenarioLoadException} with the file, line
 * and column of the first error: a syntax error, a sandbox violation or a class that does not exist.
 */
final class CompileFailures {

    static final String CLASS_HINT = "a scenario file cannot name classes; the DSL's words"
            + " (STOPPED, AccessDenied, 30.seconds, …) need no import";
    private static final String SYNTAX_HINT = "check the brackets, quotes and commas near here";
    private static final String GROOVY_HINT = "a scenario file is Groovy: scenario('name') { … } blocks of DSL words";
    private static final String UNEXPECTED = "Unexpected input";

    private final String fileName;
    private final String text;
    private final int lineCount;

    CompileFailures(String fileName, String text) {
        this.fileName = fileName;
        this.text = text;
        this.lineCount = (int) text.lines().count();
    }

    ScenarioLoadException explain(CompilationFailedException failure) {
        Message first = failure instanceof MultipleCompilationErrorsException multiple
                        && multiple.getErrorCollector().getErrorCount() > 0
                ? multiple.getErrorCollector().getError(0)
                : null;
        if (first instanceof SyntaxErrorMessage syntax) {
            return syntaxError(syntax.getCause(), failure);
        }
        Throwable cause = first instanceof ExceptionMessage exception ? exception.getCause() : null;
        if (cause instanceof SandboxViolation violation) {
            return new ScenarioLoadException(
                    new Source(fileName, violation.line(), violation.column()),
                    violation.problem(),
                    violation.hint(),
                    failure);
        }
        if (cause instanceof SecurityException refused) { // SecureASTCustomizer's own checks carry no position
            return new ScenarioLoadException(Source.of(fileName, 0), refused.getMessage(), CLASS_HINT, failure);
        }
        String problem = first instanceof SimpleMessage simple
                ? simple.getMessage()
                : cause != null ? String.valueOf(cause.getMessage()) : failure.getMessage();
        return new ScenarioLoadException(Source.of(fileName, 0), "cannot compile: " + problem, null, failure);
    }

    private ScenarioLoadException syntaxError(SyntaxException error, CompilationFailedException failure) {
        Source at = new Source(fileName, error.getLine(), error.getStartColumn());
        String problem = error.getOriginalMessage().strip();
        if (problem.startsWith("Unexpected")) { // "Unexpected input", "Unexpected character: '\''"
            // Groovy notices an unclosed block or string only where the text stops making sense, often
            // at the end of the file: point at the opening instead.
            Optional<UnclosedOpenings.Opening> unclosed =
                    UnclosedOpenings.find(text).filter(opening -> opening.line() <= error.getLine());
            if (unclosed.isPresent()) {
                return unclosed(unclosed.get(), failure);
            }
        }
        if (problem.startsWith(UNEXPECTED) && error.getLine() > lineCount) {
            return new ScenarioLoadException(
                    at, "the file ends inside a block", "is a closing '}' or ')' missing?", failure);
        }
        if (problem.startsWith(UNEXPECTED) && (problem.contains("\\n") || problem.length() > 60)) {
            problem = "unexpected input"; // Groovy quotes all the statement up to here, escaped newlines and all
        }
        return new ScenarioLoadException(at, problem, hint(problem), failure);
    }

    private ScenarioLoadException unclosed(UnclosedOpenings.Opening opening, CompilationFailedException failure) {
        Source at = new Source(fileName, opening.line(), opening.column());
        String what = opening.what();
        if (opening.isString()) {
            return new ScenarioLoadException(
                    at,
                    "the string opened here is never closed",
                    "close it with another " + what
                            + (what.length() == 1 ? " on the same line (''' … ''' holds text over several lines)" : ""),
                    failure);
        }
        String closing = what.equals("(") ? ")" : what.equals("[") ? "]" : "}";
        return new ScenarioLoadException(
                at,
                (what.equals("{") ? "the block" : "the '" + what + "'") + " opened here is never closed",
                "close it with '" + closing + "' where it ends",
                failure);
    }

    private static String hint(String problem) {
        if (problem.startsWith("unable to resolve class")) {
            return CLASS_HINT;
        }
        if (problem.toLowerCase(Locale.ROOT).startsWith("unexpected")) {
            return SYNTAX_HINT;
        }
        if (problem.contains("already contains")) {
            return "give the inner variable another name";
        }
        return GROOVY_HINT;
    }
}
