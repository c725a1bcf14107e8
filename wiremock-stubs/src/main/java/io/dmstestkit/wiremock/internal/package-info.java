/**
 * Implementation of the HTTP side: translation between WireMock and the simulator, the stub mapping
 * that routes DMS calls, and the standalone server's plumbing. Not API: anything here may change in any
 * release.
 */
package io.dmstestkit.wiremock.internal;
