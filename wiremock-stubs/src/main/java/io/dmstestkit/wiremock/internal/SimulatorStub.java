package io.dmstestkit.wiremock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The stub mapping that hands every DMS call ({@code POST /} with a DMS target) to the simulator. */
public final class SimulatorStub {

    public static final String TARGET_HEADER = "X-Amz-Target";

    /** The name of the transformer that answers with the simulator ({@code DmsWireMockExtension.NAME}). */
    public static final String TRANSFORMER_NAME = "dms-simulator";

    /** What every DMS target starts with, followed by the operation name. */
    public static final String TARGET_PREFIX = "AmazonDMSv20160101.";

    /** The content type of AWS JSON 1.1 requests and answers. */
    public static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    /** Any operation of the DMS API version the SDKs speak, even an unknown one (the simulator says so). */
    public static final String TARGET_PATTERN = "AmazonDMSv20160101\\..*";

    /**
     * Fixed, so loading the mapping again replaces it instead of adding a second copy, and so it can be
     * found in {@code /__admin/mappings}.
     */
    public static final UUID ID = UUID.nameUUIDFromBytes("dms-testkit:dms-simulator".getBytes(StandardCharsets.UTF_8));

    /** The id of the mapping that answers whatever is no DMS call with an AWS JSON error. */
    public static final UUID FALLBACK_ID =
            UUID.nameUUIDFromBytes("dms-testkit:not-a-dms-call".getBytes(StandardCharsets.UTF_8));

    /** Lower than any stub of a user's (WireMock's lowest usual priority is 10). */
    public static final int FALLBACK_PRIORITY = 1_000;

    private SimulatorStub() {}

    /**
     * A mapping that hands every request no other stub answers to the transformer: it answers AWS-shaped
     * (an unknown or missing target, {@code GET /}) instead of WireMock's plain-text "Request was not
     * matched". For servers that are DMS endpoints only ({@code DmsServer}, the standalone server).
     */
    public static StubMapping fallback(String transformerName) {
        return any(anyUrl())
                .withId(FALLBACK_ID)
                .withName("not a DMS call")
                .atPriority(FALLBACK_PRIORITY)
                .willReturn(aResponse().withTransformers(transformerName))
                .build();
    }

    /**
     * A new mapping (WireMock stores and may mark up the instance it is given, so each server gets its own)
     * whose response is produced by the transformer named {@code transformerName}.
     */
    public static StubMapping create(String transformerName, int priority) {
        return post(urlPathEqualTo("/"))
                .withId(ID)
                .withName(transformerName)
                .atPriority(priority)
                .withHeader(TARGET_HEADER, matching(TARGET_PATTERN))
                .willReturn(aResponse().withTransformers(transformerName))
                .build();
    }
}
