package io.dmstestkit.simulator.internal.report;

import io.dmstestkit.simulator.JournalEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns journal entries into report rows: consecutive equal calls (same operation, resources, status and
 * error, no fault) collapse into one row, so a simulated day of polling is a handful of rows, not 5,760.
 */
public final class JournalRows {

    /** The most rows one section keeps; a run beyond it says how many calls it left out. */
    public static final int MAX_ROWS = 2_000;

    private JournalRows() {}

    public static List<JournalRow> of(List<JournalEntry> entries) {
        List<JournalRow> rows = new ArrayList<>();
        for (JournalEntry entry : entries) {
            int last = rows.size() - 1;
            if (last >= 0 && sameCall(rows.get(last), entry)) {
                JournalRow row = rows.get(last);
                rows.set(
                        last,
                        new JournalRow(
                                row.sequence(),
                                row.first(),
                                entry.virtualTime(),
                                row.count() + 1,
                                row.operation(),
                                row.resources(),
                                row.status(),
                                row.errorCode(),
                                row.faultId()));
            } else if (rows.size() < MAX_ROWS) {
                rows.add(new JournalRow(
                        entry.sequence(),
                        entry.virtualTime(),
                        entry.virtualTime(),
                        1,
                        entry.operation(),
                        entry.resources(),
                        entry.status(),
                        entry.errorCode().orElse(null),
                        entry.faultId().orElse(null)));
            }
        }
        return rows;
    }

    private static boolean sameCall(JournalRow row, JournalEntry entry) {
        return row.faultId() == null
                && entry.faultId().isEmpty()
                && row.operation().equals(entry.operation())
                && row.resources().equals(entry.resources())
                && row.status() == entry.status()
                && Objects.equals(row.errorCode(), entry.errorCode().orElse(null));
    }

    /** A marker for every call a fault answered. */
    public static List<Marker> faultMarkers(List<JournalEntry> entries) {
        return entries.stream()
                .filter(e -> e.faultId().isPresent())
                .map(e -> new Marker(
                        e.virtualTime(),
                        Marker.Kind.FAULT,
                        e.faultId().orElseThrow() + ": " + e.operation() + " → " + e.status() + " "
                                + e.errorCode().orElse("")))
                .toList();
    }

    /** A marker wherever a lane enters a failing status (an incident struck or a run failed). */
    public static List<Marker> incidentMarkers(ResourceFacts facts) {
        List<Marker> markers = new ArrayList<>();
        for (Lane lane : facts.lanes()) {
            lane.changes().stream()
                    .filter(c -> isFailure(c.status()))
                    .forEach(c -> markers.add(
                            new Marker(c.at(), Marker.Kind.INCIDENT, lane.resource() + " → " + c.status())));
        }
        return markers;
    }

    private static boolean isFailure(String status) {
        String s = status.toLowerCase(java.util.Locale.ROOT);
        return s.contains("fail") || s.contains("error");
    }
}
