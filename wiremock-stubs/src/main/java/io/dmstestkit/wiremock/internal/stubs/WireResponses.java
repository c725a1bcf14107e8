package io.dmstestkit.wiremock.internal.stubs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.dmstestkit.simulator.DmsErrorCode;
import io.dmstestkit.simulator.DmsWireJson;
import io.dmstestkit.wiremock.internal.SimulatorStub;
import java.util.UUID;
import software.amazon.awssdk.core.SdkPojo;

/** DMS answers as WireMock responses: the status, headers and JSON body the SDKs expect. */
public final class WireResponses {

    private WireResponses() {}

    /** HTTP 200 with the wire JSON of an SDK model object. */
    public static ResponseDefinitionBuilder ok(SdkPojo output) {
        return ok(DmsWireJson.encodeTree(output));
    }

    /** HTTP 200 with a JSON body. */
    public static ResponseDefinitionBuilder ok(JsonNode body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", SimulatorStub.CONTENT_TYPE)
                .withHeader("x-amzn-RequestId", UUID.randomUUID().toString())
                .withBody(body.toString());
    }

    /**
     * An AWS error: the status of a known error (400 for most, 500/503 for the server-side ones) or 400
     * for a custom code, {@code __type} and {@code message} in the body and the {@code x-amzn-ErrorType}
     * header.
     */
    public static ResponseDefinitionBuilder error(String code, String message) {
        DmsErrorCode.ResolvedError error = DmsErrorCode.resolve(code);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("__type", error.code());
        body.put("message", message == null ? error.defaultMessage() : message);
        return aResponse()
                .withStatus(error.status())
                .withHeader("Content-Type", SimulatorStub.CONTENT_TYPE)
                .withHeader("x-amzn-RequestId", UUID.randomUUID().toString())
                .withHeader("x-amzn-ErrorType", error.code())
                .withBody(body.toString());
    }
}
