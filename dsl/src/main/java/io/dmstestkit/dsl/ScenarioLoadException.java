package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.Source;
import org.apiguardian.api.API;

/**
 * A scenario file that cannot be loaded: says where (file:line:column), what is wrong and, when it can
 * tell, how to fix it ("did you mean 'start'?").
 *
 * <pre>
 * orders-cutover.dms.yaml:14:5: unknown step 'strat'
 *   did you mean 'start'? Steps: start, stop, await, …
 * </pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ScenarioLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Source source;
    private final String problem;
    private final String hint;

    public ScenarioLoadException(Source source, String problem, String hint) {
        this(source, problem, hint, null);
    }

    public ScenarioLoadException(Source source, String problem, String hint, Throwable cause) {
        super(format(source, problem, hint), cause);
        this.source = source;
        this.problem = problem;
        this.hint = hint;
    }

    public Source source() {
        return source;
    }

    public String problem() {
        return problem;
    }

    /** How to fix it, or null when there is nothing more to say. */
    public String hint() {
        return hint;
    }

    private static String format(Source source, String problem, String hint) {
        return source + ": " + problem + (hint == null || hint.isBlank() ? "" : "\n  " + hint);
    }
}
