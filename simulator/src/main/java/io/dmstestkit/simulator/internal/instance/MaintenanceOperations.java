package io.dmstestkit.simulator.internal.instance;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Paging;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.databasemigration.model.ApplyPendingMaintenanceActionRequest;
import software.amazon.awssdk.services.databasemigration.model.ApplyPendingMaintenanceActionResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribePendingMaintenanceActionsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribePendingMaintenanceActionsResponse;
import software.amazon.awssdk.services.databasemigration.model.PendingMaintenanceAction;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ResourcePendingMaintenanceActions;

/**
 * Pending maintenance: an instance whose engine version is older than the catalogue's default version
 * has one pending {@code db-upgrade} action to that version. {@code immediate} upgrades it now
 * ({@code upgrading}, then {@code available}); {@code next-maintenance} at the next maintenance window;
 * {@code undo-opt-in} cancels a {@code next-maintenance} opt-in.
 */
final class MaintenanceOperations {

    static final String UPGRADE = "db-upgrade";
    private static final Set<String> ACTIONS = Set.of("os-upgrade", "system-update", "db-upgrade", "os-patch");
    private static final Set<String> OPT_IN_TYPES = Set.of("immediate", "next-maintenance", "undo-opt-in");

    private MaintenanceOperations() {}

    static void register(OperationRegistry registry) {
        registry.register(DescribePendingMaintenanceActionsRequest.class, MaintenanceOperations::describe)
                .register(ApplyPendingMaintenanceActionRequest.class, MaintenanceOperations::apply);
    }

    private static DescribePendingMaintenanceActionsResponse describe(
            DescribePendingMaintenanceActionsRequest request, OperationContext context) {
        Instant now = context.now();
        Instances.purge(context.account(), now);
        List<InstanceRecord> instances = request.replicationInstanceArn() == null
                ? Instances.store(context.account()).values()
                : List.of(Instances.require(context.account(), request.replicationInstanceArn(), now));
        Filters<InstanceRecord> filters = Filters.<InstanceRecord>named("DescribePendingMaintenanceActions")
                .on("replication-instance-arn", r -> List.of(r.arn()))
                .on("replication-instance-id", r -> List.of(r.name()));
        List<ResourcePendingMaintenanceActions> pending = filters.apply(request.filters(), instances).stream()
                .map(record -> actions(record, now))
                .flatMap(Optional::stream)
                .toList();
        Paging.Page<ResourcePendingMaintenanceActions> page =
                Paging.pageByIndex(pending, request.maxRecords(), request.marker());
        return DescribePendingMaintenanceActionsResponse.builder()
                .pendingMaintenanceActions(page.items())
                .marker(page.nextMarker())
                .build();
    }

    private static ApplyPendingMaintenanceActionResponse apply(
            ApplyPendingMaintenanceActionRequest request, OperationContext context) {
        Instant now = context.now();
        if (!ACTIONS.contains(request.applyAction())) {
            throw ServiceError.invalidParameterValue("Invalid ApplyAction '" + request.applyAction()
                    + "'. Valid values: os-upgrade | system-update | db-upgrade | os-patch");
        }
        if (!OPT_IN_TYPES.contains(request.optInType())) {
            throw ServiceError.invalidParameterValue("Invalid OptInType '" + request.optInType()
                    + "'. Valid values: immediate | next-maintenance | undo-opt-in");
        }
        InstanceRecord record = Instances.require(context.account(), request.replicationInstanceArn(), now);
        ResourcePendingMaintenanceActions pending = actions(record, now)
                .filter(p -> p.pendingMaintenanceActionDetails().stream()
                        .anyMatch(a -> a.action().equals(request.applyAction())))
                .orElseThrow(() -> ServiceError.resourceNotFound("Replication instance " + record.name()
                        + " has no pending maintenance action " + request.applyAction()));
        String target = InstanceCatalogue.defaultVersion();
        PendingMaintenanceAction action =
                pending.pendingMaintenanceActionDetails().get(0);
        switch (request.optInType()) {
            case "immediate" -> {
                InstanceModification.requireStatus(record, now, "ApplyPendingMaintenanceAction", Set.of("available"));
                if (upgradeWaits(record)) {
                    record.cancelDeferred(now, context.account().events());
                }
                ReplicationInstance current = record.configAt(now);
                record.transition(
                        now,
                        Transition.upgrading(context.settings().instanceTimings(), target),
                        current.toBuilder().engineVersion(target).build(),
                        context.account().events());
            }
            case "next-maintenance" -> {
                ReplicationInstance base = record.deferredConfig().orElse(record.configAt(now));
                record.deferUntilMaintenance(
                        now,
                        base.toBuilder().engineVersion(target).build(),
                        Transition.upgrading(context.settings().instanceTimings(), target),
                        context.account().events());
            }
            default -> {
                if ("immediate".equals(action.optInStatus())) {
                    throw ServiceError.invalidParameterValue("An opt-in request of type immediate can't be undone");
                }
                if (upgradeWaits(record)) {
                    record.cancelDeferred(now, context.account().events());
                }
            }
        }
        return ApplyPendingMaintenanceActionResponse.builder()
                .resourcePendingMaintenanceActions(actions(record, now).orElse(pending))
                .build();
    }

    private static boolean upgradeWaits(InstanceRecord record) {
        return record.deferredTransition()
                .filter(t -> t.status().equals("upgrading"))
                .isPresent();
    }

    /** The pending actions of one instance now, if it has any. */
    private static Optional<ResourcePendingMaintenanceActions> actions(InstanceRecord record, Instant now) {
        String target = InstanceCatalogue.defaultVersion();
        String current = record.configAt(now).engineVersion();
        int currentIndex = InstanceCatalogue.VERSIONS.indexOf(InstanceCatalogue.requireVersion(current));
        int targetIndex = InstanceCatalogue.VERSIONS.indexOf(InstanceCatalogue.requireVersion(target));
        if (currentIndex >= targetIndex) {
            return Optional.empty();
        }
        PendingMaintenanceAction.Builder action =
                PendingMaintenanceAction.builder().action(UPGRADE).description("Upgrade to AWS DMS version " + target);
        if (upgradeWaits(record)) {
            action.optInStatus("next-maintenance")
                    .currentApplyDate(record.deferredApplyAt().orElse(null));
        } else if (target.equals(record.plannedConfig().engineVersion())) {
            action.optInStatus("immediate").currentApplyDate(now);
        }
        return Optional.of(ResourcePendingMaintenanceActions.builder()
                .resourceIdentifier(record.arn())
                .pendingMaintenanceActionDetails(action.build())
                .build());
    }
}
