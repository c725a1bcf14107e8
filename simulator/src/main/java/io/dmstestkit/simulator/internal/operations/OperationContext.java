package io.dmstestkit.simulator.internal.operations;

import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.simulator.internal.state.AccountState;
import java.time.Instant;

/**
 * What a handler may use while answering one call: the caller's account state (already locked for it),
 * the virtual time of the call and the simulator settings.
 */
public record OperationContext(AccountState account, Instant now, SimulatorSettings settings) {

    public String accountId() {
        return account.accountId();
    }

    public String region() {
        return account.region();
    }
}
