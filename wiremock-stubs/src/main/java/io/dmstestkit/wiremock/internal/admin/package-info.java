/**
 * Implementation of the DMS admin API: one WireMock admin task per route under {@code /__admin/dms/},
 * each answering JSON and turning every problem into a JSON error instead of WireMock's bare 500.
 */
package io.dmstestkit.wiremock.internal.admin;
