package io.dmstestkit.simulator.internal.report;

import java.util.Locale;

/** Colours for statuses (the same status the same colour across lanes and pages) and for curve series. */
final class StatusColors {

    private static final String[] PALETTE = {
        "#4e79a7", "#f28e2b", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"
    };

    private StatusColors() {}

    static String of(String status) {
        String s = status.toLowerCase(Locale.ROOT);
        if (s.contains("fail") || s.contains("error")) {
            return "#e15759";
        }
        if (s.equals("running") || s.contains("complete") || s.equals("available") || s.equals("ready")) {
            return "#59a14f";
        }
        if (s.contains("stop")) {
            return "#9d9d9d";
        }
        return PALETTE[Math.floorMod(s.hashCode(), PALETTE.length)];
    }

    static String series(int index) {
        return PALETTE[index % PALETTE.length];
    }
}
