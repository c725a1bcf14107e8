package io.dmstestkit.wiremock.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.dmstestkit.simulator.DmsHttpRequest;
import io.dmstestkit.simulator.DmsHttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns WireMock requests into simulator calls and the simulator's answers into WireMock responses. */
public final class WireMockTranslation {

    private WireMockTranslation() {}

    /** The DMS call carried by a WireMock request: every header with all its values, and the raw body. */
    public static DmsHttpRequest toDmsRequest(Request request) {
        // Header names are case-insensitive; merging here keeps values that differ only in the name's case.
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (HttpHeader header : request.getHeaders().all()) {
            headers.computeIfAbsent(header.key(), name -> new ArrayList<>()).addAll(header.values());
        }
        return new DmsHttpRequest(request.getHeader(SimulatorStub.TARGET_HEADER), request.getBody(), headers);
    }

    /**
     * The simulator's answer as a WireMock response: its status, headers and body bytes as they are, and no
     * transformers, so nothing else rewrites it.
     */
    public static ResponseDefinition toResponseDefinition(DmsHttpResponse response) {
        return answer(response).build();
    }

    /**
     * The simulator's answer, delivered with the delays the stub that named the transformer asks for (fixed,
     * random or chunked dribble): WireMock reads delays from the transformed definition, so they would be
     * lost otherwise. This is how transport delays in front of the simulator use WireMock's own machinery.
     */
    public static ResponseDefinition toResponseDefinition(DmsHttpResponse response, ResponseDefinition stub) {
        // Names the extension again: its response transformer takes WireMock's Matched-Stub headers off.
        ResponseDefinitionBuilder answer = answer(response).withTransformers(SimulatorStub.TRANSFORMER_NAME);
        if (stub.getFixedDelayMilliseconds() != null) {
            answer.withFixedDelay(stub.getFixedDelayMilliseconds());
        }
        if (stub.getDelayDistribution() != null) {
            answer.withRandomDelay(stub.getDelayDistribution());
        }
        if (stub.getChunkedDribbleDelay() != null) {
            answer.withChunkedDribbleDelay(
                    stub.getChunkedDribbleDelay().getNumberOfChunks(),
                    stub.getChunkedDribbleDelay().getTotalDuration());
        }
        return answer.build();
    }

    /**
     * The AWS JSON answer to a request that is no AWS JSON call at all ({@code GET /}, {@code PUT /…}): AWS
     * JSON 1.1 services take {@code POST} only and name no operation for anything else.
     */
    public static ResponseDefinition notADmsCall(Request request) {
        String shown = request.getUrl().length() > 100 ? request.getUrl().substring(0, 100) + "…" : request.getUrl();
        return io.dmstestkit.wiremock.internal.stubs.WireResponses.error(
                        "UnknownOperationException",
                        "This is an AWS DMS endpoint (AWS JSON 1.1): it answers POST / with X-Amz-Target: "
                                + SimulatorStub.TARGET_PREFIX + "<Operation>, not " + request.getMethod() + " "
                                + shown)
                .withStatus(400)
                .withTransformers(SimulatorStub.TRANSFORMER_NAME)
                .build();
    }

    /** A response without the headers WireMock adds to name the stub that matched. */
    public static Response withoutWireMockHeaders(Response response) {
        List<HttpHeader> kept = response.getHeaders().all().stream()
                .filter(header -> !header.key().equalsIgnoreCase("Matched-Stub-Id")
                        && !header.key().equalsIgnoreCase("Matched-Stub-Name"))
                .toList();
        return Response.Builder.like(response)
                .but()
                .headers(new HttpHeaders(kept))
                .build();
    }

    private static ResponseDefinitionBuilder answer(DmsHttpResponse response) {
        List<HttpHeader> headers = response.headers().entrySet().stream()
                .map(header -> new HttpHeader(header.getKey(), header.getValue()))
                .toList();
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(response.status())
                .withHeaders(new HttpHeaders(headers))
                .withBody(response.body());
    }
}
