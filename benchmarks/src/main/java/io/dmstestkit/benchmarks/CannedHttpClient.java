package io.dmstestkit.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;

/**
 * An {@link SdkHttpClient} that answers every call with a canned response per {@code X-Amz-Target}, no
 * socket and no simulator: what the AWS SDK alone costs (marshalling, signing, unmarshalling). The SDK
 * limit of {@link LifecycleBenchmark}; it reads the request body as any transport must.
 *
 * <pre>{@code
 * DatabaseMigrationClient dms = Clients.over(new CannedHttpClient(recording.lastAnswers()), Clients.ACCOUNT);
 * }</pre>
 */
final class CannedHttpClient implements SdkHttpClient {

    private final Map<String, Answer> answers;

    CannedHttpClient(Map<String, CannedResponse> answers) {
        this.answers = Map.copyOf(answers.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Answer.of(e.getValue()))));
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String target =
                request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        Answer answer = answers.get(target);
        if (answer == null) {
            throw new IllegalStateException("no canned answer for " + target);
        }
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                request.contentStreamProvider().ifPresent(body -> drain(body.newStream()));
                return HttpExecuteResponse.builder()
                        .response(answer.response)
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(answer.body)))
                        .build();
            }

            @Override
            public void abort() {}
        };
    }

    private static void drain(InputStream in) {
        try (in) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String clientName() {
        return "canned";
    }

    @Override
    public void close() {}

    /** The response head built once; only the body stream is new per call. */
    private record Answer(SdkHttpFullResponse response, byte[] body) {
        static Answer of(CannedResponse canned) {
            return new Answer(
                    SdkHttpFullResponse.builder()
                            .statusCode(canned.status())
                            .headers(canned.headers())
                            .build(),
                    canned.body());
        }
    }
}
