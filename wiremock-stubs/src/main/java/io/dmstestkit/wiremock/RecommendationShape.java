package io.dmstestkit.wiremock;

import io.dmstestkit.simulator.SimulatedClock;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.databasemigration.model.Recommendation;

/**
 * A canned target recommendation (Fleet Advisor's {@code DescribeRecommendations}) for static stubs, built on
 * the SDK's own {@link Recommendation} model. Start from {@link DmsResponses#recommendation()}.
 *
 * <pre>{@code
 * server.stubFor(DmsStubs.operation("DescribeRecommendations")
 *     .willReturn(DmsResponses.describeRecommendations(
 *         DmsResponses.recommendation().databaseId("db-1").status("in-progress"))));
 * }</pre>
 *
 * <p>Defaults: database {@code database-1}, engine {@code rds-postgresql}, status {@code completed}, created
 * at {@link SimulatedClock#DEFAULT_START}, settings {@code total-capacity} / {@code production}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RecommendationShape {

    private final Recommendation.Builder recommendation = Recommendation.builder()
            .databaseId("database-1")
            .engineName("rds-postgresql")
            .status("completed")
            .createdDate(SimulatedClock.DEFAULT_START.toString())
            .settings(s -> s.instanceSizingType("total-capacity").workloadType("production"));

    RecommendationShape() {}

    /** {@code DatabaseId}: the Fleet Advisor database it recommends a target for. */
    public RecommendationShape databaseId(String databaseId) {
        recommendation.databaseId(Objects.requireNonNull(databaseId, "databaseId"));
        return this;
    }

    /** {@code EngineName} of the recommended target, e.g. {@code rds-postgresql}, {@code aurora-postgresql}. */
    public RecommendationShape engineName(String engine) {
        recommendation.engineName(Objects.requireNonNull(engine, "engine"));
        return this;
    }

    /** {@code Status}: {@code in-progress}, {@code completed} or {@code failed}. */
    public RecommendationShape status(String status) {
        recommendation.status(Objects.requireNonNull(status, "status"));
        return this;
    }

    /** Anything else of the SDK model, e.g. {@code with(r -> r.preferred(true))}. */
    public RecommendationShape with(Consumer<Recommendation.Builder> change) {
        change.accept(recommendation);
        return this;
    }

    /** The SDK model object, as the stubs send it. */
    public Recommendation build() {
        return recommendation.build();
    }
}
