package io.dmstestkit.dsl.internal.groovy;

import org.codehaus.groovy.ast.ASTNode;

/**
 * Something a scenario script may not do, found while compiling it: where (line and column of the
 * offending node), what, and how to write it instead. The reader turns it into a
 * {@link io.dmstestkit.dsl.ScenarioLoadException}.
 */
final class SandboxViolation extends SecurityException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String problem;
    private final String hint;

    SandboxViolation(ASTNode node, String problem, String hint) {
        super(problem);
        this.line = Math.max(node.getLineNumber(), 0);
        this.column = Math.max(node.getColumnNumber(), 0);
        this.problem = problem;
        this.hint = hint;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    String problem() {
        return problem;
    }

    String hint() {
        return hint;
    }
}
