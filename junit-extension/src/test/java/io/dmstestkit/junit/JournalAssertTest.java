package io.dmstestkit.junit;

import static io.dmstestkit.junit.DmsAssertions.assertThat;
import static io.dmstestkit.junit.DmsAssertions.assertThatJournal;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.testcore.DmsBackend;
import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.DmsTestSettings;
import org.junit.jupiter.api.Test;

class JournalAssertTest {

    @Test
    void should_count_calls_of_one_session_on_a_shared_simulator() {
        DmsTestSettings settings = DmsTestSettings.defaults();
        try (DmsBackend backend = DmsBackend.start(settings);
                DmsTestSession mine = DmsTestSession.open(settings, backend);
                DmsTestSession theirs = DmsTestSession.open(settings, backend)) {
            mine.client().describeEndpoints(r -> {});
            theirs.client().describeEndpoints(r -> {});
            theirs.client().describeEndpoints(r -> {});

            assertThatJournal(mine).hasCalls("DescribeEndpoints", 1).hasNoCalls("StopReplication");
            assertThat(backend.simulator().journal()).hasCalls("DescribeEndpoints", 3);
            assertThat(backend.simulator().journal())
                    .inAccount(theirs.account())
                    .hasCalls("DescribeEndpoints", 2);
        }
    }

    @Test
    void should_show_the_matching_calls_when_there_are_too_many() {
        try (DmsTestSession session = DmsTestSession.open(
                DmsTestSettings.builder().account("123456789012").build())) {
            session.client().describeEndpoints(r -> {});
            session.client().describeEndpoints(r -> {});

            assertThatThrownBy(() -> assertThatJournal(session).hasNoCalls("DescribeEndpoints"))
                    .isInstanceOf(DmsAssertionError.class)
                    .hasMessage(
                            "Expected exactly 0 call(s) of DescribeEndpoints in account 123456789012, but the simulator"
                                    + " answered 2.\n"
                                    + "  expected: exactly 0   actual: 2\n"
                                    + "  matching calls:\n"
                                    + "    #1 2026-01-01T00:00:00Z DescribeEndpoints account 123456789012 → 200\n"
                                    + "    #2 2026-01-01T00:00:00Z DescribeEndpoints account 123456789012 → 200");
        }
    }

    @Test
    void should_suggest_the_injected_client_when_nothing_reached_the_simulator() {
        try (DmsTestSession session = DmsTestSession.open(DmsTestSettings.defaults())) {
            assertThatThrownBy(() -> assertThatJournal(session).hasCalls("StartReplication", 1))
                    .hasMessageContaining("does the code under test use the injected client (or endpoint)?");
        }
    }

    @Test
    void should_refuse_an_operation_dms_does_not_have() {
        try (DmsTestSession session = DmsTestSession.open(DmsTestSettings.defaults())) {
            assertThatThrownBy(() -> assertThatJournal(session).hasCalls("StopReplications", 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("StopReplication");
        }
    }
}
