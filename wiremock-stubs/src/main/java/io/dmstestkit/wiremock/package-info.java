/**
 * The DMS simulator over HTTP: {@link io.dmstestkit.wiremock.DmsWireMockExtension} plugs it into a
 * WireMock server of yours, {@link io.dmstestkit.wiremock.DmsServer} starts one for you, and
 * {@link io.dmstestkit.wiremock.ServerCommand} is the standalone {@code dms-testkit-server}.
 */
package io.dmstestkit.wiremock;
