package io.dmstestkit.junit;

import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.dmstestkit.junit.fixtures.TransportFixtures;
import org.junit.jupiter.api.Test;

class TransportTest {

    @Test
    void should_call_the_simulator_in_process_without_a_socket() {
        EngineRuns.run(TransportFixtures.InProcess.class).testEvents().assertStatistics(stats -> stats.succeeded(1));
    }

    @Test
    void should_call_the_simulator_over_http_on_a_free_port() {
        EngineRuns.run(TransportFixtures.Http.class).testEvents().assertStatistics(stats -> stats.succeeded(1));
    }

    @Test
    void should_serve_the_async_client_over_a_server_started_for_it_in_process_mode() {
        EngineRuns.run(TransportFixtures.AsyncInProcess.class)
                .testEvents()
                .assertStatistics(stats -> stats.succeeded(1));
    }

    @Test
    void should_answer_with_canned_stubs_in_front_of_the_simulator() {
        EngineRuns.run(TransportFixtures.StaticStubs.class).testEvents().assertStatistics(stats -> stats.succeeded(1));
    }

    @Test
    void should_refuse_static_stubs_without_http() {
        EngineRuns.run(TransportFixtures.StaticStubsInProcess.class)
                .containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(TransportFixtures.StaticStubsInProcess.class),
                                finishedWithFailure(
                                        message(m -> m.contains("mode STATIC_STUBS needs transport HTTP")))));
    }
}
