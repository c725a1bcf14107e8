package io.dmstestkit.simulator.internal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The registry's list of operation names stays the client interface's (it saves reflecting at start-up). */
class OperationRegistryTest {

    @Test
    void theKnownOperationsAreExactlyTheClientInterfacesOperations() {
        assertThat(OperationRegistry.KNOWN_OPERATIONS)
                .as("OperationRegistry.KNOWN_OPERATIONS after an SDK update: copy the operations below into it")
                .containsExactlyInAnyOrderElementsOf(OperationRegistry.discoverOperations());
        assertThat(OperationRegistry.allOperations()).isEqualTo(OperationRegistry.discoverOperations());
    }

    @Test
    void aNameOutsideTheListIsStillCheckedAgainstTheClientInterface() {
        assertThat(OperationRegistry.isDmsOperation("DescribeReplications")).isTrue();
        assertThat(OperationRegistry.isDmsOperation("DescribeEverything")).isFalse();
        assertThat(OperationRegistry.isDmsOperation("")).isFalse();
    }
}
