package io.dmstestkit.wiremock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

/** Plain HTTP calls to the DMS admin API, as curl would make them. */
final class AdminHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpTestClients.rawClient();
    private final URI endpoint;

    AdminHttp(URI endpoint) {
        this.endpoint = endpoint;
    }

    Answer get(String path) {
        return call("GET", path, (String) null);
    }

    Answer post(String path, String json) {
        return call("POST", path, json);
    }

    Answer delete(String path) {
        return call("DELETE", path, (String) null);
    }

    Answer call(String method, String path, String body) {
        return answer(HttpTestClients.adminCall(http, endpoint, method, "/__admin/dms" + path, body));
    }

    Answer call(String method, String path, byte[] body) {
        return answer(HttpTestClients.adminCall(http, endpoint, method, "/__admin/dms" + path, body));
    }

    private static Answer answer(HttpResponse<String> response) {
        return new Answer(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("Content-Type").orElse(""));
    }

    /** One answer: status, body, and the body as JSON. */
    record Answer(int status, String body, String contentType) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String error() {
            return json().path("error").asText();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
