package io.dmstestkit.dsl.model;

import org.apiguardian.api.API;

/** One thing an {@link Step.Expect} checks about a replication or data migration. */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface Expectation {

    String describe();

    record HasStatus(Status status) implements Expectation {
        @Override
        public String describe() {
            return "status " + status.wireValue();
        }
    }

    record HasStopReason(StopReason reason) implements Expectation {
        @Override
        public String describe() {
            return "stop reason " + reason.wireValue();
        }
    }

    /** A FailureMessages entry (replications) or the LastFailureMessage (data migrations) contains this text. */
    record FailureMessageContains(String text) implements Expectation {
        @Override
        public String describe() {
            return "a failure message containing '" + text + "'";
        }
    }

    record FullLoadPercent(int percent) implements Expectation {
        @Override
        public String describe() {
            return "full load " + percent + "%";
        }
    }

    record TablesLoaded(int count) implements Expectation {
        @Override
        public String describe() {
            return count + " tables loaded";
        }
    }

    record TablesErrored(int count) implements Expectation {
        @Override
        public String describe() {
            return count + " tables errored";
        }
    }

    record TableState(String table, String state) implements Expectation {
        @Override
        public String describe() {
            return "table " + table + " in state '" + state + "'";
        }
    }
}
