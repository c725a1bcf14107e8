package io.dmstestkit.wiremock.internal.server;

import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.http.trafficlistener.DoNothingWiremockNetworkTrafficListener;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.jetty.io.NetworkTrafficListener;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.FilterMapping;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHandler;
import org.eclipse.jetty.servlets.CrossOriginFilter;

/**
 * WireMock's Jetty 11 server with four changes: a plain HTTP connector while nobody listens to the traffic,
 * the admin API grants no CORS access unless origins are allowed explicitly (WireMock allows every origin,
 * with credentials), every request passes a {@link RequestGuard} first, and DMS calls may then be answered by
 * a {@link DmsFastPath}: in front of WireMock's handlers ({@link FastPathHandler}), or behind the guard and
 * gzip as a filter.
 */
final class GuardedJettyServer extends Jetty11HttpServer {

    /** Set before the super constructor runs the decorate hooks: a constructor parameter would be too late. */
    private static final ThreadLocal<Building> BUILDING = new ThreadLocal<>();

    /** What the decorate hooks need; {@code fastPath} may be null. */
    private record Building(ServerAccess access, DmsFastPath fastPath) {}

    private GuardedJettyServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        super(options, admin, stubs);
    }

    static GuardedJettyServer build(
            Options options,
            AdminRequestHandler admin,
            StubRequestHandler stubs,
            ServerAccess access,
            DmsFastPath fastPath) {
        BUILDING.set(new Building(access, fastPath));
        try {
            return new GuardedJettyServer(options, admin, stubs);
        } finally {
            BUILDING.remove();
        }
    }

    /**
     * WireMock's HTTP connector as a plain {@link ServerConnector} when the traffic listener is WireMock's
     * do-nothing default: WireMock always builds a {@code NetworkTrafficServerConnector}, whose end points
     * report every read and write to the listener (a read-only buffer view and a socket look-up each time)
     * even when the listener ignores them. Same connection factories (HTTP/1.1 and h2c), acceptors,
     * selectors, host, port and timeouts.
     */
    @Override
    protected ServerConnector createHttpConnector(
            String bindAddress, int port, JettySettings settings, NetworkTrafficListener listener) {
        ServerConnector wireMocks = super.createHttpConnector(bindAddress, port, settings, listener);
        if (!(options.networkTrafficListener() instanceof DoNothingWiremockNetworkTrafficListener)) {
            return wireMocks;
        }
        ServerConnector plain = new ServerConnector(
                jettyServer,
                wireMocks.getExecutor(),
                wireMocks.getScheduler(),
                wireMocks.getByteBufferPool(),
                wireMocks.getAcceptors(),
                wireMocks.getSelectorManager().getSelectorCount(),
                wireMocks.getConnectionFactories().toArray(ConnectionFactory[]::new));
        plain.setHost(wireMocks.getHost());
        plain.setPort(wireMocks.getPort());
        plain.setAcceptQueueSize(wireMocks.getAcceptQueueSize());
        plain.setIdleTimeout(wireMocks.getIdleTimeout());
        plain.setShutdownIdleTimeout(wireMocks.getShutdownIdleTimeout());
        return plain;
    }

    /** WireMock's handlers, behind the fast path's handler when there is a fast path. */
    @Override
    protected Handler createHandler(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        Handler wireMock = super.createHandler(options, admin, stubs);
        Building building = BUILDING.get();
        if (building.fastPath() == null) {
            return wireMock;
        }
        FastPathHandler front = new FastPathHandler(building.fastPath(), building.access(), !options.getGzipDisabled());
        front.setHandler(wireMock);
        return front;
    }

    @Override
    protected void decorateAdminServiceContextAfterConfig(ServletContextHandler admin) {
        ServerAccess access = BUILDING.get().access();
        ServletHandler handler = admin.getServletHandler();
        removeFilter(handler, CrossOriginFilter.class);
        if (!access.allowedOrigins().isEmpty()) {
            FilterHolder cors = new FilterHolder(CrossOriginFilter.class);
            cors.setInitParameter(CrossOriginFilter.ALLOWED_ORIGINS_PARAM, String.join(",", access.allowedOrigins()));
            cors.setInitParameter(CrossOriginFilter.ALLOWED_METHODS_PARAM, "OPTIONS,GET,POST,PUT,PATCH,DELETE");
            cors.setInitParameter(CrossOriginFilter.ALLOWED_HEADERS_PARAM, "Content-Type,Authorization");
            cors.setInitParameter(CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false");
            prepend(handler, cors);
        }
        prepend(handler, new FilterHolder(new RequestGuard(access, true)));
    }

    @Override
    protected void decorateMockServiceContextAfterConfig(ServletContextHandler stubs) {
        Building building = BUILDING.get();
        // Prepended in reverse: the guard runs first, then the fast path, then WireMock.
        if (building.fastPath() != null) {
            prepend(stubs.getServletHandler(), new FilterHolder(building.fastPath()));
        }
        prepend(stubs.getServletHandler(), new FilterHolder(new RequestGuard(building.access(), false)));
    }

    private static void prepend(ServletHandler handler, FilterHolder filter) {
        filter.setName("dms-testkit-" + filter.getClassName() + "-" + System.identityHashCode(filter));
        FilterMapping mapping = new FilterMapping();
        mapping.setFilterName(filter.getName());
        mapping.setPathSpec("/*");
        mapping.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        handler.prependFilter(filter);
        handler.prependFilterMapping(mapping);
    }

    private static void removeFilter(ServletHandler handler, Class<?> type) {
        FilterHolder[] filters = handler.getFilters();
        if (filters == null) {
            return;
        }
        Set<String> removed = new java.util.HashSet<>();
        handler.setFilters(Arrays.stream(filters)
                .filter(holder -> {
                    boolean drop = type.getName().equals(holder.getClassName());
                    if (drop) {
                        removed.add(holder.getName());
                    }
                    return !drop;
                })
                .toArray(FilterHolder[]::new));
        FilterMapping[] mappings = handler.getFilterMappings();
        if (mappings != null) {
            handler.setFilterMappings(Arrays.stream(mappings)
                    .filter(mapping -> !removed.contains(mapping.getFilterName()))
                    .toArray(FilterMapping[]::new));
        }
    }
}
