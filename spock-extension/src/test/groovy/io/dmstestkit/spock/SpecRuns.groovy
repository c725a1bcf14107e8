package io.dmstestkit.spock

import io.dmstestkit.dsl.Dsl
import io.dmstestkit.dsl.ScenarioFailedError
import io.dmstestkit.dsl.ScenarioRunner
import io.dmstestkit.junit.DmsAssertions
import io.dmstestkit.testcore.ClockMode
import io.dmstestkit.testcore.DmsTestSession
import io.dmstestkit.testcore.Lifecycle
import io.dmstestkit.testcore.Mode
import io.dmstestkit.testcore.Transport
import io.dmstestkit.simulator.DmsSimulator
import io.dmstestkit.spock.example.MigrationOrchestrator
import io.dmstestkit.simulator.CallPattern
import io.dmstestkit.wiremock.DmsAdminClient
import io.dmstestkit.wiremock.DmsServer
import org.junit.platform.testkit.engine.Event
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationAsyncClient
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient
import spock.util.EmbeddedSpecCompiler
import spock.util.EmbeddedSpecRunner
import spock.util.EmbeddedSpecRunner.SummarizedEngineExecutionResults

/**
 * Compiles specifications from source and runs them through Spock's {@code EmbeddedSpecRunner}, as Spock
 * tests its own extensions. The sources see the extension's types, the DSL's words ({@code import static
 * io.dmstestkit.dsl.Dsl.*}) and the assertions; a static {@code Probe probe} field is set on every class
 * that declares one.
 */
final class SpecRuns {

    private static final List<Class<?>> IMPORTS = [
            DmsScenario, DmsSpecSupport, SessionJournal, DmsTestSession, DmsSimulator, DatabaseMigrationClient,
            DatabaseMigrationAsyncClient, ScenarioRunner, DmsAdminClient, DmsServer, Lifecycle, Transport, Mode,
            ClockMode, MigrationOrchestrator, Probe, ScenarioFailedError, URI]

    private SpecRuns() {}

    /** Runs the specifications of {@code source} one after the other. */
    static SummarizedEngineExecutionResults run(String source, Probe probe = new Probe()) {
        runner(source, probe, false)
    }

    /** Runs the specifications of {@code source}, and their features, on four threads. */
    static SummarizedEngineExecutionResults runInParallel(String source, Probe probe = new Probe()) {
        runner(source, probe, true)
    }

    private static SummarizedEngineExecutionResults runner(String source, Probe probe, boolean inParallel) {
        EmbeddedSpecCompiler compiler = new EmbeddedSpecCompiler()   // one per run: it lists every class it loaded
        IMPORTS.each { compiler.addClassImport(it) }
        [Dsl, DmsAssertions, CallPattern].each { compiler.addClassMemberImport(it) }
        List<Class> specs = compiler.compileWithImports(source)
        specs.findAll { it.declaredFields*.name.contains('probe') }.each { it.probe = probe }
        EmbeddedSpecRunner embedded = new EmbeddedSpecRunner(compiler)
        embedded.throwFailure = false
        if (inParallel) {
            embedded.configurationScript = {
                runner {
                    parallel {
                        enabled true
                        fixed(4)
                    }
                }
            }
        }
        embedded.runClasses(specs)
    }

    /** The messages of everything that failed (features, and specifications failing as a whole). */
    static List<String> failures(SummarizedEngineExecutionResults results) {
        results.allEvents().executions().failed().map { it.terminationInfo.executionResult.throwable.get() }
                .map { it.message }.toList()
    }

    /** The failures of the features (tests) named {@code name}. */
    static List<Throwable> failuresOf(SummarizedEngineExecutionResults results, String name) {
        results.testEvents().failed().stream()
                .filter { Event event -> event.testDescriptor.displayName == name }
                .map { Event event -> event.getRequiredPayload(org.junit.platform.engine.TestExecutionResult).throwable.get() }
                .toList()
    }
}
