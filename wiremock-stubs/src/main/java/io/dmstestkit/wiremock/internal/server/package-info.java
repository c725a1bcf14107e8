/**
 * The HTTP server under {@code DmsServer} and the standalone server: WireMock's Jetty server with the
 * admin API closed to other web origins and to foreign host names (DNS rebinding), and the fast path that
 * answers DMS calls in front of WireMock (with WireMock's request journal store that records them). Not
 * API: anything here may change in any release.
 */
package io.dmstestkit.wiremock.internal.server;
