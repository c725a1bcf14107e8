package io.dmstestkit.dsl.internal.groovy;

import groovy.lang.GroovyRuntimeException;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.model.Durations;
import io.dmstestkit.dsl.model.Source;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.codehaus.groovy.runtime.InvokerInvocationException;

/**
 * Explains why a scenario script failed while it ran, as a {@link ScenarioLoadException} at the line of
 * the script's own innermost stack frame: the time limit, an interrupt, a spec that refused a value
 * (its message says why), a misspelled word ({@link MisspelledWords}), or the script exhausting the stack
 * or memory. No stack trace reaches the user; the original stays attached as the cause.
 */
final class RunFailures {

    private final String fileName;
    private final String scriptName;
    private final Duration timeLimit;

    /**
     * @param fileName the name to report, as the loader was given it
     * @param scriptName the name the compiled script's stack frames carry (the file's base name)
     */
    RunFailures(String fileName, String scriptName, Duration timeLimit) {
        this.fileName = fileName;
        this.scriptName = scriptName;
        this.timeLimit = timeLimit;
    }

    ScenarioLoadException explain(Throwable thrown) {
        Throwable failure =
                thrown instanceof InvokerInvocationException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (failure instanceof ScenarioLoadException alreadyExplained) { // e.g. from an included file
            return inThisFile(alreadyExplained);
        }
        Source at = Source.of(fileName, scriptLine(failure));
        if (failure instanceof TimeoutException) {
            return new ScenarioLoadException(
                    at,
                    "the script did not finish within " + Durations.format(timeLimit) + " and was stopped here",
                    "a scenario file only declares a scenario; look for a loop that never" + " ends",
                    failure);
        }
        if (failure instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new ScenarioLoadException(at, "loading the script was interrupted", null, failure);
        }
        if (failure instanceof StackOverflowError) {
            return new ScenarioLoadException(
                    at, "the script recursed too deeply", "look for a closure that calls itself", failure);
        }
        if (failure instanceof OutOfMemoryError) {
            return new ScenarioLoadException(
                    at,
                    "the script ran out of memory",
                    "scenario files are small; look for a loop that builds a huge list or string",
                    failure);
        }
        if (failure instanceof ScriptGuard.Refusal refused) {
            return new ScenarioLoadException(at, refused.getMessage(), refused.hint(), failure);
        }
        if (failure instanceof MissingMethodException missing) {
            return MisspelledWords.explain(missing, at);
        }
        if (failure instanceof MissingPropertyException missing) {
            return MisspelledWords.explain(missing, at);
        }
        if (failure instanceof IllegalArgumentException
                || failure instanceof IllegalStateException
                || failure instanceof SecurityException
                || failure instanceof GroovyRuntimeException) {
            return new ScenarioLoadException(at, firstLine(failure.getMessage()), null, failure);
        }
        return new ScenarioLoadException(
                at,
                failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + firstLine(failure.getMessage())),
                null,
                failure);
    }

    /** A failure at a line of this script (found from a stack frame) named with the file name as given. */
    private ScenarioLoadException inThisFile(ScenarioLoadException explained) {
        Source at = explained.source();
        if (at == null || !at.file().equals(scriptName) || scriptName.equals(fileName)) {
            return explained;
        }
        return new ScenarioLoadException(at.inFile(fileName), explained.problem(), explained.hint(), explained);
    }

    /** A script that changed the meta-class of these classes while it ran (the changes are undone). */
    ScenarioLoadException metaClassesChanged(List<String> classNames) {
        return new ScenarioLoadException(
                Source.of(fileName, 0),
                "the script changed how Groovy treats " + String.join(", ", classNames) + " (the change was undone)",
                "a scenario file declares scenarios; it cannot change the DSL or Groovy for the files loaded"
                        + " after it");
    }

    /** The line of the innermost frame of the script itself (its closures carry the same file name). */
    private int scriptLine(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (scriptName.equals(frame.getFileName()) && frame.getLineNumber() > 0) {
                    return frame.getLineNumber();
                }
            }
        }
        return 0;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
