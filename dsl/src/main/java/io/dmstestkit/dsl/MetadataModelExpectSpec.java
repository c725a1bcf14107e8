package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.SchemaRequest;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Step;
import org.apiguardian.api.API;

/**
 * What must be true now of a schema-conversion request: without {@code request}, the last one the scenario
 * started on the target. At least one check.
 *
 * <pre>{@code
 * .expectMetadataModel("hr", e -> e.request("conversion").status("FAILED").failureMessageContains("SDO_GEOMETRY"))
 * }</pre>
 * In Groovy: {@code expectMetadataModel('hr') { request 'assessment'; actionItems 1 }}
 */
@API(status = API.Status.EXPERIMENTAL)
public final class MetadataModelExpectSpec {

    private SchemaRequest request;
    private String status;
    private String failureMessageContains;
    private Integer actionItems;
    private String actionItemContains;

    MetadataModelExpectSpec() {}

    /** {@code import}, {@code assessment}, {@code conversion}, {@code export-to-target} or {@code export-as-script}. */
    public MetadataModelExpectSpec request(String request) {
        this.request = SchemaRequest.parse(request);
        return this;
    }

    /** The request's status: {@code SUCCESS}, {@code FAILED}, {@code IN_PROGRESS}… */
    public MetadataModelExpectSpec status(String status) {
        this.status = status;
        return this;
    }

    /** The request's error message (DMS's {@code Error.DefaultErrorDetails.Message}) contains this text. */
    public MetadataModelExpectSpec failureMessageContains(String text) {
        this.failureMessageContains = text;
        return this;
    }

    /** The project's last assessment reports exactly this many action items. */
    public MetadataModelExpectSpec actionItems(int count) {
        this.actionItems = count;
        return this;
    }

    /** One action item of the project's last assessment contains this text. */
    public MetadataModelExpectSpec actionItemContains(String text) {
        this.actionItemContains = text;
        return this;
    }

    Step.ExpectSchemaRequest build(String target, Source source) {
        return new Step.ExpectSchemaRequest(
                target, request, status, failureMessageContains, actionItems, actionItemContains, source);
    }
}
