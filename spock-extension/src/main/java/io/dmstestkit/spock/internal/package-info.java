/**
 * The Spock side of {@code @DmsScenario}: the annotation-driven extension, its interceptors, and where
 * sessions live in Spock's stores. Not API.
 */
package io.dmstestkit.spock.internal;
