package io.dmstestkit.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkedSectionTest {

    private final MarkedSection section = new MarkedSection("<!-- b -->", "<!-- e -->");

    @Test
    void should_replace_only_the_text_between_the_markers() {
        String document = "# Title\n\n<!-- b -->\nold table\n<!-- e -->\n\n## Findings\nkept\n";

        assertThat(section.replace(document, "new table\n"))
                .isEqualTo("# Title\n\n<!-- b -->\nnew table\n<!-- e -->\n\n## Findings\nkept\n");
    }

    @Test
    void should_append_the_section_when_the_document_has_no_markers() {
        assertThat(section.replace("# Title\n", "table")).isEqualTo("# Title\n\n<!-- b -->\ntable\n<!-- e -->\n");
    }

    @Test
    void should_refuse_a_document_with_one_marker_only() {
        assertThatThrownBy(() -> section.replace("<!-- e -->\n<!-- b -->", "table"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of order or only one of them");
    }
}
