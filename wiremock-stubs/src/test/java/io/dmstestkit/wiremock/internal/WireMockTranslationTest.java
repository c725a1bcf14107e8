package io.dmstestkit.wiremock.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.dmstestkit.simulator.DmsHttpRequest;
import io.dmstestkit.simulator.DmsHttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireMockTranslationTest {

    @Test
    void should_pass_every_header_value_and_the_raw_body_to_the_simulator() {
        byte[] body = "{\"Filters\":[]}".getBytes(StandardCharsets.UTF_8);
        ImmutableRequest request = ImmutableRequest.create()
                .withAbsoluteUrl("http://localhost:8080/")
                .withMethod(RequestMethod.POST)
                .withHeader("X-Amz-Target", "AmazonDMSv20160101.DescribeEndpoints")
                .withHeader(
                        "Authorization", "AWS4-HMAC-SHA256 Credential=123456789012/20260101/eu-west-1/dms/aws4_request")
                .withHeader("X-Multi", List.of("one", "two"))
                .withBody(body)
                .build();

        DmsHttpRequest call = WireMockTranslation.toDmsRequest(request);

        assertThat(call.target()).isEqualTo("AmazonDMSv20160101.DescribeEndpoints");
        assertThat(call.body()).isEqualTo(body);
        assertThat(call.headers().get("x-multi")).containsExactly("one", "two");
        assertThat(call.header("authorization"))
                .hasValueSatisfying(value -> assertThat(value).contains("eu-west-1"));
    }

    @Test
    void should_answer_with_the_simulators_status_headers_and_bytes() {
        byte[] body = {'{', '}', (byte) 0xC3, (byte) 0xA9};
        DmsHttpResponse response = new DmsHttpResponse(
                400,
                Map.of("Content-Type", "application/x-amz-json-1.1", "x-amzn-ErrorType", "ValidationException"),
                body);

        ResponseDefinition definition = WireMockTranslation.toResponseDefinition(response);

        assertThat(definition.getStatus()).isEqualTo(400);
        assertThat(definition.getByteBody()).isEqualTo(body);
        assertThat(definition.getHeaders().all())
                .extracting(HttpHeader::key, HttpHeader::firstValue)
                .containsExactlyInAnyOrder(
                        tuple("Content-Type", "application/x-amz-json-1.1"),
                        tuple("x-amzn-ErrorType", "ValidationException"));
        assertThat(definition.getTransformers()).isNullOrEmpty();
    }

    @Test
    void should_keep_the_delays_of_the_stub_that_named_the_simulator() {
        DmsHttpResponse response = new DmsHttpResponse(200, Map.of(), new byte[0]);
        ResponseDefinition stub = ResponseDefinition.ok();

        ResponseDefinition delayed = WireMockTranslation.toResponseDefinition(
                response,
                ResponseDefinitionBuilder.responseDefinition()
                        .withFixedDelay(250)
                        .withUniformRandomDelay(1, 5)
                        .withChunkedDribbleDelay(3, 90)
                        .build());

        assertThat(delayed.getFixedDelayMilliseconds()).isEqualTo(250);
        assertThat(delayed.getDelayDistribution()).isNotNull();
        assertThat(delayed.getChunkedDribbleDelay().getNumberOfChunks()).isEqualTo(3);
        assertThat(WireMockTranslation.toResponseDefinition(response, stub).getFixedDelayMilliseconds())
                .isNull();
    }
}
