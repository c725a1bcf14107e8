package io.dmstestkit.wiremock.internal.server;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * The {@link DmsFastPath} in front of WireMock's Jetty handlers: a DMS call it may answer skips WireMock's
 * handler collection, servlet context, gzip handler and filter chain (about a quarter of Jetty's time per
 * call), after the same host check the {@link RequestGuard} makes. A request for a host the server does not
 * answer, or one that accepts a gzip answer while WireMock would gzip it, goes on to WireMock's handlers,
 * where the guard and the fast-path filter behind gzip see it as before.
 */
final class FastPathHandler extends HandlerWrapper {

    private final DmsFastPath fastPath;
    private final ServerAccess access;
    private final boolean gzipEnabled;

    FastPathHandler(DmsFastPath fastPath, ServerAccess access, boolean gzipEnabled) {
        this.fastPath = fastPath;
        this.access = access;
        this.gzipEnabled = gzipEnabled;
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!base.isHandled()
                && access.hostAllowed(request.getServerName())
                && !(gzipEnabled && acceptsGzip(request))
                && fastPath.answer(request, response)) {
            base.setHandled(true);
            return;
        }
        super.handle(target, base, request, response);
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && accepted.toLowerCase(java.util.Locale.ROOT).contains("gzip");
    }
}
