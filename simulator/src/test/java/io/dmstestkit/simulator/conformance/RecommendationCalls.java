package io.dmstestkit.simulator.conformance;

import io.dmstestkit.simulator.DmsSimulator;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;
import software.amazon.awssdk.services.databasemigration.model.RecommendationSettings;

/** Target engine recommendations on a discovered Fleet Advisor database, started and done. */
public final class RecommendationCalls implements ConformanceCalls {

    static final RecommendationSettings SETTINGS = RecommendationSettings.builder()
            .instanceSizingType("total-capacity")
            .workloadType("production")
            .build();

    /** Starts recommendations for the first discovered database and lets the analysis finish. */
    static void recommended(DmsSimulator simulator, DatabaseMigrationClient dms) {
        String database = FleetAdvisorCalls.firstDatabase(simulator, dms);
        dms.startRecommendations(r -> r.databaseId(database).settings(SETTINGS));
        simulator.clock().advance(Duration.ofHours(1));
    }

    @Override
    public Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls() {
        return Map.of(
                "StartRecommendations",
                (simulator, dms) ->
                        dms.startRecommendations(r -> r.databaseId(FleetAdvisorCalls.firstDatabase(simulator, dms))
                                .settings(SETTINGS)),
                "BatchStartRecommendations",
                (simulator, dms) -> {
                    String database = FleetAdvisorCalls.firstDatabase(simulator, dms);
                    return dms.batchStartRecommendations(
                            r -> r.data(d -> d.databaseId(database).settings(SETTINGS)));
                },
                "DescribeRecommendations",
                (simulator, dms) -> {
                    recommended(simulator, dms);
                    return dms.describeRecommendations(r -> {});
                },
                "DescribeRecommendationLimitations",
                (simulator, dms) -> {
                    recommended(simulator, dms);
                    return dms.describeRecommendationLimitations(r -> {});
                });
    }
}
