package io.dmstestkit.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * An {@link SdkHttpClient} that passes every call on and keeps the last answer per {@code X-Amz-Target}:
 * how {@link LifecycleRecording} captures real simulator answers for the static stubs.
 */
final class RecordingHttpClient implements SdkHttpClient {

    private final SdkHttpClient delegate;
    private final Map<String, CannedResponse> lastAnswers = new LinkedHashMap<>();

    RecordingHttpClient(SdkHttpClient delegate) {
        this.delegate = delegate;
    }

    /** The last answer per target, in the order the targets were first called. */
    Map<String, CannedResponse> lastAnswers() {
        return Map.copyOf(lastAnswers);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        ExecutableHttpRequest call = delegate.prepareRequest(request);
        String target =
                request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                HttpExecuteResponse response = call.call();
                byte[] body = response.responseBody().isPresent()
                        ? readAll(response.responseBody().get())
                        : new byte[0];
                lastAnswers.put(
                        target,
                        new CannedResponse(
                                response.httpResponse().statusCode(),
                                response.httpResponse().headers(),
                                body));
                return HttpExecuteResponse.builder()
                        .response(response.httpResponse())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {
                call.abort();
            }
        };
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Override
    public String clientName() {
        return "recording-" + delegate.clientName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
