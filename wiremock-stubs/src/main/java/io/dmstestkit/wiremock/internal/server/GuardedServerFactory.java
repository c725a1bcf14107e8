package io.dmstestkit.wiremock.internal.server;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;

/** Builds {@link GuardedJettyServer}s: give it to {@code WireMockConfiguration.httpServerFactory}. */
public final class GuardedServerFactory implements HttpServerFactory {

    private final ServerAccess access;

    public GuardedServerFactory(ServerAccess access) {
        this.access = access;
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
        return GuardedJettyServer.build(options, adminRequestHandler, stubRequestHandler, access);
    }
}
