/**
 * dms-testkit for JUnit 5: {@link io.dmstestkit.junit.DmsScenario} (or a registered
 * {@link io.dmstestkit.junit.DmsExtension}) gives a test a simulated DMS and injects its clients;
 * {@link io.dmstestkit.junit.DmsAssertions} holds AssertJ assertions for replications, data migrations,
 * table statistics, the journal and scenario results; {@link io.dmstestkit.junit.DmsAwait} waits for
 * replications and data migrations, moving virtual time instead of sleeping.
 *
 * <pre>{@code
 * @DmsScenario(files = "scenarios/orders-running.dms.yaml")
 * class CutoverTest {
 *     @Test
 *     void stops(DatabaseMigrationClient dms, DmsTestSession session) {
 *         new MigrationOrchestrator(dms).stop(session.replication("orders").orElseThrow().replicationConfigArn());
 *         assertThat(awaitReplication(session, "orders").until(status("stopped"))).hasStopReason("NORMAL");
 *     }
 * }
 * }</pre>
 *
 * <p>Only {@code DmsScenario}, {@code DmsExtension} and their helpers use JUnit; the assertions and waits
 * work in any test framework.
 */
package io.dmstestkit.junit;
