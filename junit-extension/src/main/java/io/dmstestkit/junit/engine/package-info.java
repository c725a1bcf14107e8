/**
 * Scenario files as JUnit Platform tests.
 *
 * <p>{@link io.dmstestkit.junit.engine.DmsScenarioTestEngine} (engine id {@code dms-scenarios}) turns every
 * {@code *.dms.yaml} / {@code *.dms.groovy} file it is pointed at into a container, and each scenario in it
 * into a test whose source is the file and the scenario's line. {@link io.dmstestkit.junit.engine.DmsScenarios}
 * offers the same scenarios as Jupiter dynamic tests, for teams that prefer a {@code @TestFactory}:
 *
 * <pre>{@code
 * class ScenarioFilesTest {
 *     @TestFactory
 *     Stream<DynamicNode> scenarios() {
 *         return DmsScenarios.dynamicTests("scenarios/");
 *     }
 * }
 * }</pre>
 */
package io.dmstestkit.junit.engine;
