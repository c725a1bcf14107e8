package io.dmstestkit.wiremock.internal.server;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.extension.ExtensionDeclarations;
import com.github.tomakehurst.wiremock.global.GlobalSettings;
import com.github.tomakehurst.wiremock.store.StubMappingStore;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.dmstestkit.simulator.DmsHttpRequest;
import io.dmstestkit.simulator.DmsHttpResponse;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.wiremock.DmsWireMockExtension;
import io.dmstestkit.wiremock.internal.SimulatorStub;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Request;

/**
 * Answers DMS calls straight from the simulator, in front of WireMock's request handling, whenever WireMock
 * would have handed them to the simulator anyway: its stubs are the DMS mapping as the extension made it
 * (and the fallback), with no global delay, and nothing else could see the call (no extension but the
 * simulator's, no request listener; WireMock's request journal either off or a {@link FastPathJournal},
 * which records the call as a lightweight entry that becomes a serve event when the journal is read).
 * Anything else, and every call while a user stub or a transport fault exists, goes through WireMock as
 * before. The answer is the simulator's, byte for byte, so faults, the simulator's call journal and the
 * admin API behave the same; only WireMock's matching, serve event and response rendering (about half of a
 * DMS call's server time) are skipped.
 *
 * <p>Why a per-call check rather than a switch: stubs come and go at run time ({@code stubFor}, the admin
 * API, transport faults), and the check costs a look at a short list.
 */
public final class DmsFastPath implements Filter {

    /** The extensions {@code DmsServer} registers itself: the simulator and the fallback mapping. */
    private static final Set<String> OWN_EXTENSIONS = Set.of(SimulatorStub.TRANSFORMER_NAME, "dms-not-a-dms-call");

    private final DmsSimulator simulator;
    private final StubMapping reference =
            SimulatorStub.create(SimulatorStub.TRANSFORMER_NAME, DmsWireMockExtension.STUB_PRIORITY);
    private volatile WireMockServer server;
    /**
     * The store WireMock matches against: read directly, as {@code WireMockServer.getStubMappings()} copies
     * it twice (a list, then a page of it) on every call.
     */
    private volatile StubMappingStore stubs;
    /** Where fast-path calls go in WireMock's journal; null when WireMock's journal is off. */
    private volatile FastPathJournal journal;
    /** The last DMS mapping instance found equal to the reference: WireMock replaces the instance on edits. */
    private volatile StubMapping verified;

    private final LongAdder answered = new LongAdder();

    public DmsFastPath(DmsSimulator simulator) {
        this.simulator = simulator;
    }

    /**
     * Turns the fast path on for a started server whose options leave nothing else to see DMS calls; a
     * server with other options keeps WireMock's path for every call.
     */
    public void serve(WireMockServer started, Options options) {
        if (eligible(options)) {
            this.journal = options.requestJournalDisabled() ? null : ((FastPathStores) options.getStores()).journal();
            this.stubs = options.getStores().getStubStore();
            this.server = started;
        }
    }

    /**
     * Sends every later call through WireMock: for a request listener added to the server, which must see
     * every call as WireMock hands it over.
     */
    public void stop() {
        this.server = null;
    }

    /** How many calls the fast path answered: for tests that prove which path a call took. */
    public long answered() {
        return answered.sum();
    }

    static boolean eligible(Options options) {
        ExtensionDeclarations extensions = options.getDeclaredExtensions();
        return (options.requestJournalDisabled() || options.getStores() instanceof FastPathStores)
                && !options.browserProxyingEnabled()
                && !options.getStubCorsEnabled()
                && !options.getResponseTemplatingGlobal()
                && !options.isExtensionScanningEnabled()
                && extensions.getClassNames().isEmpty()
                && extensions.getClasses().isEmpty()
                && extensions.getFactories().isEmpty()
                && extensions.getFactoryClasses().isEmpty()
                && OWN_EXTENSIONS.containsAll(extensions.getInstances().keySet());
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        if (!answer((HttpServletRequest) servletRequest, (HttpServletResponse) servletResponse)) {
            chain.doFilter(servletRequest, servletResponse);
        }
    }

