/**
 * Implementation of the static stub library: the SDK model objects as wire JSON, AWS responses and
 * errors, and ordered answers through WireMock scenarios.
 */
package io.dmstestkit.wiremock.internal.stubs;
