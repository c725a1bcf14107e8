/**
 * The admin API's JSON: strict reading with messages that name the field, and the records both the server
 * and {@code DmsAdminClient} use, so the two ends cannot drift apart.
 */
package io.dmstestkit.wiremock.internal.json;
