/**
 * The DMS simulator over HTTP, and DMS stubs for WireMock.
 *
 * <ul>
 *   <li>{@link io.dmstestkit.wiremock.DmsWireMockExtension} plugs the simulator, and its admin API under
 *       {@code /__admin/dms/}, into a WireMock server of yours; {@link io.dmstestkit.wiremock.DmsServer}
 *       starts one for you; {@link io.dmstestkit.wiremock.ServerCommand} is the standalone
 *       {@code dms-testkit-server}.
 *   <li>{@link io.dmstestkit.wiremock.DmsAdminClient} drives the admin API of a remote server: reset, clock,
 *       service and transport faults, journal, resources, source tables, state faults (incidents), CDC latency.
 *   <li>{@link io.dmstestkit.wiremock.DmsTransportFaults} arms {@link io.dmstestkit.wiremock.TransportFault}s
 *       (connection resets, empty responses, delays) with WireMock's own machinery.
 *   <li>{@link io.dmstestkit.wiremock.DmsStubs} and {@link io.dmstestkit.wiremock.DmsResponses} are the static
 *       stub library, for canned answers without a simulator; ready JSON mappings for a stock WireMock are
 *       in the jar under {@code dms-stubs/}.
 * </ul>
 */
package io.dmstestkit.wiremock;
