package io.dmstestkit.testcore.exploration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Where the matrix of a finished exploration goes, the same for JUnit, Spock and {@link FaultExplorer}:
 * printed, and written as Markdown to {@code <folder>/<title>.md}.
 *
 * <pre>{@code
 * ExplorationReports.publish(exploration.matrix(), "CutOverTest.cuts_over", Path.of("target/dms-exploration"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ExplorationReports {

    private ExplorationReports() {}

    /**
     * Prints the matrix and writes it to {@code folder}.
     *
     * @return the file written
     */
    public static Path publish(ExplorationMatrix matrix, String title, Path folder) {
        String text = matrix.render(title);
        System.out.println(text);
        // TODO(h-report): once the HTML run report collects JUnit/Spock runs, hand it the matrix here too
        // (one section per explored test, text above or a table built from matrix.results()).
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(title + ".md");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the exploration report of " + title + " to " + folder, e);
        }
    }
}
