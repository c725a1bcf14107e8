package io.dmstestkit.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.wiremock.DmsServer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The kinds of server the HTTP benchmarks compare, configured alike: loopback, a free port, one Jetty
 * acceptor (as {@link DmsServer} sets); the WireMock ones with no mapping files and WireMock's request
 * journal off.
 *
 * <p>Why the journal is off in both: by default WireMock keeps every request, which over a run of millions
 * of calls measures the garbage collector; with a bound, WireMock 3.13.2 counts the whole journal on every
 * request ({@code AbstractRequestJournal.removeOldEntries}), which measures WireMock. Neither says anything
 * about the simulator, which keeps its own journal (and pays for it in these figures).
 */
final class Servers {

    private Servers() {}

    /** A {@link DmsServer} answering with {@code simulator}. */
    static DmsServer dmsServer(DmsSimulator simulator) {
        return DmsServer.builder()
                .port(0)
                .simulator(simulator)
                .wireMockOptions(WireMockConfiguration::disableRequestJournal)
                .start();
    }

    /**
     * A {@link DmsServer} as {@code DmsServer.builder().start()} gives it, answering with {@code simulator}:
     * WireMock's request journal on (unbounded, as WireMock's default), so each DMS call leaves an entry
     * there too. Reset the journal now and then ({@code wireMock().resetRequests()}), as tests do between
     * them, or a long run measures the garbage collector walking millions of retained entries.
     */
    static DmsServer defaultDmsServer(DmsSimulator simulator) {
        return DmsServer.builder().port(0).simulator(simulator).start();
    }

    /**
     * A plain WireMock server with one static stub per {@code X-Amz-Target}, answering the canned response
     * byte for byte: the floor no HTTP-level fake can go below.
     */
    static WireMockServer staticStubs(Map<String, CannedResponse> answers) {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .jettyAcceptors(1)
                .mappingSource(new NoMappingFiles())
                .disableRequestJournal());
        server.start();
        answers.forEach((target, answer) -> server.stubFor(post(urlPathEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(target))
                .willReturn(response(answer))));
        return server;
    }

    /**
     * A bare Jetty server (the Jetty WireMock runs on, no servlets, no WireMock) that reads each request's
     * body and writes the canned answer for its {@code X-Amz-Target}: the floor no Jetty-based server can go
     * below, the HTTP limit. Close it with {@code stop()}.
     */
    static Server bareJetty(Map<String, CannedResponse> answers) {
        Map<String, CannedResponse> byTarget = Map.copyOf(answers);
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("bare-jetty");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server, 1, -1);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(String path, Request base, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                request.getInputStream().transferTo(OutputStream.nullOutputStream());
                CannedResponse answer = byTarget.get(request.getHeader("X-Amz-Target"));
                if (answer == null) {
                    response.sendError(404);
                } else {
                    response.setStatus(answer.status());
                    answer.headers().forEach((name, values) -> {
                        if (!name.equalsIgnoreCase("Content-Length")) {
                            values.forEach(value -> response.addHeader(name, value));
                        }
                    });
                    byte[] body = answer.body();
                    response.setContentLength(body.length);
                    response.getOutputStream().write(body);
                }
                base.setHandled(true);
            }
        });
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the bare Jetty server did not start", e);
        }
        return server;
    }

    /** Where a {@link #bareJetty} server listens. */
    static URI uri(Server server) {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort());
    }

    private static ResponseDefinitionBuilder response(CannedResponse answer) {
        ResponseDefinitionBuilder response =
                aResponse().withStatus(answer.status()).withBody(answer.body());
        answer.headers().forEach((name, values) -> {
            // Jetty writes the length of the body it sends.
            if (!name.equalsIgnoreCase("Content-Length")) {
                response.withHeader(name, values.toArray(String[]::new));
            }
        });
        return response;
    }

    /** Reads and writes no stub files: WireMock's default would read src/test/resources/mappings. */
    private static final class NoMappingFiles implements MappingsSource {
        @Override
        public void loadMappingsInto(StubMappings stubMappings) {}

        @Override
        public void save(List<StubMapping> stubMappings) {}

        @Override
        public void save(StubMapping stubMapping) {}

        @Override
        @SuppressWarnings("removal")
        public void remove(StubMapping stubMapping) {}

        @Override
        public void removeAll() {}
    }
}
