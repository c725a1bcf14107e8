package io.dmstestkit.wiremock.flavour;

import io.dmstestkit.simulator.DmsHttpRequest;
import io.dmstestkit.simulator.DmsHttpResponse;
import io.dmstestkit.simulator.DmsSimulator;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/**
 * The async twin of the simulator's in-process HTTP client, for tests: the async SDK client's request
 * body is collected, answered by {@link DmsSimulator#handle} and streamed back, with no socket. Everything
 * above the HTTP client (marshalling, signing, futures, waiters) is the real async SDK.
 */
final class InProcessAsyncHttpClient implements SdkAsyncHttpClient {

    private final DmsSimulator simulator;

    InProcessAsyncHttpClient(DmsSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
        return body(request).thenCompose(bytes -> {
            DmsHttpResponse response = simulator.handle(new DmsHttpRequest(
                    request.request().firstMatchingHeader("X-Amz-Target").orElse(null),
                    bytes,
                    request.request().headers()));
            SdkHttpResponse.Builder http = SdkHttpResponse.builder().statusCode(response.status());
            response.headers().forEach(http::putHeader);
            http.putHeader("Content-Length", String.valueOf(response.body().length));
            request.responseHandler().onHeaders(http.build());
            CompletableFuture<Void> streamed = new CompletableFuture<>();
            request.responseHandler()
                    .onStream(subscriber -> AsyncRequestBody.fromBytes(response.body())
                            .subscribe(new Forwarding(subscriber, streamed)));
            return streamed;
        });
    }

    private static CompletableFuture<byte[]> body(AsyncExecuteRequest request) {
        CompletableFuture<byte[]> body = new CompletableFuture<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        request.requestContentPublisher().subscribe(new Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer buffer) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                out.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable error) {
                body.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                body.complete(out.toByteArray());
            }
        });
        return body;
    }

    /** Passes the response body on and completes the call once the SDK has read all of it. */
    private record Forwarding(Subscriber<? super ByteBuffer> target, CompletableFuture<Void> done)
            implements Subscriber<ByteBuffer> {

        @Override
        public void onSubscribe(Subscription subscription) {
            target.onSubscribe(subscription);
        }

        @Override
        public void onNext(ByteBuffer buffer) {
            target.onNext(buffer);
        }

        @Override
        public void onError(Throwable error) {
            target.onError(error);
            done.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            target.onComplete();
            done.complete(null);
        }
    }

    @Override
    public String clientName() {
        return "dms-testkit-in-process-async";
    }

    @Override
    public void close() {
        // No sockets, no threads.
    }
}
