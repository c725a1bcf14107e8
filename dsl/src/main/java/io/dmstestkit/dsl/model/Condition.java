package io.dmstestkit.dsl.model;

import java.time.Duration;
import org.apiguardian.api.API;

/** What an {@link Step.Await} waits for. */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface Condition {

    /** A description for messages, e.g. {@code status running}. */
    String describe();

    record StatusIs(Status status) implements Condition {
        public StatusIs {
            Invariants.required(status, "the status to wait for", "e.g. status running");
        }

        @Override
        public String describe() {
            return "status " + status.wireValue();
        }
    }

    /** Full load at or above a percentage (0 to 100). */
    record FullLoadAtLeast(int percent) implements Condition {
        public FullLoadAtLeast {
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("full load percent must be 0 to 100, was " + percent);
            }
        }

        @Override
        public String describe() {
            return "full load " + percent + "%";
        }
    }

    /** CDC latency below a duration (after the full load). */
    record CdcLatencyBelow(Duration latency) implements Condition {
        public CdcLatencyBelow {
            Invariants.positive(latency, "cdcLatencyBelow", "e.g. cdcLatencyBelow 5s");
        }

        @Override
        public String describe() {
            return "CDC latency below " + Durations.format(latency);
        }
    }

    /** One table in a table state, e.g. {@code Table completed}. */
    record TableStateIs(String table, String state) implements Condition {
        public TableStateIs {
            Invariants.text(table, "tableState: the table", "e.g. tableState 'public.orders', 'Table completed'");
            Invariants.text(state, "tableState: the state", "e.g. tableState 'public.orders', 'Table completed'");
        }

        @Override
        public String describe() {
            return "table " + table + " in state '" + state + "'";
        }
    }
}
