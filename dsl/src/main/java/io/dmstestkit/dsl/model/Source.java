package io.dmstestkit.dsl.model;

import org.apiguardian.api.API;

/**
 * Where a piece of a scenario was written, for messages: {@code orders-cutover.dms.yaml:14:5}. Java-built
 * scenarios carry the caller's file and line when known.
 */
@API(status = API.Status.EXPERIMENTAL)
public record Source(String file, int line, int column) {

    /** For pieces whose origin is not known (built in code without a location). */
    public static final Source UNKNOWN = new Source("<unknown>", 0, 0);

    public static Source of(String file, int line) {
        return new Source(file, line, 0);
    }

    public boolean isKnown() {
        return line > 0;
    }

    /** This location with another file name (e.g. the path relative to the scenario directory). */
    public Source inFile(String otherFile) {
        return new Source(otherFile, line, column);
    }

    @Override
    public String toString() {
        if (!isKnown()) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }

    /**
     * Source locations never take part in equality: the same scenario written in YAML, Groovy and Java
     * has the same meaning from different lines.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Source;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
