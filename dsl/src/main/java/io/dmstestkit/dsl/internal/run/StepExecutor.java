package io.dmstestkit.dsl.internal.run;

import io.dmstestkit.dsl.internal.Faults;
import io.dmstestkit.dsl.internal.message.ShouldFinishWithinTimeBudget;
import io.dmstestkit.dsl.model.CallCountDecl;
import io.dmstestkit.dsl.model.ExpectedError;
import io.dmstestkit.dsl.model.Resource;
import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.simulator.FailureMessage;
import io.dmstestkit.simulator.message.ShouldHaveCallCount;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.TableToReload;

/** Carries out one step against the run's target session. */
public final class StepExecutor {

    private final RunContext context;
    private final Observer observer;
    private final Awaiter awaiter;
    private final ExpectationChecker expectations;
    private final SchemaConversionSteps schemaConversion;

    public StepExecutor(RunContext context) {
        this.context = context;
        this.observer = new Observer(context);
        this.awaiter = new Awaiter(context, observer);
        this.expectations = new ExpectationChecker(context, observer);
        this.schemaConversion = new SchemaConversionSteps(context);
    }

    public void createResources(Iterable<Resource> resources) {
        ResourceCreator creator = new ResourceCreator(context);
        // instances first, wherever declared: tasks run on them
        resources.forEach(resource -> {
            if (resource instanceof Resource.Instance) {
                context.add(creator.create(resource));
            }
        });
        resources.forEach(resource -> {
            if (!(resource instanceof Resource.Instance)) {
                context.add(creator.create(resource));
            }
        });
    }

    public void execute(Step step) {
        if (context.budget().isSpent()) {
            throw new StepFailure(ShouldFinishWithinTimeBudget.shouldFinishWithin(
                    context.budget().total(), step.source().toString(), step.describe()));
        }
        if (step instanceof Step.Start start) {
            call(start, start.expectError(), () -> startRun(start));
        } else if (step instanceof Step.Stop stop) {
            call(stop, stop.expectError(), () -> stopRun(stop));
        } else if (step instanceof Step.Reload reload) {
            call(reload, null, () -> reloadTables(reload));
        } else if (step instanceof Step.Await await) {
            awaiter.await(await);
        } else if (step instanceof Step.Advance advance) {
            context.session().advance(advance.by());
        } else if (step instanceof Step.ArmFault arm) {
            context.session()
                    .armFault(Faults.toDmsFault(arm.fault(), context.session().now()));
        } else if (step instanceof Step.DisarmFaults) {
            context.session().disarmFaults();
        } else if (step instanceof Step.Expect expect) {
            expectations.check(expect);
        } else if (step instanceof Step.ExpectCalls calls) {
            checkCalls(calls);
        } else if (step instanceof Step.StartSchemaRequest start) {
            call(start, null, () -> schemaConversion.start(start));
        } else if (step instanceof Step.AwaitSchemaRequest await) {
            schemaConversion.await(await);
        } else if (step instanceof Step.ExpectSchemaRequest expect) {
            schemaConversion.check(expect);
        } else if (step instanceof Step.ConversionFails || step instanceof Step.AssessmentReports) {
            schemaConversion.plan(step, targetOf(step));
        } else if (step instanceof Step.Include include) {
            createResources(include.included().resources());
            include.included().steps().forEach(this::execute);
        } else {
            context.session().planIncident(runnable(targetOf(step), "fail").arn(), step);
        }
    }

    private static String targetOf(Step incident) {
        if (incident instanceof Step.Fail fail) {
            return fail.target();
        }
        if (incident instanceof Step.TableError error) {
            return error.target();
        }
        if (incident instanceof Step.LatencySpike spike) {
            return spike.target();
        }
        if (incident instanceof Step.ConversionFails conversion) {
            return conversion.target();
        }
        if (incident instanceof Step.AssessmentReports assessment) {
            return assessment.target();
        }
        return ((Step.ProvisioningFails) incident).target();
    }

    private void reloadTables(Step.Reload reload) {
        Handle handle = runnable(reload.target(), "reload");
        List<TableToReload> tables = reload.tables().stream()
                .map(t -> TableToReload.builder()
                        .schemaName(t.substring(0, Math.max(0, t.indexOf('.'))))
                        .tableName(t.substring(t.indexOf('.') + 1))
                        .build())
                .toList();
        DatabaseMigrationClient dms = context.session().client();
        if (handle.isTask()) {
            // ReloadTables takes the same TableToReload shape for tasks; only the request differs
            dms.reloadTables(r -> r.replicationTaskArn(handle.arn()).tablesToReload(tables));
        } else {
            dms.reloadReplicationTables(
                    r -> r.replicationConfigArn(handle.arn()).tablesToReload(tables));
        }
    }

