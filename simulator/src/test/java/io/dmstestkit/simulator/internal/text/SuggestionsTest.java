package io.dmstestkit.simulator.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> STEPS = List.of("start", "stop", "await", "advance");

    @Test
    void should_suggest_the_nearest_name_for_a_typo() {
        assertThat(Suggestions.closest("stpo", STEPS)).contains("stop");
        assertThat(Suggestions.closest("AWAIT", STEPS)).contains("await");
        assertThat(Suggestions.didYouMean("advnce", STEPS)).isEqualTo("; did you mean 'advance'?");
    }

    @Test
    void should_suggest_nothing_for_a_word_that_is_no_typo() {
        assertThat(Suggestions.closest("xyzzyq", STEPS)).isEmpty();
        assertThat(Suggestions.didYouMean("xyzzyq", STEPS)).isEmpty();
    }

    @Test
    void should_allow_more_edits_for_longer_names() {
        assertThat(Suggestions.closest("ResourceNotFoundFalt", List.of("ResourceNotFoundFault")))
                .contains("ResourceNotFoundFault");
        assertThat(Suggestions.closest("AccesDenied", List.of("AccessDenied", "AccessDeniedFault")))
                .contains("AccessDenied");
    }

    @Test
    void should_break_ties_by_name() {
        assertThat(Suggestions.closest("sta", List.of("stb", "sta1", "stc"))).contains("sta1");
        assertThat(Suggestions.closest("stx", List.of("stc", "stb"))).contains("stb");
    }
}
