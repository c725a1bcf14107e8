package io.dmstestkit.benchmarks.report;

/**
 * The part of a Markdown document between two HTML comment markers, which the report rewrites while
 * leaving the hand-written rest (findings, explanations) alone.
 *
 * <pre>{@code
 * String updated = MarkedSection.RESULTS.replace(document, table);
 * }</pre>
 */
record MarkedSection(String begin, String end) {

    static final MarkedSection RESULTS =
            new MarkedSection("<!-- benchmark-results:begin -->", "<!-- benchmark-results:end -->");

    /** The document with the text between the markers replaced; the markers are appended when missing. */
    String replace(String document, String content) {
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        String section = begin + "\n" + content.strip() + "\n" + end;
        if (from < 0 && to < 0) {
            return document.stripTrailing() + "\n\n" + section + "\n";
        }
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(
                    "the document has the markers " + begin + " and " + end + " out of order or only one of them");
        }
        return document.substring(0, from) + section + document.substring(to + end.length());
    }
}
