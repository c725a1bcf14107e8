package io.dmstestkit.simulator.internal.protocol;

import io.dmstestkit.simulator.DmsHttpRequest;
import io.dmstestkit.simulator.DmsHttpResponse;
import io.dmstestkit.simulator.InProcessTransportFault;
import io.dmstestkit.simulator.InProcessTransportFaults;
import io.dmstestkit.simulator.SimulatedClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.SocketException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An {@link SdkHttpClient} with no socket: the SDK's signed request goes straight into the simulator's
 * protocol entry point and the answer comes back as the HTTP response would. Everything above the HTTP
 * client (marshalling, signing, retries, error mapping) is the real SDK. Armed {@link InProcessTransportFaults}
 * break the call the way a socket would break it, in virtual time.
 */
public final class InProcessHttpClient implements SdkHttpClient {

    private static final String TARGET_PREFIX = "AmazonDMSv20160101.";

    private final Function<DmsHttpRequest, DmsHttpResponse> handler;
    private final InProcessTransportFaults faults;
    private final SimulatedClock clock;
    private final Optional<Duration> attemptTimeout;

    /** A client with no transport faults. */
    public InProcessHttpClient(Function<DmsHttpRequest, DmsHttpResponse> handler) {
        this(handler, null, null, Optional.empty());
    }

    /**
     * @param faults the transport faults to apply
     * @param clock the clock delays move forward
     * @param attemptTimeout the SDK client's attempt timeout: a longer delay fails the attempt
     */
    public InProcessHttpClient(
            Function<DmsHttpRequest, DmsHttpResponse> handler,
            InProcessTransportFaults faults,
            SimulatedClock clock,
            Optional<Duration> attemptTimeout) {
        this.handler = handler;
        this.faults = faults;
        this.clock = clock;
        this.attemptTimeout = attemptTimeout;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                byte[] body = request.contentStreamProvider()
                        .map(provider -> readAll(provider, contentLength(request)))
                        .orElse(new byte[0]);
                String target = request.httpRequest()
                        .firstMatchingHeader("X-Amz-Target")
                        .orElse(null);
                DmsHttpRequest call =
                        new DmsHttpRequest(target, body, request.httpRequest().headers());
                Optional<InProcessTransportFault> fault = faults == null
                        ? Optional.empty()
                        : faults.strike(target == null ? "" : target.replace(TARGET_PREFIX, ""), call);
                if (fault.isPresent()) {
                    return broken(fault.get(), call);
                }
                return answer(handler.apply(call));
            }

            @Override
            public void abort() {
                // The call runs synchronously on the caller's thread; there is nothing to abort.
            }
        };
    }

    /** What the SDK sees when {@code fault} strikes {@code call}: what a socket client would give it. */
    private HttpExecuteResponse broken(InProcessTransportFault fault, DmsHttpRequest call) throws IOException {
        switch (fault.kind()) {
            case CONNECTION_RESET -> throw new SocketException("Connection reset");
            case EMPTY_RESPONSE -> throw new IOException("The target server failed to respond");
            case MALFORMED_RESPONSE -> {
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder()
                                .statusCode(200)
                                .putHeader("Content-Type", "application/x-amz-json-1.1")
                                .build())
                        .responseBody(AbortableInputStream.create(new BrokenBody()))
                        .build();
            }
            default -> {
                // The simulator answers (the call takes effect), but the answer comes late.
                DmsHttpResponse response = handler.apply(call);
                if (attemptTimeout.isPresent() && fault.delay().compareTo(attemptTimeout.get()) > 0) {
                    clock.advance(attemptTimeout.get());
                    // What the SDK's own attempt timer throws; it counts wall time, so it cannot fire here.
                    throw ApiCallAttemptTimeoutException.create(
                            attemptTimeout.get().toMillis());
                }
                clock.advance(fault.delay());
                return answer(response);
            }
        }
    }

    private static HttpExecuteResponse answer(DmsHttpResponse response) {
        SdkHttpResponse.Builder http = SdkHttpResponse.builder().statusCode(response.status());
        response.headers().forEach(http::putHeader);
        http.putHeader("Content-Length", String.valueOf(response.body().length));
        return HttpExecuteResponse.builder()
                .response(http.build())
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(response.body())))
                .build();
    }

    /** A body that starts like JSON, then breaks off as a dropped connection would. */
    private static final class BrokenBody extends InputStream {
        private final InputStream start =
                new ByteArrayInputStream("{\"Repl".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        @Override
        public int read() throws IOException {
            int b = start.read();
            if (b < 0) {
                throw new IOException("Premature end of chunk coded message body: closing chunk expected");
            }
            return b;
        }
    }

    /** The declared body length (the SDK always sets it for DMS calls), or -1. */
    private static int contentLength(HttpExecuteRequest request) {
        String declared =
                request.httpRequest().firstMatchingHeader("Content-Length").orElse(null);
        if (declared == null) {
            return -1;
        }
        try {
            long length = Long.parseLong(declared.trim());
            return length >= 0 && length < Integer.MAX_VALUE - 8 ? (int) length : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The body in one array sized from {@code Content-Length} when it is declared (no buffer growth and
     * no final copy); a body longer or shorter than declared is read in full all the same.
     */
    private static byte[] readAll(software.amazon.awssdk.http.ContentStreamProvider provider, int declaredLength) {
        try (InputStream in = provider.newStream()) {
            if (declaredLength < 0) {
                return in.readAllBytes();
            }
            byte[] body = new byte[declaredLength];
            int read = in.readNBytes(body, 0, declaredLength);
            if (read < declaredLength) {
                return java.util.Arrays.copyOf(body, read);
            }
            int next = in.read();
            if (next < 0) {
                return body;
            }
            byte[] rest = in.readAllBytes();
            byte[] all = java.util.Arrays.copyOf(body, declaredLength + 1 + rest.length);
            all[declaredLength] = (byte) next;
            System.arraycopy(rest, 0, all, declaredLength + 1, rest.length);
            return all;
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