    /** The resource a run step acts on; an instance has no runs, so it is refused with the reason. */
    private Handle runnable(String target, String step) {
        Handle handle = context.handle(target);
        if (handle.isInstance()) {
            throw new IllegalArgumentException("'" + target + "' is a replication instance, which has no run to " + step
                    + "; " + step + " a task that runs on it");
        }
        if (handle.isMigrationProject()) {
            throw noRun(target, step);
        }
        return handle;
    }

    /** A migration project declared on its own has no run: only the metadata-model steps act on it. */
    static IllegalArgumentException noRun(String target, String step) {
        return new IllegalArgumentException("'" + target + "' is a migration project, which has no run to " + step
                + "; use the metadata-model steps on it (convertMetadataModel, awaitMetadataModel …), or declare a"
                + " dataMigration to move data");
    }

    private void startRun(Step.Start start) {
        Handle handle = runnable(start.target(), "start");
        DatabaseMigrationClient dms = context.session().client();
        if (handle.isTask()) {
            dms.startReplicationTask(r -> r.replicationTaskArn(handle.arn())
                    .startReplicationTaskType(start.startType().wireValue())
                    .cdcStartTime(start.cdcStartTime() == null ? null : Instant.parse(start.cdcStartTime()))
                    .cdcStartPosition(start.cdcStartPosition())
                    .cdcStopPosition(start.cdcStopPosition()));
        } else if (handle.isReplication()) {
            dms.startReplication(r -> r.replicationConfigArn(handle.arn())
                    .startReplicationType(start.startType().wireValue())
                    .cdcStartTime(start.cdcStartTime() == null ? null : Instant.parse(start.cdcStartTime()))
                    .cdcStartPosition(start.cdcStartPosition())
                    .cdcStopPosition(start.cdcStopPosition()));
        } else {
            dms.startDataMigration(r -> r.dataMigrationIdentifier(handle.arn())
                    .startType(start.startType().wireValue()));
        }
        observer.observe(handle, false);
    }

    private void stopRun(Step.Stop stop) {
        Handle handle = runnable(stop.target(), "stop");
        DatabaseMigrationClient dms = context.session().client();
        if (handle.isTask()) {
            dms.stopReplicationTask(r -> r.replicationTaskArn(handle.arn()));
        } else if (handle.isReplication()) {
            dms.stopReplication(r -> r.replicationConfigArn(handle.arn()));
        } else {
            dms.stopDataMigration(r -> r.dataMigrationIdentifier(handle.arn()));
        }
        observer.observe(handle, false);
    }

    /** Makes a DMS call that must succeed, or must fail with the expected error. */
    private void call(Step step, ExpectedError expected, Runnable dmsCall) {
        try {
            dmsCall.run();
        } catch (DatabaseMigrationException error) {
            String code = error.awsErrorDetails() == null
                    ? "unknown"
                    : error.awsErrorDetails().errorCode();
            String message = error.awsErrorDetails() == null
                    ? error.getMessage()
                    : error.awsErrorDetails().errorMessage();
            if (expected == null) {
                throw new StepFailure(FailureMessage.what("The call of step '" + step.describe() + "' failed.")
                        .expectedActual("success", code + ": " + message)
                        .where(step.source().toString(), step.describe())
                        .fix("if the scenario expects this, say so: expectError " + code)
                        .build());
            }
            if (!expected.error().equals(code)
                    || (expected.messageContains() != null
                            && (message == null || !message.contains(expected.messageContains())))) {
                throw new StepFailure(
                        FailureMessage.what("The call of step '" + step.describe() + "' failed differently.")
                                .expectedActual(expected.describe(), code + ": " + message)
                                .where(step.source().toString(), step.describe())
                                .build());
            }
            return;
        }
        if (expected != null) {
            throw new StepFailure(
                    FailureMessage.what("The call of step '" + step.describe() + "' succeeded, but should have failed.")
                            .expectedActual(expected.describe(), "success")
                            .where(step.source().toString(), step.describe())
                            .fix("arm a fault before this step, or check the state that should refuse the call")
                            .build());
        }
    }

    private void checkCalls(Step.ExpectCalls step) {
        long count = context.session().countCalls(step.operation(), step.resource());
        CallCountDecl wanted = step.count();
        boolean ok =
                switch (wanted.kind()) {
                    case EXACTLY -> count == wanted.count();
                    case AT_LEAST -> count >= wanted.count();
                    case AT_MOST -> count <= wanted.count();
                };
        if (!ok) {
            // The shared message of every call-count verification; a session counts, it does not list calls.
            throw new StepFailure(ShouldHaveCallCount.shouldHave(
                            wanted.describe(),
                            step.resource() == null
                                    ? step.operation()
                                    : step.operation() + " with resource " + step.resource(),
                            count)
                    .where(step.source().toString(), step.describe())
                    .build());
        }
    }
}
