package io.dmstestkit.wiremock.internal.server;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;

/** Builds {@link GuardedJettyServer}s: give it to {@code WireMockConfiguration.httpServerFactory}. */
public final class GuardedServerFactory implements HttpServerFactory {

    private final ServerAccess access;
    private final DmsFastPath fastPath;

    public GuardedServerFactory(ServerAccess access) {
        this(access, null);
    }

    /** With {@code fastPath} (may be null) answering DMS calls behind the guard, in front of WireMock. */
    public GuardedServerFactory(ServerAccess access, DmsFastPath fastPath) {
        this.access = access;
        this.fastPath = fastPath;
    }

    @Override
    public String getName() {
        return "dms-testkit-guarded-jetty";
    }

    @Override
    public HttpServer buildHttpServer(
            Options options,
            AdminRequestHandler adminRequestHandler,
            com.github.tomakehurst.wiremock.http.StubRequestHandler stubRequestHandler) {
        return GuardedJettyServer.build(options, adminRequestHandler, stubRequestHandler, access, fastPath);
    }
}
