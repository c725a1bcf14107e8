/**
 * The framework-neutral core the JUnit and Spock extensions share: {@link io.dmstestkit.testcore.DmsTestSettings}
 * says what a test wants, {@link io.dmstestkit.testcore.DmsTestSession} opens it (simulator, server when
 * needed, SDK clients in an account of its own, scenario files) and closes it again. No JUnit or Spock type
 * appears here; an ArchUnit test keeps it that way.
 *
 * <pre>{@code
 * try (DmsTestSession session = DmsTestSession.open(DmsTestSettings.builder().transport(Transport.HTTP).build())) {
 *     session.client().describeReplicationConfigs(r -> {});
 * }
 * }</pre>
 */
package io.dmstestkit.testcore;
