/** The JUnit Jupiter side of the extension: where sessions live in the store, and what is injected. Not API. */
package io.dmstestkit.junit.internal.jupiter;