    /**
     * Answers the request from the simulator when WireMock would hand it to the simulator anyway; false,
     * having read and written nothing, otherwise.
     */
    boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = dmsTarget(request);
        if (target == null || !wireMockWouldAskTheSimulator()) {
            return false;
        }
        Request base = Request.getBaseRequest(request);
        DmsHttpRequest call = new DmsHttpRequest(target, body(request), headers(base));
        DmsHttpResponse answer = simulator.handle(call);
        answered.increment();
        FastPathJournal recording = journal;
        if (recording != null) {
            // Before the answer leaves: a client that verifies right after its call must find it.
            recording.record(new FastPathJournal.Pending(
                    FastPathJournal.newId(),
                    base.getTimeStamp(),
                    request.getRequestURL().toString(),
                    request.getRemoteAddr(),
                    request.getProtocol(),
                    call.headers(),
                    call.body(),
                    answer,
                    verified));
        }
        response.setStatus(answer.status());
        answer.headers().forEach(response::addHeader);
        byte[] body = answer.body();
        // Known length, one write: Jetty sends headers and body together and completes the response.
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return true;
    }

    /** The body as sent, read into an array of its declared length when it has one. */
    private static byte[] body(HttpServletRequest request) throws IOException {
        int length = request.getContentLength();
        if (length < 0) {
            return request.getInputStream().readAllBytes();
        }
        byte[] body = new byte[length];
        int read = request.getInputStream().readNBytes(body, 0, length);
        if (read < length) {
            throw new EOFException("the request ended after " + read + " of " + length + " bytes");
        }
        return body;
    }

    /** The target of a call the DMS mapping matches (POST /, one DMS target, a body as sent), else null. */
    private String dmsTarget(HttpServletRequest request) {
        if (server == null
                || !"POST".equals(request.getMethod())
                || !"/".equals(request.getRequestURI())
                || request.getHeader("Content-Encoding") != null) {
            return null;
        }
        Enumeration<String> targets = request.getHeaders(SimulatorStub.TARGET_HEADER);
        if (!targets.hasMoreElements()) {
            return null;
        }
        String target = targets.nextElement();
        boolean dms = target.startsWith(SimulatorStub.TARGET_PREFIX) && target.indexOf('\n') < 0;
        return dms && !targets.hasMoreElements() ? target : null;
    }

    private boolean wireMockWouldAskTheSimulator() {
        GlobalSettings settings = server.getGlobalSettings().getSettings();
        if (settings.getFixedDelay() != null || settings.getDelayDistribution() != null) {
            return false;
        }
        boolean found = false;
        for (Iterator<StubMapping> all = stubs.getAll().iterator(); all.hasNext(); ) {
            StubMapping mapping = all.next();
            if (SimulatorStub.ID.equals(mapping.getId())) {
                found = isTheExtensionsOwn(mapping);
            } else if (!SimulatorStub.FALLBACK_ID.equals(mapping.getId())) {
                return false;
            }
        }
        return found;
    }

    private boolean isTheExtensionsOwn(StubMapping mapping) {
        if (mapping == verified) {
            return true;
        }
        boolean same = reference.getRequest().equals(mapping.getRequest())
                && reference.getResponse().equals(mapping.getResponse())
                && reference.getPriority().equals(mapping.getPriority())
                && mapping.getScenarioName() == null
                && isEmpty(mapping.getPostServeActions())
                && isEmpty(mapping.getServeEventListeners());
        if (same) {
            verified = mapping;
        }
        return same;
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    /** Every header with all its values, names merged case-insensitively: one pass over Jetty's fields. */
    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (HttpField field : request.getHttpFields()) {
            String value = field.getValue();
            headers.merge(field.getName(), List.of(value == null ? "" : value), DmsFastPath::concat);
        }
        return headers;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first.size() + second.size());
        both.addAll(first);
        both.addAll(second);
        return both;
    }

    @Override
    public String toString() {
        return "DmsFastPath[" + (server == null ? "off" : "on") + "]";
    }
}
