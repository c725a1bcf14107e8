package io.dmstestkit.dsl.internal.run;

import io.dmstestkit.dsl.AwaitFailedError;
import io.dmstestkit.dsl.RunAwait;
import io.dmstestkit.dsl.RunState;
import io.dmstestkit.dsl.internal.await.AwaitLoop;
import io.dmstestkit.dsl.internal.await.Readers;
import io.dmstestkit.dsl.message.ShouldHave;
import io.dmstestkit.dsl.model.Resource;
import io.dmstestkit.dsl.model.SchemaRequest;
import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.dsl.model.Table;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.OriginTypeValue;

/**
 * Carries out the DMS Schema Conversion steps on a declared migration project, or on the one created for a
 * data migration:
 * starts requests through the SDK, waits for them through the one wait engine ({@link AwaitLoop}), and
 * checks them, reading them back as user code would, with their {@code Describe…} operations.
 */
final class SchemaConversionSteps {

    private final RunContext context;

    SchemaConversionSteps(RunContext context) {
        this.context = context;
    }

    void start(Step.StartSchemaRequest step) {
        String project = project(step.target());
        String rules = selectionRules(context.handle(step.target()));
        DatabaseMigrationClient dms = context.session().client();
        String id =
                switch (step.request()) {
                    case IMPORT ->
                        dms.startMetadataModelImport(r -> r.migrationProjectIdentifier(project)
                                        .selectionRules(rules)
                                        .origin(OriginTypeValue.SOURCE))
                                .requestIdentifier();
                    case ASSESSMENT ->
                        dms.startMetadataModelAssessment(r ->
                                        r.migrationProjectIdentifier(project).selectionRules(rules))
                                .requestIdentifier();
                    case CONVERSION ->
                        dms.startMetadataModelConversion(r ->
                                        r.migrationProjectIdentifier(project).selectionRules(rules))
                                .requestIdentifier();
                    case EXPORT_TO_TARGET ->
                        dms.startMetadataModelExportToTarget(r ->
                                        r.migrationProjectIdentifier(project).selectionRules(rules))
                                .requestIdentifier();
                    case EXPORT_AS_SCRIPT ->
                        dms.startMetadataModelExportAsScript(r -> r.migrationProjectIdentifier(project)
                                        .selectionRules(rules)
                                        .origin(OriginTypeValue.TARGET)
                                        .fileName(step.target() + ".sql"))
                                .requestIdentifier();
                };
        context.startedSchemaRequest(step.target(), step.request(), id);
        context.observed(
                historyKey(step.target(), step.request()),
                read(reader(step.target(), step.request(), id)).statusText());
    }

    /** Plans a schema-conversion state fault on the target's migration project. */
    void plan(Step incident, String target) {
        context.session().planIncident(project(target), incident);
    }

    void await(Step.AwaitSchemaRequest step) {
        Map.Entry<SchemaRequest, String> request = context.schemaRequest(step.target(), step.request());
        RunAwait.Reader<?> reader = reader(step.target(), request.getKey(), request.getValue());
        try {
            loop(reader, step, request.getKey()).await();
        } catch (AwaitFailedError failed) {
            throw new StepFailure(failed.getMessage());
        }
    }

    private <T> AwaitLoop<T> loop(RunAwait.Reader<T> reader, Step.AwaitSchemaRequest step, SchemaRequest kind) {
        return AwaitLoop.builder(reader, Awaiter.clock(context.session()), RunAwait.Condition.<T>status(step.status()))
                .title(title(step.target(), kind))
                .within(step.within())
                .pollEvery(step.pollEvery())
                .speaker(RunAwait.Speaker.SCENARIO)
                .history(context.statuses(historyKey(step.target(), kind)))
                .where(step.source().toString(), step.describe())
                .budget(context.budget())
                .build();
    }

