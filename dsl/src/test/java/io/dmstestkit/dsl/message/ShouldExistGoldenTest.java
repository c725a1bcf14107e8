package io.dmstestkit.dsl.message;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the message of a lookup that finds nothing, as the JUnit assertions and the Spock words give it. Run
 * with {@code -Ddms.golden.update=true} to rewrite the golden files after a deliberate change, then review
 * the diff.
 */
class ShouldExistGoldenTest {

    private static final String SESSION = "DMS test session (account 123456789012, us-east-1, in-process)";

    @Test
    void should_suggest_the_name_a_typo_away() {
        GoldenMessages.assertMatches(
                "should-exist-did-you-mean",
                ShouldExist.shouldExist(ShouldExist.Kind.REPLICATION, "ordres", SESSION, List.of("customers", "orders"))
                        .build());
    }

    @Test
    void should_list_the_names_there_when_none_is_close() {
        GoldenMessages.assertMatches(
                "should-exist-no-close-name",
                ShouldExist.shouldExist(ShouldExist.Kind.REPLICATION_TASK, "returns", SESSION, List.of("orders"))
                        .build());
    }

    @Test
    void should_say_when_there_is_none_of_that_kind() {
        GoldenMessages.assertMatches(
                "should-exist-none-there",
                ShouldExist.shouldExist(ShouldExist.Kind.DATA_MIGRATION, "orders", SESSION, List.of())
                        .build());
    }
}
