package io.dmstestkit.dsl.internal;

import io.dmstestkit.dsl.model.Source;
import java.security.CodeSource;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Finds where a DSL method was called from: the first frame that is neither dms-testkit's DSL code
 * (classes from the same jar as this one), nor Groovy's runtime, nor the JDK. So steps written in Java
 * or Groovy carry their file and line, like YAML steps do.
 */
public final class Callers {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final CodeSource DSL_CODE =
            Callers.class.getProtectionDomain().getCodeSource();

    /** The line a front end that reads files itself (YAML) calls the DSL for; see {@link #at}. */
    private static final ThreadLocal<Source> PINNED = new ThreadLocal<>();

    private Callers() {}

    public static Source source() {
        Source pinned = PINNED.get();
        if (pinned != null) {
            return pinned;
        }
        return WALKER.walk(frames -> frames.filter(Callers::isUserFrame)
                .findFirst()
                .map(frame -> Source.of(
                        frame.getFileName() == null ? frame.getClassName() : frame.getFileName(),
                        Math.max(frame.getLineNumber(), 0)))
                .orElse(Source.UNKNOWN));
    }

    /**
     * Runs {@code call} with {@link #source()} answering {@code at}: the YAML reader calls the same spec
     * methods as Java and Groovy, and the step must carry the YAML line rather than the reader's frame.
     */
    public static <T> T at(Source at, Supplier<T> call) {
        Source outer = PINNED.get();
        PINNED.set(at);
        try {
            return call.get();
        } finally {
            if (outer == null) {
                PINNED.remove();
            } else {
                PINNED.set(outer);
            }
        }
    }

    private static boolean isUserFrame(StackWalker.StackFrame frame) {
        Class<?> type = frame.getDeclaringClass();
        String name = type.getName();
        if (name.startsWith("java.")
                || name.startsWith("jdk.")
                || name.startsWith("sun.")
                || name.startsWith("org.codehaus.groovy.")
                || name.startsWith("org.apache.groovy.")
                || name.startsWith("groovy.")) {
            return false;
        }
        CodeSource code = type.getProtectionDomain().getCodeSource();
        return !(name.startsWith("io.dmstestkit.dsl.") && Objects.equals(code, DSL_CODE));
    }
}
