package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Step;
import org.apiguardian.api.API;

/**
 * How provisioning of the next run fails: its message (a default one when not given).
 *
 * <pre>{@code
 * .provisioningFails("orders", p -> p.message("Insufficient capacity"))
 * }</pre>
 * In Groovy: {@code provisioningFails('orders') { message 'Insufficient capacity' }}
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ProvisioningFailsSpec {

    private String message;

    ProvisioningFailsSpec() {}

    /** The failure message. */
    public ProvisioningFailsSpec message(String message) {
        this.message = message;
        return this;
    }

    Step.ProvisioningFails build(String target, Source source) {
        return new Step.ProvisioningFails(target, message, source);
    }
}
