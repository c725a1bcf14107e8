package io.dmstestkit.simulator.internal.report;

import io.dmstestkit.simulator.StatusChange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link RunReport} to one self-contained HTML page: inline CSS, SVG drawn here, a few lines of
 * inline script for the journal filter; no network. Elements carry {@code data-} attributes (series and
 * point counts) so browser tests can check what was drawn.
 */
public final class HtmlReport {

    static final int WIDTH = 900;
    static final int LANE_HEIGHT = 22;
    static final int CHART_HEIGHT = 140;
    private static final int LABEL = 190;

    private HtmlReport() {}

    /** Writes the page to {@code file}, creating its directory. */
    public static Path write(RunReport report, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.writeString(file, render(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the HTML report " + file, e);
        }
    }

    public static String render(RunReport report) {
        StringBuilder html = new StringBuilder(64 * 1024);
        long failed = report.failed();
        html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>")
                .append(Html.escape(report.title()))
                .append("</title><style>")
                .append(resource("report.css"))
                .append("</style></head><body>\n<header><h1>")
                .append(Html.escape(report.title()))
                .append("</h1><p class=\"summary\" data-passed=\"")
                .append(report.sections().size() - failed)
                .append("\" data-failed=\"")
                .append(failed)
                .append("\">")
                .append(report.sections().size() - failed)
                .append(" passed, ")
                .append(failed)
                .append(" failed · generated ")
                .append(report.generatedAt())
                .append("</p><nav>");
        for (int i = 0; i < report.sections().size(); i++) {
            ReportSection section = report.sections().get(i);
            html.append("<a class=\"")
                    .append(section.passed() ? "pass" : "fail")
                    .append("\" href=\"#s")
                    .append(i + 1)
                    .append("\">")
                    .append(Html.escape(section.name()))
                    .append("</a> ");
        }
        html.append("</nav></header>\n");
        for (int i = 0; i < report.sections().size(); i++) {
            section(html, report.sections().get(i), i + 1);
        }
        html.append("<script>").append(resource("report.js")).append("</script>\n</body></html>\n");
        return html.toString();
    }

    private static void section(StringBuilder html, ReportSection section, int number) {
        html.append("<section class=\"scenario ")
                .append(section.passed() ? "pass" : "fail")
                .append("\" id=\"s")
                .append(number)
                .append("\"><h2>")
                .append(section.passed() ? "✔ " : "✘ ")
                .append(Html.escape(section.name()))
                .append("</h2>");
        if (section.source() != null) {
            html.append("<p class=\"source\">")
                    .append(Html.escape(section.source()))
                    .append("</p>");
        }
        if (section.failure() != null) {
            html.append("<pre class=\"failure\">")
                    .append(Html.escape(section.failure()))
                    .append("</pre>");
        }
        steps(html, section);
        matrix(html, section);
        Timeline timeline = new Timeline(section.virtualStart(), section.virtualEnd());
        lanes(html, section, timeline);
        curves(html, section, timeline);
        journal(html, section);
        html.append("</section>\n");
    }

    private static void steps(StringBuilder html, ReportSection section) {
        if (section.steps().isEmpty()) {
            return;
        }
        html.append("<h3>Steps</h3><table class=\"steps\"><thead><tr><th>#</th><th>step</th><th>outcome</th>")
                .append("<th>virtual start</th><th>virtual time</th><th>wall time</th></tr></thead><tbody>");
        int n = 1;
        for (StepRow step : section.steps()) {
            html.append("<tr class=\"")
                    .append(step.outcome().toLowerCase(Locale.ROOT))
                    .append("\"><td>")
                    .append(n++)
                    .append("</td><td>")
                    .append(Html.escape(step.name()))
                    .append("</td><td>")
                    .append(Html.escape(step.outcome()))
                    .append("</td><td>")
                    .append(
                            step.virtualStart() == null
                                    ? ""
                                    : Html.offset(Duration.between(section.virtualStart(), step.virtualStart())))
                    .append("</td><td>")
                    .append(Html.offset(step.virtualTime()).substring(1))
                    .append("</td><td>")
                    .append(step.wallTime().toMillis())
                    .append(" ms</td></tr>");
        }
        html.append("</tbody></table>");
    }

    /** An exploration's calls × faults, each cell classed by its outcome (ok, tolerated, FAILED, skipped). */
    private static void matrix(StringBuilder html, ReportSection section) {
        if (section.matrix().isEmpty()) {
            return;
        }
        html.append("<h3>Calls × faults</h3><table class=\"matrix\"><thead><tr>");
        section.matrix()
                .get(0)
                .forEach(head -> html.append("<th>").append(Html.escape(head)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : section.matrix().subList(1, section.matrix().size())) {
            html.append("<tr><td>").append(Html.escape(row.get(0))).append("</td>");
            for (String cell : row.subList(1, row.size())) {
                html.append("<td class=\"")
                        .append(cell.toLowerCase(Locale.ROOT).replace("-", "none"))
                        .append("\">")
                        .append(Html.escape(cell))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void lanes(StringBuilder html, ReportSection section, Timeline timeline) {
        List<Lane> lanes = section.facts().lanes();
        if (lanes.isEmpty()) {
            return;
        }
        int height = lanes.size() * LANE_HEIGHT + 24;
        html.append("<h3>Status timeline <small>(virtual time)</small></h3><svg class=\"timeline\" data-lanes=\"")
                .append(lanes.size())
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\">");
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            int y = i * LANE_HEIGHT;
            html.append("<g class=\"lane\" data-resource=\"")
                    .append(Html.escape(lane.resource()))
                    .append("\" data-segments=\"")
                    .append(lane.changes().size())
                    .append("\"><text x=\"4\" y=\"")
                    .append(y + 15)
                    .append("\">")
                    .append(Html.escape(lane.resource()))
                    .append("</text>");
            List<StatusChange> changes = lane.changes();
            for (int c = 0; c < changes.size(); c++) {
                StatusChange change = changes.get(c);
                Instant end = c + 1 < changes.size() ? changes.get(c + 1).at() : timeline.end;
                double x1 = timeline.x(change.at());
                double x2 = Math.max(x1 + 1, timeline.x(end));
                html.append("<rect class=\"segment\" data-status=\"")
                        .append(Html.escape(change.status()))
                        .append("\" x=\"")
                        .append(Html.number(x1))
                        .append("\" y=\"")
                        .append(y + 3)
                        .append("\" width=\"")
                        .append(Html.number(x2 - x1))
                        .append("\" height=\"")
                        .append(LANE_HEIGHT - 6)
                        .append("\" fill=\"")
                        .append(StatusColors.of(change.status()))
                        .append("\"><title>")
                        .append(Html.escape(change.status()))
                        .append(" from ")
                        .append(timeline.label(change.at()))
                        .append("</title></rect>");
            }
            html.append("</g>");
        }
        markers(html, section, timeline, height - 24);
        axis(html, timeline, height - 20);
        html.append("</svg><p class=\"legend\">");
        lanes.stream()
                .flatMap(l -> l.changes().stream())
                .map(StatusChange::status)
                .distinct()
                .forEach(s -> html.append("<span><i style=\"background:")
                        .append(StatusColors.of(s))
                        .append("\"></i>")
                        .append(Html.escape(s))
                        .append("</span> "));
        html.append("</p>");
    }

    private static void markers(StringBuilder html, ReportSection section, Timeline timeline, int height) {
        for (Marker marker : section.markers()) {
            double x = timeline.x(marker.at());
            html.append("<line class=\"marker ")
                    .append(marker.kind().name().toLowerCase(Locale.ROOT))
                    .append("\" x1=\"")
                    .append(Html.number(x))
                    .append("\" x2=\"")
                    .append(Html.number(x))
                    .append("\" y1=\"0\" y2=\"")
                    .append(height)
                    .append("\"><title>")
                    .append(timeline.label(marker.at()))
                    .append(' ')
                    .append(Html.escape(marker.label()))
                    .append("</title></line>");
        }
    }

    private static void axis(StringBuilder html, Timeline timeline, int y) {
        for (int i = 0; i <= 4; i++) {
            Instant at = timeline.start.plusMillis(timeline.spanMillis * i / 4);
            html.append("<text class=\"tick\" x=\"")
                    .append(Html.number(Math.min(timeline.x(at), WIDTH - 40)))
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\">")
                    .append(timeline.label(at))
                    .append("</text>");
        }
    }

    private static void curves(StringBuilder html, ReportSection section, Timeline timeline) {
        List<Curve> curves = section.facts().curves();
        curves.stream().map(Curve::measure).distinct().forEach(measure -> {
            List<Curve> series =
                    curves.stream().filter(c -> c.measure().equals(measure)).toList();
            double max = Math.max(
                    1,
                    series.stream()
                            .flatMap(c -> c.points().stream())
                            .mapToDouble(Curve.Point::value)
                            .max()
                            .orElse(1));
            String unit = series.get(0).unit();
            if ("%".equals(unit)) {
                max = 100;
            }
            html.append("<h3>")
                    .append(Html.escape(measure))
                    .append(" <small>(")
                    .append(Html.escape(unit))
                    .append(", max ")
                    .append(Html.number(max))
                    .append(")</small></h3><svg class=\"chart\" data-measure=\"")
                    .append(Html.escape(measure))
                    .append("\" data-series=\"")
                    .append(series.size())
                    .append("\" viewBox=\"0 0 ")
                    .append(WIDTH)
                    .append(' ')
                    .append(CHART_HEIGHT + 20)
                    .append("\" width=\"")
                    .append(WIDTH)
                    .append("\" height=\"")
                    .append(CHART_HEIGHT + 20)
                    .append("\"><line class=\"base\" x1=\"")
                    .append(LABEL)
                    .append("\" x2=\"")
                    .append(WIDTH)
                    .append("\" y1=\"")
                    .append(CHART_HEIGHT)
                    .append("\" y2=\"")
                    .append(CHART_HEIGHT)
                    .append("\"/>");
            for (int i = 0; i < series.size(); i++) {
                Curve curve = series.get(i);
                html.append("<polyline class=\"series\" data-resource=\"")
                        .append(Html.escape(curve.resource()))
                        .append("\" data-points=\"")
                        .append(curve.points().size())
                        .append("\" stroke=\"")
                        .append(StatusColors.series(i))
                        .append("\" points=\"");
                for (Curve.Point point : curve.points()) {
                    html.append(Html.number(timeline.x(point.at())))
                            .append(',')
                            .append(Html.number(CHART_HEIGHT - 4 - (CHART_HEIGHT - 8) * point.value() / max))
                            .append(' ');
                }
                html.append("\"><title>")
                        .append(Html.escape(curve.resource()))
                        .append("</title></polyline><text x=\"4\" y=\"")
                        .append(16 + i * 16)
                        .append("\" fill=\"")
                        .append(StatusColors.series(i))
                        .append("\">")
                        .append(Html.escape(curve.resource()))
                        .append("</text>");
            }
            markers(html, section, timeline, CHART_HEIGHT);
            axis(html, timeline, CHART_HEIGHT);
            html.append("</svg>");
        });
    }

    private static void journal(StringBuilder html, ReportSection section) {
        html.append("<h3>Journal <small>(")
                .append(section.journalCalls())
                .append(" calls in ")
                .append(section.journal().size())
                .append(" rows; equal consecutive calls collapsed)</small></h3>")
                .append("<input class=\"journal-filter\" type=\"search\" placeholder=\"filter: operation, resource,")
                .append(" status, error code, fault id\"> <span class=\"shown\"></span>")
                .append("<table class=\"journal\"><thead><tr><th>#</th><th>virtual time</th><th>operation</th>")
                .append("<th>resources</th><th>status</th><th>error code</th><th>fault</th><th>calls</th></tr></thead>")
                .append("<tbody>");
        for (JournalRow row : section.journal()) {
            html.append("<tr class=\"")
                    .append(row.status() == 200 ? "ok" : "error")
                    .append("\"><td>")
                    .append(row.sequence())
                    .append("</td><td>")
                    .append(Html.offset(Duration.between(section.virtualStart(), row.first())));
            if (row.count() > 1) {
                html.append(" … ").append(Html.offset(Duration.between(section.virtualStart(), row.last())));
            }
            html.append("</td><td>")
                    .append(Html.escape(row.operation()))
                    .append("</td><td>")
                    .append(Html.escape(String.join(" ", new java.util.TreeSet<>(row.resources()))))
                    .append("</td><td>")
                    .append(row.status())
                    .append("</td><td>")
                    .append(Html.escape(row.errorCode()))
                    .append("</td><td>")
                    .append(Html.escape(row.faultId()))
                    .append("</td><td>")
                    .append(row.count() > 1 ? "×" + row.count() : "")
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + HtmlReport.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Maps virtual times of one section onto the x axis, after the label column. */
    private static final class Timeline {
        final Instant start;
        final Instant end;
        final long spanMillis;

        Timeline(Instant start, Instant end) {
            this.start = start;
            this.end = end.isAfter(start) ? end : start.plusSeconds(1);
            this.spanMillis = Duration.between(this.start, this.end).toMillis();
        }

        double x(Instant at) {
            double fraction = (double) Duration.between(start, at).toMillis() / spanMillis;
            return LABEL + Math.max(0, Math.min(1, fraction)) * (WIDTH - LABEL - 4);
        }

        String label(Instant at) {
            return Html.offset(Duration.between(start, at));
        }
    }
}
