package io.dmstestkit.simulator.internal.report;

import java.time.Duration;
import java.util.Locale;

/** Escaping and small formats shared by the report and dashboard pages. */
final class Html {

    private Html() {}

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A virtual offset as people read it: {@code +7:05} or {@code +1:02:03}. */
    static String offset(Duration offset) {
        long seconds = Math.max(0, offset.toSeconds());
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0
                ? String.format(Locale.ROOT, "+%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "+%d:%02d", m, s);
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
