package io.dmstestkit.simulator.internal.recommendation;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.fleetadvisor.FleetInventory;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Paging;
import io.dmstestkit.simulator.internal.state.ResourceStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.databasemigration.model.BatchStartRecommendationsErrorEntry;
import software.amazon.awssdk.services.databasemigration.model.BatchStartRecommendationsRequest;
import software.amazon.awssdk.services.databasemigration.model.BatchStartRecommendationsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeRecommendationLimitationsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeRecommendationLimitationsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeRecommendationsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeRecommendationsResponse;
import software.amazon.awssdk.services.databasemigration.model.Limitation;
import software.amazon.awssdk.services.databasemigration.model.RdsConfiguration;
import software.amazon.awssdk.services.databasemigration.model.RdsRecommendation;
import software.amazon.awssdk.services.databasemigration.model.RdsRequirements;
import software.amazon.awssdk.services.databasemigration.model.Recommendation;
import software.amazon.awssdk.services.databasemigration.model.RecommendationData;
import software.amazon.awssdk.services.databasemigration.model.RecommendationSettings;
import software.amazon.awssdk.services.databasemigration.model.StartRecommendationsRequest;
import software.amazon.awssdk.services.databasemigration.model.StartRecommendationsRequestEntry;
import software.amazon.awssdk.services.databasemigration.model.StartRecommendationsResponse;

/**
 * Target engine recommendations for Fleet Advisor databases: a start analyses a discovered database in
 * virtual time ({@code in-progress}), then lists a recommended engine, alternates and their limitations.
 */
public final class RecommendationOperations {

    static final Set<String> SIZING_TYPES = Set.of("total-capacity", "utilization");
    static final Set<String> WORKLOAD_TYPES = Set.of("production", "non-production");
    static final int MAX_BATCH = 100;

    private RecommendationOperations() {}

    public static void register(OperationRegistry registry) {
        registry.register(StartRecommendationsRequest.class, RecommendationOperations::start)
                .register(BatchStartRecommendationsRequest.class, RecommendationOperations::batchStart)
                .register(DescribeRecommendationsRequest.class, RecommendationOperations::describe)
                .register(DescribeRecommendationLimitationsRequest.class, RecommendationOperations::limitations);
    }

    private static ResourceStore<RecommendationRun> runs(OperationContext context) {
        return context.account().store(RecommendationRun.class);
    }

    private static StartRecommendationsResponse start(StartRecommendationsRequest request, OperationContext context) {
        startOne(request.databaseId(), request.settings(), context);
        return StartRecommendationsResponse.builder().build();
    }

    private static BatchStartRecommendationsResponse batchStart(
            BatchStartRecommendationsRequest request, OperationContext context) {
        if (request.data().size() > MAX_BATCH) {
            throw ServiceError.invalidParameterValue(
                    "Data has " + request.data().size() + " entries; at most " + MAX_BATCH + " are allowed");
        }
        List<BatchStartRecommendationsErrorEntry> errors = new ArrayList<>();
        for (StartRecommendationsRequestEntry entry : request.data()) {
            try {
                startOne(entry.databaseId(), entry.settings(), context);
            } catch (ServiceError e) {
                // A batch goes on past a bad entry and reports it, as the ErrorEntryList shape says.
                errors.add(BatchStartRecommendationsErrorEntry.builder()
                        .databaseId(entry.databaseId())
                        .code(e.code())
                        .message(e.boundedMessage())
                        .build());
            }
        }
        return BatchStartRecommendationsResponse.builder().errorEntries(errors).build();
    }

    private static void startOne(String databaseId, RecommendationSettings settings, OperationContext context) {
        check("InstanceSizingType", settings.instanceSizingType(), SIZING_TYPES);
        check("WorkloadType", settings.workloadType(), WORKLOAD_TYPES);
        FleetInventory.Database database = FleetInventory.database(context.account(), context.now(), databaseId)
                .orElseThrow(() -> ServiceError.resourceNotFound("Fleet Advisor database "
                        + ServiceError.echo(databaseId)
                        + " not found; DescribeFleetAdvisorDatabases lists the discovered ones"));
        Optional<RecommendationRun> existing = runs(context).get(databaseId);
        if (existing.isPresent() && existing.get().inProgress(context.now())) {
            throw ServiceError.invalidResourceState("Recommendations for database " + databaseId
                    + " are already in progress; wait until DescribeRecommendations shows them done");
        }
        runs(context)
                .put(
                        databaseId,
                        new RecommendationRun(
                                databaseId,
                                database.spec().engine(),
                                database.schemas().size(),
                                settings,
                                context.now()));
    }

