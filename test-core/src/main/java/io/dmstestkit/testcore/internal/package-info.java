/**
 * Framework-neutral implementation of the core: clients, closing, system properties, static stubs and the
 * scenario target of a session. Not API; no JUnit types.
 */
package io.dmstestkit.testcore.internal;
