package io.dmstestkit.testcore.exploration;

import io.dmstestkit.testcore.DmsTestSettings;
import io.dmstestkit.testcore.report.TestReports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Where the matrix of a finished exploration goes, the same for JUnit, Spock and {@link FaultExplorer}:
 * printed, written as Markdown to {@code <folder>/<title>.md}, and, when the test's settings ask for the
 * HTML run report, added to it as a section of its own (the matrix as a table, failures with their
 * reproduction lines).
 *
 * <pre>{@code
 * ExplorationReports.publish(exploration.matrix(), "CutOverTest.cuts_over", Path.of("target/dms-exploration"));
 * ExplorationReports.publish(exploration.matrix(), "CutOverTest.cuts_over", folder, session.settings());
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
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(title + ".md");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the exploration report of " + title + " to " + folder, e);
        }
    }

    /**
     * {@link #publish(ExplorationMatrix, String, Path)}, and a section in the HTML run report when {@code
     * settings} (or the report-directory property) ask for one.
     *
     * @return the Markdown file written
     */
    public static Path publish(ExplorationMatrix matrix, String title, Path folder, DmsTestSettings settings) {
        Path file = publish(matrix, title, folder);
        TestReports.addExploration(
                settings, "Fault exploration: " + title, matrix.summary(), grid(matrix), failures(matrix));
        return file;
    }

    /** Header row, then a row per call site: its label and one outcome per fault ({@code -} when not planned). */
    static List<List<String>> grid(ExplorationMatrix matrix) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("call site"));
        matrix.faults().forEach(f -> header.add(f.shortName()));
        rows.add(header);
        for (CallSite site : matrix.sites()) {
            List<String> row = new ArrayList<>(List.of(site.label()));
            matrix.faults()
                    .forEach(f -> row.add(
                            matrix.cell(site, f).map(r -> r.outcome().cell()).orElse("-")));
            rows.add(row);
        }
        return rows;
    }

    /** The failures part of the Markdown (with reproductions), or {@code null} when there is none. */
    private static String failures(ExplorationMatrix matrix) {
        if (matrix.cleanFailure().isPresent()) {
            return "The clean run failed, so nothing was explored: "
                    + matrix.cleanFailure().get();
        }
        if (matrix.failures().isEmpty()) {
            return null;
        }
        String text = matrix.render("");
        int start = text.indexOf("Failures:");
        int end = text.indexOf("\nSkipped:", start);
        return text.substring(start, end < 0 ? text.length() : end).strip();
    }
}
