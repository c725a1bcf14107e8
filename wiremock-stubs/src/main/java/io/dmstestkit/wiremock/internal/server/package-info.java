/**
 * The HTTP server under {@code DmsServer} and the standalone server: WireMock's Jetty server with the
 * admin API closed to other web origins and to foreign host names (DNS rebinding). Not API: anything
 * here may change in any release.
 */
package io.dmstestkit.wiremock.internal.server;
