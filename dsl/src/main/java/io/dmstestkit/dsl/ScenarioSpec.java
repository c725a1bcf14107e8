package io.dmstestkit.dsl;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import io.dmstestkit.dsl.internal.Callers;
import io.dmstestkit.dsl.internal.Closures;
import io.dmstestkit.dsl.internal.Names;
import io.dmstestkit.dsl.model.CallCountDecl;
import io.dmstestkit.dsl.model.Resource;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.SchemaRequest;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.StartType;
import io.dmstestkit.dsl.model.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Builds a {@link Scenario} as one readable chain. Every block exists twice with the same words: as a
 * Java {@code Consumer} of its spec and as a Groovy closure delegating to the same spec class.
 *
 * <pre>{@code
 * Scenario cutover = scenario("orders cut-over")
 *     .replication("orders", r -> r.type(FULL_LOAD_AND_CDC).table("public.orders", 2_000_000))
 *     .start("orders")
 *     .await("orders", a -> a.fullLoad(100).within(ofHours(2)))
 *     .stop("orders")
 *     .expect("orders", e -> e.status(STOPPED).stopReason(NORMAL))
 *     .build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ScenarioSpec {

    private final String name;
    private final Source source;
    private final Map<String, String> overrides;
    private final ScenarioIncludes includes;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final List<Resource> resources = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final Set<String> tags = new LinkedHashSet<>();

    /** For front ends (Groovy scripts, tests); scenario code starts with {@link Dsl#scenario}. */
    @API(status = API.Status.INTERNAL)
    public ScenarioSpec(String name, Source source, Map<String, String> overrides, ScenarioIncludes includes) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name, e.g. scenario(\"orders cut-over\")");
        }
        this.name = name;
        this.source = source;
        this.overrides = Map.copyOf(overrides);
        this.includes = includes;
    }

    // ---- parameters and tags -------------------------------------------------------------------

    /** Declares a parameter with its default; the effective value is the override if one was given. */
    public ScenarioSpec parameter(String parameterName, Object defaultValue) {
        parameters.put(parameterName, overrides.getOrDefault(parameterName, String.valueOf(defaultValue)));
        return this;
    }

    /** The effective value of a declared parameter. */
    public String param(String parameterName) {
        String value = parameters.get(parameterName);
        if (value == null) {
            throw new IllegalArgumentException("parameter '" + parameterName + "' is not declared"
                    + Names.declared(parameterName, parameters.keySet()));
        }
        return value;
    }

    /** The effective value of a declared parameter, as a number. */
    public long longParam(String parameterName) {
        String value = param(parameterName);
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "parameter '" + parameterName + "' must be a whole number, was '" + value + "'");
        }
    }

    public ScenarioSpec tag(String... moreTags) {
        tags.addAll(Arrays.asList(moreTags));
        return this;
    }

    // ---- resources -----------------------------------------------------------------------------

    public ScenarioSpec replication(String replicationName, Consumer<ReplicationSpec> body) {
        Source at = Callers.source();
        return addResource(configured(new ReplicationSpec(), body).build(replicationName, at));
    }

    public ScenarioSpec replication(
            String replicationName,
            @DelegatesTo(value = ReplicationSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        Source at = Callers.source();
        return addResource(Closures.configure(new ReplicationSpec(), body).build(replicationName, at));
    }

    public ScenarioSpec dataMigration(String migrationName, Consumer<DataMigrationSpec> body) {
        Source at = Callers.source();
        return addResource(configured(new DataMigrationSpec(), body).build(migrationName, at));
    }

    public ScenarioSpec dataMigration(
            String migrationName,
            @DelegatesTo(value = DataMigrationSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        Source at = Callers.source();
        return addResource(Closures.configure(new DataMigrationSpec(), body).build(migrationName, at));
    }

    /**
     * A migration project on its own, for schema conversion without a data migration:
     * {@code migrationProject("hr", p -> p.table("hr.employees", 200_000))}.
     */
    public ScenarioSpec migrationProject(String projectName, Consumer<MigrationProjectSpec> body) {
        Source at = Callers.source();
        return addResource(configured(new MigrationProjectSpec(), body).build(projectName, at));
    }

    public ScenarioSpec migrationProject(
            String projectName,
            @DelegatesTo(value = MigrationProjectSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        Source at = Callers.source();
        return addResource(Closures.configure(new MigrationProjectSpec(), body).build(projectName, at));
    }

    /** A classic replication task: {@code task("orders", t -> t.type(FULL_LOAD).table("public.orders", 1_000))}. */
    public ScenarioSpec task(String taskName, Consumer<TaskSpec> body) {
        Source at = Callers.source();
        return addResource(configured(new TaskSpec(), body).build(taskName, at));
    }

    public ScenarioSpec task(
            String taskName, @DelegatesTo(value = TaskSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        Source at = Callers.source();
        return addResource(Closures.configure(new TaskSpec(), body).build(taskName, at));
    }

    /** A replication instance tasks share: {@code instance("shared", i -> i.instanceClass("dms.c5.large"))}. */
    public ScenarioSpec instance(String instanceName, Consumer<InstanceSpec> body) {
        Source at = Callers.source();
        return addResource(configured(new InstanceSpec(), body).build(instanceName, at));
    }

    public ScenarioSpec instance(
            String instanceName,
            @DelegatesTo(value = InstanceSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        Source at = Callers.source();
        return addResource(Closures.configure(new InstanceSpec(), body).build(instanceName, at));
    }

    // ---- steps ---------------------------------------------------------------------------------

    /** Starts with {@code start-replication}. */
    public ScenarioSpec start(String target) {
        return step(new StartSpec().build(target, Callers.source()));
    }

    /** Starts with another type: {@code start("orders", RELOAD_TARGET)}. */
    public ScenarioSpec start(String target, StartType type) {
        return step(new StartSpec().type(type).build(target, Callers.source()));
    }

    public ScenarioSpec start(String target, Consumer<StartSpec> body) {
        Source at = Callers.source();
        return step(configured(new StartSpec(), body).build(target, at));
    }

    public ScenarioSpec start(
            String target, @DelegatesTo(value = StartSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        Source at = Callers.source();
        return step(Closures.configure(new StartSpec(), body).build(target, at));
    }

    public ScenarioSpec stop(String target) {
        return step(new StopSpec().build(target, Callers.source()));
    }

    public ScenarioSpec stop(String target, Consumer<StopSpec> body) {
        Source at = Callers.source();
        return step(configured(new StopSpec(), body).build(target, at));
    }

    public ScenarioSpec stop(
            String target, @DelegatesTo(value = StopSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        Source at = Callers.source();
        return step(Closures.configure(new StopSpec(), body).build(target, at));
    }

    /** Reloads tables of a running replication. */
    public ScenarioSpec reload(String target, String... tables) {
        return step(new Step.Reload(target, List.of(tables), Callers.source()));
    }

    public ScenarioSpec await(String target, Consumer<AwaitSpec> body) {
        Source at = Callers.source();
        return step(configured(new AwaitSpec(), body).build(target, at));
    }

    public ScenarioSpec await(
            String target, @DelegatesTo(value = AwaitSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        Source at = Callers.source();
        return step(Closures.configure(new AwaitSpec(), body).build(target, at));
    }

    /** Moves virtual time forward. */
    public ScenarioSpec advance(Duration by) {
        return step(new Step.Advance(by, Callers.source()));
    }

    /** Arms a service fault: {@code fault("AccessDenied", f -> f.on("StopReplication").times(1))}. */
    public ScenarioSpec fault(String error, Consumer<FaultSpec> body) {
        Source at = Callers.source();
        return step(new Step.ArmFault(configured(new FaultSpec(error), body).build(), at));
    }

    /** Groovy: {@code fault(AccessDenied) { on 'StopReplication'; times 1 }}, the block form of the one above. */
    public ScenarioSpec fault(
            String error, @DelegatesTo(value = FaultSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        Source at = Callers.source();
        return step(
                new Step.ArmFault(Closures.configure(new FaultSpec(error), body).build(), at));
    }

    /** Groovy: {@code fault AccessDenied, on: 'StopReplication', times: 1, message: '…'}. */
    public ScenarioSpec fault(Map<String, Object> named, String error) {
        Source at = Callers.source();
        return step(new Step.ArmFault(FaultOptions.fromNamed(named, error).build(), at));
    }

    /** Arms a fault on every call: {@code fault("Throttling")}. */
    public ScenarioSpec fault(String error) {
        return step(new Step.ArmFault(new FaultSpec(error).build(), Callers.source()));
    }

    public ScenarioSpec disarmFaults() {
        return step(new Step.DisarmFaults(Callers.source()));
    }

    /** Makes a run fail: {@code fail("orders", f -> f.at(40).reason(FATAL_ERROR).message("…"))}. */
    public ScenarioSpec fail(String target, Consumer<FailSpec> body) {
        Source at = Callers.source();
        return step(configured(new FailSpec(), body).build(target, at));
    }

    public ScenarioSpec fail(
            String target, @DelegatesTo(value = FailSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        Source at = Callers.source();
        return step(Closures.configure(new FailSpec(), body).build(target, at));
    }

    /** Puts a table into an error state, {@code after} this step (virtual time). */
    public ScenarioSpec tableError(String target, String table, Duration after, String message) {
        return step(new Step.TableError(target, table, after, message, Callers.source()));
    }

    /** Groovy: {@code tableError 'orders', table: 'public.orders', after: 5.minutes, message: '…'}. */
    public ScenarioSpec tableError(Map<String, Object> named, String target) {
        Source at = Callers.source();
        Named.requireOnly(named, Set.of("table", "after", "message"), "tableError '" + target + "'");
        return step(new Step.TableError(
                target,
                Named.optionalString(named, "table"),
                orZero(Named.optionalDuration(named, "after")),
                Named.optionalString(named, "message"),
                at));
    }

    /** The block form: {@code tableError("orders", t -> t.table("public.orders").after(ofMinutes(5)))}. */
    public ScenarioSpec tableError(String target, Consumer<TableErrorSpec> body) {
        Source at = Callers.source();
        return step(configured(new TableErrorSpec(), body).build(target, at));
    }

    /** Groovy: {@code tableError('orders') { table 'public.orders'; after 5.minutes; message '…' }}. */
    public ScenarioSpec tableError(
            String target,
            @DelegatesTo(value = TableErrorSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        Source at = Callers.source();
        return step(Closures.configure(new TableErrorSpec(), body).build(target, at));
    }

    /** Raises CDC latency to {@code latency} for {@code lasting}, from {@code after} this step (virtual time). */
    public ScenarioSpec latencySpike(String target, Duration after, Duration lasting, Duration latency) {
        return step(new Step.LatencySpike(target, after, lasting, latency, Callers.source()));
    }

    /** Groovy: {@code latencySpike 'orders', after: 10.minutes, lasting: 5.minutes, latency: 2.minutes}. */
    public ScenarioSpec latencySpike(Map<String, Object> named, String target) {
        Source at = Callers.source();
        Named.requireOnly(named, Set.of("after", "lasting", "latency"), "latencySpike '" + target + "'");
        return step(new Step.LatencySpike(
                target,
                orZero(Named.optionalDuration(named, "after")),
                Named.optionalDuration(named, "lasting"),
                Named.optionalDuration(named, "latency"),
                at));
    }

    /** The block form: {@code latencySpike("orders", l -> l.after(ofMinutes(10)).lasting(ofMinutes(5)).latency(ofMinutes(2)))}. */
    public ScenarioSpec latencySpike(String target, Consumer<LatencySpikeSpec> body) {
        Source at = Callers.source();
        return step(configured(new LatencySpikeSpec(), body).build(target, at));
    }

    /** Groovy: {@code latencySpike('orders') { after 10.minutes; lasting 5.minutes; latency 2.minutes }}. */
    public ScenarioSpec latencySpike(
            String target,
            @DelegatesTo(value = LatencySpikeSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        Source at = Callers.source();
        return step(Closures.configure(new LatencySpikeSpec(), body).build(target, at));
    }

    /** Makes provisioning of the next run fail with a message. */
    public ScenarioSpec provisioningFails(String target, String message) {
        return step(new Step.ProvisioningFails(target, message, Callers.source()));
    }

    /** Makes provisioning of the next run fail with the default message. */
    public ScenarioSpec provisioningFails(String target) {
        return step(new ProvisioningFailsSpec().build(target, Callers.source()));
    }

    /** The block form: {@code provisioningFails("orders", p -> p.message("Insufficient capacity"))}. */
    public ScenarioSpec provisioningFails(String target, Consumer<ProvisioningFailsSpec> body) {
        Source at = Callers.source();
        return step(configured(new ProvisioningFailsSpec(), body).build(target, at));
    }

    /** Groovy: {@code provisioningFails('orders') { message 'Insufficient capacity' }}. */
    public ScenarioSpec provisioningFails(
            String target,
            @DelegatesTo(value = ProvisioningFailsSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        Source at = Callers.source();
        return step(Closures.configure(new ProvisioningFailsSpec(), body).build(target, at));
    }

    public ScenarioSpec expect(String target, Consumer<ExpectSpec> body) {
        Source at = Callers.source();
        return step(configured(new ExpectSpec(), body).build(target, at));
    }

    public ScenarioSpec expect(
            String target, @DelegatesTo(value = ExpectSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        Source at = Callers.source();
        return step(Closures.configure(new ExpectSpec(), body).build(target, at));
    }

    /** Checks the journal: {@code expectCalls("StopReplication", exactly(1))}. */
    public ScenarioSpec expectCalls(String operation, CallCountDecl count) {
        return step(new Step.ExpectCalls(
                io.dmstestkit.simulator.DmsOperations.requireKnown(operation), count, null, Callers.source()));
    }

    /** Groovy: {@code expectCalls 'StopReplication', exactly: 1} (or {@code atLeast:}, {@code atMost:}). */
    public ScenarioSpec expectCalls(Map<String, Object> named, String operation) {
        Source at = Callers.source();
        return step(new Step.ExpectCalls(
                io.dmstestkit.simulator.DmsOperations.requireKnown(operation),
                CallCounts.fromNamed(named, "expectCalls '" + operation + "'"),
                Named.optionalString(named, "resource"),
                at));
    }

    /** Runs another scenario file here: {@code include("classpath:blocks/start-and-load.dms.yaml")}. */
    public ScenarioSpec include(String reference) {
        return include(reference, Map.of());
    }

    public ScenarioSpec include(String reference, Map<String, ?> parameterValues) {
        Source at = Callers.source();
        Map<String, String> values = new LinkedHashMap<>();
        parameterValues.forEach((key, value) -> values.put(key, String.valueOf(value)));
        Scenario included = includes.load(reference, values, at);
        return step(new Step.Include(reference, values, included, at));
    }

    /** Groovy: {@code include 'classpath:blocks/load.dms.yaml', rows: 1000}. */
    public ScenarioSpec include(Map<String, ?> parameterValues, String reference) {
        return include(reference, parameterValues);
    }

    public Scenario build() {
        return new Scenario(name, parameters, resources, steps, tags, source);
    }

    private ScenarioSpec addResource(Resource resource) {
        Resource clash = resources.stream()
                .filter(r -> r.name().equals(resource.name()))
                .findFirst()
                .orElse(null);
        if (clash != null && !Resource.kind(clash).equals(Resource.kind(resource))) {
            throw new IllegalArgumentException(Resource.kindClash(clash, resource));
        }
        if (clash != null) {
            throw new IllegalArgumentException(
                    "'" + resource.name() + "' is declared twice (again at " + resource.source() + ")");
        }
        resources.add(resource);
        return this;
    }

    private ScenarioSpec step(Step step) {
        steps.add(step);
        return this;
    }

    /** The Java twin of {@link Closures#configure}: lets a {@code Consumer} fill a spec. */
    private static <S> S configured(S spec, Consumer<S> body) {
        body.accept(spec);
        return spec;
    }

    private static Duration orZero(Duration duration) {
        return duration == null ? Duration.ZERO : duration;
    }

    // ---- DMS Schema Conversion: on the migration project of a data migration ------------------

    /** Starts a metadata-model import ({@code StartMetadataModelImport}) on the target's migration project. */
    public ScenarioSpec importMetadataModel(String target) {
        return step(new Step.StartSchemaRequest(target, SchemaRequest.IMPORT, Callers.source()));
    }

    /** Starts an assessment ({@code StartMetadataModelAssessment}) on the target's migration project. */
    public ScenarioSpec assessMetadataModel(String target) {
        return step(new Step.StartSchemaRequest(target, SchemaRequest.ASSESSMENT, Callers.source()));
    }

    /** Starts a conversion ({@code StartMetadataModelConversion}) on the target's migration project. */
    public ScenarioSpec convertMetadataModel(String target) {
        return step(new Step.StartSchemaRequest(target, SchemaRequest.CONVERSION, Callers.source()));
    }

    /** Applies the converted model to the target database ({@code StartMetadataModelExportToTarget}). */
    public ScenarioSpec exportMetadataModelToTarget(String target) {
        return step(new Step.StartSchemaRequest(target, SchemaRequest.EXPORT_TO_TARGET, Callers.source()));
    }

    /** Writes the converted model as a script ({@code StartMetadataModelExportAsScript}). */
    public ScenarioSpec exportMetadataModelAsScript(String target) {
        return step(new Step.StartSchemaRequest(target, SchemaRequest.EXPORT_AS_SCRIPT, Callers.source()));
    }

    /** Waits for a schema-conversion request: {@code awaitMetadataModel("hr", a -> a.request("conversion"))}. */
    public ScenarioSpec awaitMetadataModel(String target, Consumer<MetadataModelAwaitSpec> body) {
        Source at = Callers.source();
        return step(configured(new MetadataModelAwaitSpec(), body).build(target, at));
    }

    /** Groovy: {@code awaitMetadataModel('hr') { request 'conversion'; status 'SUCCESS'; within 1.hour }}. */
    public ScenarioSpec awaitMetadataModel(
            String target,
            @DelegatesTo(value = MetadataModelAwaitSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        Source at = Callers.source();
        return step(Closures.configure(new MetadataModelAwaitSpec(), body).build(target, at));
    }

    /** Checks a schema-conversion request now: {@code expectMetadataModel("hr", e -> e.status("SUCCESS"))}. */
    public ScenarioSpec expectMetadataModel(String target, Consumer<MetadataModelExpectSpec> body) {
        Source at = Callers.source();
        return step(configured(new MetadataModelExpectSpec(), body).build(target, at));
    }

    /** Groovy: {@code expectMetadataModel('hr') { request 'assessment'; actionItems 1 }}. */
    public ScenarioSpec expectMetadataModel(
            String target,
            @DelegatesTo(value = MetadataModelExpectSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        Source at = Callers.source();
        return step(Closures.configure(new MetadataModelExpectSpec(), body).build(target, at));
    }

    /** State fault: the conversion under way, or the next one, of the target's project fails with {@code message}. */
    public ScenarioSpec conversionFails(String target, String message) {
        return step(new Step.ConversionFails(target, message, Callers.source()));
    }

    /** State fault: the assessment under way, or the next one, of the target's project reports these action items. */
    public ScenarioSpec assessmentReports(String target, String... items) {
        return step(new Step.AssessmentReports(target, Arrays.asList(items), Callers.source()));
    }
}
