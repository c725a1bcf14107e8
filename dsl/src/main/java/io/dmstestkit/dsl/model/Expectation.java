package io.dmstestkit.dsl.model;

import org.apiguardian.api.API;

/** One thing an {@link Step.Expect} checks about a replication or data migration. */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface Expectation {

    String describe();

    record HasStatus(Status status) implements Expectation {
        public HasStatus {
            Invariants.required(status, "the expected status", "e.g. status stopped");
        }

        @Override
        public String describe() {
            return "status " + status.wireValue();
        }
    }

    record HasStopReason(StopReason reason) implements Expectation {
        public HasStopReason {
            Invariants.required(reason, "the expected stop reason", "e.g. stopReason NORMAL");
        }

        @Override
        public String describe() {
            return "stop reason " + reason.wireValue();
        }
    }

    /** A FailureMessages entry (replications) or the LastFailureMessage (data migrations) contains this text. */
    record FailureMessageContains(String text) implements Expectation {
        public FailureMessageContains {
            Invariants.text(text, "failureMessageContains: the text", "e.g. failureMessageContains 'ORA-01555'");
        }

        @Override
        public String describe() {
            return "a failure message containing '" + text + "'";
        }
    }

    record FullLoadPercent(int percent) implements Expectation {
        public FullLoadPercent {
            Invariants.percent(percent, "fullLoad");
        }

        @Override
        public String describe() {
            return "full load " + percent + "%";
        }
    }

    record TablesLoaded(int count) implements Expectation {
        public TablesLoaded {
            Invariants.count(count, "tablesLoaded");
        }

        @Override
        public String describe() {
            return count + " tables loaded";
        }
    }

    record TablesErrored(int count) implements Expectation {
        public TablesErrored {
            Invariants.count(count, "tablesErrored");
        }

        @Override
        public String describe() {
            return count + " tables errored";
        }
    }

    record TableState(String table, String state) implements Expectation {
        public TableState {
            Invariants.text(table, "tableState: the table", "e.g. tableState 'public.orders', 'Table completed'");
            Invariants.text(state, "tableState: the state", "e.g. tableState 'public.orders', 'Table completed'");
        }

        @Override
        public String describe() {
            return "table " + table + " in state '" + state + "'";
        }
    }
}
