package io.dmstestkit.junit.internal.jupiter;

import io.dmstestkit.testcore.DmsTestSettings;
import io.dmstestkit.testcore.exploration.Exploration;
import io.dmstestkit.testcore.exploration.ExplorationReports;
import java.nio.file.Path;

/**
 * Prints and writes the matrix of an exploration when JUnit closes the template's store, that is once
 * every run of the template finished.
 *
 * <pre>{@code
 * store.put(ExplorationReport.class, new ExplorationReport(exploration, "CutOverTest.cuts_over", folder, settings));
 * }</pre>
 */
public final class ExplorationReport implements AutoCloseable {

    private final Exploration exploration;
    private final String title;
    private final Path folder;
    private final DmsTestSettings settings;

    /** @param settings the explored test's settings: they say whether the HTML run report gets the matrix */
    public ExplorationReport(Exploration exploration, String title, Path folder, DmsTestSettings settings) {
        this.exploration = exploration;
        this.title = title;
        this.folder = folder;
        this.settings = settings;
    }

    @Override
    public void close() {
        ExplorationReports.publish(exploration.matrix(), title, folder, settings);
    }
}
