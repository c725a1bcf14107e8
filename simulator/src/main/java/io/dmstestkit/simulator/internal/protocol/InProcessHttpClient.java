package io.dmstestkit.simulator.internal.protocol;

import io.dmstestkit.simulator.DmsHttpRequest;
import io.dmstestkit.simulator.DmsHttpResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An {@link SdkHttpClient} with no socket: the SDK's signed request goes straight into the simulator's
 * protocol entry point and the answer comes back as the HTTP response would. Everything above the HTTP
 * client (marshalling, signing, retries, error mapping) is the real SDK.
 */
public final class InProcessHttpClient implements SdkHttpClient {

    private final Function<DmsHttpRequest, DmsHttpResponse> handler;

    public InProcessHttpClient(Function<DmsHttpRequest, DmsHttpResponse> handler) {
        this.handler = handler;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                byte[] body = request.contentStreamProvider()
                        .map(InProcessHttpClient::readAll)
                        .orElse(new byte[0]);
                String target = request.httpRequest()
                        .firstMatchingHeader("X-Amz-Target")
                        .orElse(null);
                DmsHttpResponse response = handler.apply(
                        new DmsHttpRequest(target, body, request.httpRequest().headers()));
                SdkHttpResponse.Builder http = SdkHttpResponse.builder().statusCode(response.status());
                response.headers().forEach(http::putHeader);
                http.putHeader("Content-Length", String.valueOf(response.body().length));
                return HttpExecuteResponse.builder()
                        .response(http.build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(response.body())))
                        .build();
            }

            @Override
            public void abort() {
                // The call runs synchronously on the caller's thread; there is nothing to abort.
            }
        };
    }

    private static byte[] readAll(software.amazon.awssdk.http.ContentStreamProvider provider) {
        try (InputStream in = provider.newStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String clientName() {
        return "dms-testkit-in-process";
    }

    @Override
    public void close() {
        // Nothing to release: no sockets, no threads.
    }
}
