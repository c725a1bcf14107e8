package io.dmstestkit.spock;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import io.dmstestkit.dsl.ScenarioResult;
import io.dmstestkit.dsl.ScenarioSpec;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.spock.internal.InlineScenarios;
import io.dmstestkit.spock.internal.SpecSessions;
import io.dmstestkit.testcore.DmsTestSession;
import org.apiguardian.api.API;

/**
 * The Groovy extension module of the Spock extension (registered in
 * {@code META-INF/groovy/org.codehaus.groovy.runtime.ExtensionModule}): the scenario DSL inline in a
 * feature method, and the session's own journal. Groovy calls these as methods of their first parameter.
 *
 * <pre>{@code
 * given:
 * session.given {                                     // or simulator.given { … }
 *     replication('orders') { type FULL_LOAD_AND_CDC }
 *     start 'orders'
 *     await('orders') { status RUNNING }
 *     fault AccessDenied, on: 'StopReplication', times: 1
 * }
 *
 * when:
 * new MigrationOrchestrator(dms).stop(arn)
 *
 * then:
 * session.journal.count('StopReplication') == 2
 * }</pre>
 *
 * <p>The block delegates only to the DSL's {@code ScenarioSpec} (as in a {@code *.dms.groovy} file): local
 * variables and data variables are visible in it, fields and methods of the specification are not (copy
 * them into a local variable first). The DSL's constants come with {@code import static
 * io.dmstestkit.dsl.Dsl.*}. The scenario runs at once in the session's account, through the session's client;
 * faults it arms stay armed for the code under test until the session closes. Each block is a scenario of its
 * own: its steps name the resources it declares.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsGroovyMethods {

    private DmsGroovyMethods() {}

    /**
     * Builds a scenario named {@code given} from the block and runs it in the session's account.
     *
     * @return the passed result
     * @throws io.dmstestkit.dsl.ScenarioFailedError when a step fails, with its line in the specification
     */
    public static ScenarioResult given(
            DmsTestSession self,
            @DelegatesTo(value = ScenarioSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> stage) {
        return InlineScenarios.run(self, InlineScenarios.DEFAULT_NAME, stage);
    }

    /** The same, with a scenario name of your own for the failure messages: {@code session.given('orders running') { … }}. */
    public static ScenarioResult given(
            DmsTestSession self,
            String name,
            @DelegatesTo(value = ScenarioSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> stage) {
        return InlineScenarios.run(self, name, stage);
    }

    /**
     * Builds a scenario from the block and runs it in the account of the running feature's session on this
     * simulator (the feature's own, else the specification's): the injected {@code DmsSimulator} knows no
     * account of its own, so the block's owner, the specification, says whose it is.
     *
     * @throws IllegalStateException outside a {@link DmsScenario} specification, or on a simulator that is
     *     not one of its sessions'
     */
    public static ScenarioResult given(
            DmsSimulator self,
            @DelegatesTo(value = ScenarioSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> stage) {
        return given(self, InlineScenarios.DEFAULT_NAME, stage);
    }

    /** The same, with a scenario name of your own: {@code simulator.given('orders running') { … }}. */
    public static ScenarioResult given(
            DmsSimulator self,
            String name,
            @DelegatesTo(value = ScenarioSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> stage) {
        return InlineScenarios.run(SpecSessions.requireOn(stage.getThisObject(), self), name, stage);
    }

    /**
     * The calls of the session's account: {@code session.journal.count('StopReplication') == 2}.
     *
     * @see SessionJournal
     */
    public static SessionJournal getJournal(DmsTestSession self) {
        return SessionJournal.of(self);
    }
}
