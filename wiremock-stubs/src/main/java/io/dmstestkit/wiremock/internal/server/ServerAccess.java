package io.dmstestkit.wiremock.internal.server;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may talk to the server. Host names: loopback names only, unless the server listens on a
 * non-loopback address or a name is allowed explicitly, so a web page cannot reach the server through
 * a DNS name rebound to 127.0.0.1. Web origins: none may drive the admin API but the server's own and
 * those allowed explicitly (then, and only then, CORS grants them access).
 *
 * @param anyHost whether every Host name is accepted (the server listens on a non-loopback address)
 * @param allowedHosts host names accepted besides the loopback ones, lower case
 * @param allowedOrigins web origins (e.g. {@code http://localhost:3000}) allowed to use the admin API,
 *     {@code *} for any
 */
public record ServerAccess(boolean anyHost, Set<String> allowedHosts, Set<String> allowedOrigins) {

    public ServerAccess {
        allowedHosts = allowedHosts.stream()
                .map(h -> h.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        allowedOrigins = Set.copyOf(allowedOrigins);
    }

    /** The access of a server listening on {@code bindAddress}: any host name when that is not loopback. */
    public static ServerAccess forBindAddress(
            String bindAddress, Set<String> allowedHosts, Set<String> allowedOrigins) {
        return new ServerAccess(!isLoopback(bindAddress), allowedHosts, allowedOrigins);
    }

    /** {@code 127.x.x.x} or {@code localhost}, with or without a port: the Host header of nearly every call. */
    private static final Pattern PLAIN_LOOPBACK_HOST =
            Pattern.compile("(?:127(?:\\.\\d{1,3}){3}|localhost)(?::\\d{1,5})?", Pattern.CASE_INSENSITIVE);

    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");

    /** Whether a request whose {@code Host} header is this (with or without port) may be answered. */
    public boolean hostAllowed(String hostHeader) {
        if (anyHost) {
            return true;
        }
        if (hostHeader != null && PLAIN_LOOPBACK_HOST.matcher(hostHeader).matches()) {
            return true; // runs on every request: no URI parsing for the common case
        }
        if (hostHeader == null || hostHeader.isBlank()) {
            return false; // HTTP/1.1 requires a Host; a request without one comes from no browser or SDK
        }
        String host = hostName(hostHeader);
        return isLoopback(host) || allowedHosts.contains(host);
    }

    /** Whether a request with this {@code Origin} header, sent to this host and port, may use the admin API. */
    public boolean originAllowed(String origin, String serverName, int serverPort) {
        if (allowedOrigins.contains("*") || allowedOrigins.contains(origin)) {
            return true;
        }
        // The server's own pages (WireMock's admin UI) are same-origin.
        try {
            URI uri = new URI(origin);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getHost() != null
                    && serverName != null
                    && hostName(uri.getHost()).equals(hostName(serverName))
                    && port == serverPort;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Whether a name or address is a loopback one: localhost, 127.0.0.0/8, ::1. */
    public static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.equals("localhost")
                || name.endsWith(".localhost")
                || LOOPBACK_V4.matcher(name).matches()
                || name.equals("::1")
                || name.equals("0:0:0:0:0:0:0:1");
    }

    /** The host name of a Host header: without its port, IPv6 literals without brackets. */
    static String hostName(String hostHeader) {
        String value = hostHeader.trim().toLowerCase(Locale.ROOT);
        try {
            String host = new URI("http://" + value).getHost();
            if (host != null) {
                return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            }
        } catch (java.net.URISyntaxException e) {
            // not a host[:port]: compare it as it is, which matches nothing allowed
        }
        return value;
    }
}
