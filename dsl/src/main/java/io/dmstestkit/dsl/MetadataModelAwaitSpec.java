package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.SchemaRequest;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Step;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Which schema-conversion request to wait for, the status it must reach (default {@code SUCCESS}) and for
 * how long, in virtual time. Without {@code request}, the last request the scenario started on the target.
 *
 * <pre>{@code
 * .awaitMetadataModel("hr", a -> a.request("conversion").status("SUCCESS").within(Duration.ofHours(1)))
 * }</pre>
 * In Groovy: {@code awaitMetadataModel('hr') { request 'conversion'; status 'SUCCESS'; within 1.hour }}
 */
@API(status = API.Status.EXPERIMENTAL)
public final class MetadataModelAwaitSpec {

    private SchemaRequest request;
    private String status = "SUCCESS";
    private Duration within = AwaitSpec.DEFAULT_WITHIN;
    private Duration pollEvery = AwaitSpec.DEFAULT_POLL;

    MetadataModelAwaitSpec() {}

    /** {@code import}, {@code assessment}, {@code conversion}, {@code export-to-target} or {@code export-as-script}. */
    public MetadataModelAwaitSpec request(String request) {
        this.request = SchemaRequest.parse(request);
        return this;
    }

    /** The status to reach: {@code SUCCESS} (the default), {@code FAILED}, {@code CANCELED}… */
    public MetadataModelAwaitSpec status(String status) {
        this.status = status;
        return this;
    }

    /** The time limit, in virtual time (default one hour). */
    public MetadataModelAwaitSpec within(Duration limit) {
        this.within = limit;
        return this;
    }

    /** How often to poll, in virtual time (default 15 seconds). */
    public MetadataModelAwaitSpec pollEvery(Duration interval) {
        this.pollEvery = interval;
        return this;
    }

    Step.AwaitSchemaRequest build(String target, Source source) {
        return new Step.AwaitSchemaRequest(target, request, status, within, pollEvery, source);
    }
}
