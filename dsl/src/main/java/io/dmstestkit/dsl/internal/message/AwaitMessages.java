package io.dmstestkit.dsl.internal.message;

import io.dmstestkit.simulator.FailureMessage;

/** The sections every await message shares after its first line: expected/actual, history, details, where. */
final class AwaitMessages {

    private AwaitMessages() {}

    static FailureMessage body(String what, AwaitReport report) {
        FailureMessage message = FailureMessage.what(what)
                .expectedActual(report.condition(), report.actual())
                .history(report.history());
        report.last().details(message);
        if (report.where() != null) {
            message.where(report.where().location(), report.where().step());
        }
        return message;
    }
}