    private static void check(String member, String value, Set<String> valid) {
        if (!valid.contains(value)) {
            throw ServiceError.invalidParameterValue(
                    "Settings." + member + " '" + ServiceError.echo(value) + "' is not valid. Valid values: "
                            + String.join(" | ", valid.stream().sorted().toList()));
        }
    }

    private static DescribeRecommendationsResponse describe(
            DescribeRecommendationsRequest request, OperationContext context) {
        List<Recommendation> all = runs(context).values().stream()
                .flatMap(run -> recommendations(run, context.now()).stream())
                .toList();
        List<Recommendation> matched = Filters.<Recommendation>named("DescribeRecommendations")
                .on("database-id", r -> List.of(r.databaseId()))
                .on("engine-name", r -> List.of(r.engineName()))
                .apply(request.filters(), all);
        Paging.Page<Recommendation> page = Paging.pageByIndex(matched, request.maxRecords(), request.nextToken());
        return DescribeRecommendationsResponse.builder()
                .recommendations(page.items())
                .nextToken(page.nextMarker())
                .build();
    }

    /** The run's candidates: all {@code in-progress} at first, then one recommended and alternates. */
    static List<Recommendation> recommendations(RecommendationRun run, Instant now) {
        List<TargetEngines.Candidate> candidates = TargetEngines.forSource(run.sourceEngine());
        List<Recommendation> recommendations = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            boolean first = i == 0;
            Recommendation.Builder recommendation = Recommendation.builder()
                    .databaseId(run.databaseId())
                    .engineName(candidates.get(i).engineName())
                    .createdDate(run.startedAt().toString())
                    .settings(run.settings());
            if (run.inProgress(now)) {
                recommendation.status("in-progress").preferred(false);
            } else {
                recommendation
                        .status(first ? "recommended" : "alternate")
                        .preferred(first)
                        .data(RecommendationData.builder()
                                .rdsEngine(rds(run, candidates.get(i)))
                                .build());
            }
            recommendations.add(recommendation.build());
        }
        return recommendations;
    }

    /** Sizing grows with the schemas; production workloads get Multi-AZ, as the API documents. */
    private static RdsRecommendation rds(RecommendationRun run, TargetEngines.Candidate candidate) {
        double vcpu = run.settings().instanceSizingType().equals("utilization") ? 2 : 4;
        double memory = vcpu * 8;
        int storage = 100 * Math.max(1, run.schemas());
        String deployment = run.settings().workloadType().equals("production") ? "MULTI_AZ" : "SINGLE_AZ";
        String edition = candidate.engineName().contains("oracle")
                ? "enterprise"
                : candidate.engineName().contains("sql-server") ? "standard" : "";
        return RdsRecommendation.builder()
                .requirementsToTarget(RdsRequirements.builder()
                        .engineEdition(edition)
                        .instanceVcpu(vcpu)
                        .instanceMemory(memory)
                        .storageSize(storage)
                        .storageIops(3000)
                        .deploymentOption(deployment)
                        .build())
                .targetConfiguration(RdsConfiguration.builder()
                        .engineEdition(edition)
                        .instanceType(vcpu == 2 ? "db.r6g.large" : "db.r6g.xlarge")
                        .instanceVcpu(vcpu)
                        .instanceMemory(memory)
                        .storageType("gp3")
                        .storageSize(storage)
                        .storageIops(3000)
                        .deploymentOption(deployment)
                        .build())
                .build();
    }

    private static DescribeRecommendationLimitationsResponse limitations(
            DescribeRecommendationLimitationsRequest request, OperationContext context) {
        List<Limitation> all = runs(context).values().stream()
                .filter(run -> !run.inProgress(context.now()))
                .flatMap(run -> TargetEngines.forSource(run.sourceEngine()).stream()
                        .map(candidate -> TargetEngines.limitation(run.databaseId(), candidate)))
                .toList();
        List<Limitation> matched = Filters.<Limitation>named("DescribeRecommendationLimitations")
                .on("database-id", l -> List.of(l.databaseId()))
                .on("engine-name", l -> List.of(l.engineName()))
                .apply(request.filters(), all);
        Paging.Page<Limitation> page = Paging.pageByIndex(matched, request.maxRecords(), request.nextToken());
        return DescribeRecommendationLimitationsResponse.builder()
                .limitations(page.items())
                .nextToken(page.nextMarker())
                .build();
    }
}
