package io.dmstestkit.wiremock.internal.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Refuses, before WireMock sees them, requests from a host name the server does not answer to (DNS
 * rebinding) and, on the admin API, requests that a web page of another origin sends (CSRF): a browser
 * names the page's origin in {@code Origin}; curl, the SDKs and {@code DmsAdminClient} send none.
 */
final class RequestGuard implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerAccess access;
    private final boolean admin;

    RequestGuard(ServerAccess access, boolean admin) {
        this.access = access;
        this.admin = admin;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        // The server name is the Host header in HTTP/1.1 and the :authority of HTTP/2 (which has no Host).
        String host = request.getServerName();
        if (!access.hostAllowed(host)) {
            refuse(
                    response,
                    "requests for host '" + shorten(host) + "' are refused: this server answers loopback"
                            + " names only (DNS rebinding guard); allow a name with --allow-host NAME");
            return;
        }
        String origin = request.getHeader("Origin");
        if (admin && origin != null && !access.originAllowed(origin, host, request.getServerPort())) {
            refuse(
                    response,
                    "admin requests from web origin '" + shorten(origin) + "' are refused (CSRF guard);"
                            + " allow an origin with --allow-origin ORIGIN");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, String message) throws IOException {
        Map<String, String> body =
                admin ? Map.of("error", message) : Map.of("__type", "AccessDeniedException", "message", message);
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setStatus(403);
        response.setContentType(admin ? "application/json" : "application/x-amz-json-1.1");
        if (!admin) {
            response.setHeader("x-amzn-ErrorType", "AccessDeniedException");
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String shorten(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }
}