    void check(Step.ExpectSchemaRequest step) {
        Map.Entry<SchemaRequest, String> request = context.schemaRequest(step.target(), step.request());
        SchemaRequest kind = request.getKey();
        RunState state = read(reader(step.target(), kind, request.getValue()));
        context.observed(historyKey(step.target(), kind), state.statusText());
        if (step.status() != null && !state.hasStatus(step.status())) {
            throw unmet(step, kind, state, "status " + step.status(), "status " + state.statusText());
        }
        if (step.failureMessageContains() != null
                && state.failureMessages().stream().noneMatch(m -> m.contains(step.failureMessageContains()))) {
            throw unmet(
                    step,
                    kind,
                    state,
                    "a failure message containing '" + step.failureMessageContains() + "'",
                    state.failureMessages().isEmpty()
                            ? "no failure message (" + state.statusPhrase() + ")"
                            : "failure messages " + state.failureMessages());
        }
        if (step.actionItems() != null || step.actionItemContains() != null) {
            List<String> items = context.session().assessmentActionItems(project(step.target()));
            if (step.actionItems() != null && items.size() != step.actionItems()) {
                throw unmet(step, kind, state, step.actionItems() + " action item(s)", items.size() + " " + items);
            }
            if (step.actionItemContains() != null
                    && items.stream().noneMatch(i -> i.contains(step.actionItemContains()))) {
                throw unmet(
                        step,
                        kind,
                        state,
                        "an action item containing '" + step.actionItemContains() + "'",
                        "action items " + items);
            }
        }
    }

    private StepFailure unmet(
            Step.ExpectSchemaRequest step, SchemaRequest kind, RunState state, String expected, String actual) {
        String title = title(step.target(), kind);
        return new StepFailure(ShouldHave.shouldHave(title, expected, expected, actual)
                .history(context.history(historyKey(step.target(), kind)))
                .detail("failure messages", state.failureMessages().isEmpty() ? null : state.failureMessages())
                .detail("request", context.schemaRequest(step.target(), kind).getValue())
                .where(step.source().toString(), step.describe())
                .fix(
                        expected.startsWith("status")
                                ? "await the request first if it is still running (expect reads it once, now)"
                                : null)
                .build());
    }

    /**
     * The migration project a step acts on: the one it names, or the one created for the data migration it
     * names.
     */
    private String project(String target) {
        Handle handle = context.handle(target);
        if (handle.isMigrationProject()) {
            return target;
        }
        if (!(handle.resource() instanceof Resource.DataMigration)) {
            throw new IllegalArgumentException("'" + target + "' is a " + Resource.kind(handle.resource())
                    + "; schema conversion works on a migration project (declare migrationProject '" + target
                    + "', or a dataMigration, whose project it uses)");
        }
        return ResourceCreator.projectOf(target);
    }

    private RunAwait.Reader<?> reader(String target, SchemaRequest kind, String requestId) {
        return Readers.schemaRequest(context.session().client(), project(target), kind, requestId, project(target));
    }

    /** The schemas of the declared tables, or every schema when none is declared. */
    private static String selectionRules(Handle handle) {
        List<Table> tables = handle.resource() instanceof Resource.MigrationProject project
                ? project.tables()
                : ((Resource.DataMigration) handle.resource()).tables();
        List<String> schemas = tables.stream()
                .map(Table::name)
                .map(name -> name.contains(".") ? name.substring(0, name.indexOf('.')) : "public")
                .distinct()
                .toList();
        List<String> rules = (schemas.isEmpty() ? List.of("%") : schemas)
                .stream()
                        .map(schema -> "{\"rule-type\":\"selection\",\"rule-id\":\"1\",\"rule-name\":\"" + schema
                                + "\",\"object-locator\":{\"server-name\":\"%\",\"schema-name\":\"" + schema
                                + "\"},\"rule-action\":\"explicit\"}")
                        .toList();
        return "{\"rules\":[" + String.join(",", rules) + "]}";
    }

    /** {@code Metadata-model conversion of 'hr'}, for messages. */
    private static String title(String target, SchemaRequest kind) {
        return "Metadata-model " + kind.words() + " of '" + target + "'";
    }

    /** Each request kind of a target has its own status history. */
    private static String historyKey(String target, SchemaRequest kind) {
        return target + " " + kind.wireValue();
    }

    private static <T> RunState read(RunAwait.Reader<T> reader) {
        return reader.read().map(reader::state).orElseGet(reader::absent);
    }
}
