package io.dmstestkit.simulator.internal.assessment;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.NamedResource;
import io.dmstestkit.simulator.internal.state.ResourceStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.databasemigration.model.Endpoint;

/**
 * The {@link DmsIncident}s that change the outcome of checks rather than of runs: individual assessment
 * outcomes (on a replication config or task), schema refresh and connection test failures (on an endpoint).
 * They stay planned
 * until the resource goes, so every later assessment run or refresh sees them. Callers hold the account
 * lock.
 *
 * <pre>{@code
 * PlannedChecks.plan(account, "orders", DmsIncident.assessmentFails("unsupported-data-types-in-source", "GEOMETRY"));
 * PlannedChecks.of(account).outcomes(configArn);  // [AssessmentOutcome[...]]
 * }</pre>
 */
public final class PlannedChecks {

    /** The key this holder is stored under: no ARN, so no ARN lookup or count ever meets it. */
    private static final String KEY = "planned-checks";

    private final Map<String, List<DmsIncident>> byArn = new LinkedHashMap<>();

    private PlannedChecks() {}

    /** Whether {@code incident} is a check outcome this class plans (rather than a run incident). */
    public static boolean applies(DmsIncident incident) {
        return incident instanceof DmsIncident.AssessmentOutcome
                || incident instanceof DmsIncident.SchemaRefreshFailure
                || incident instanceof DmsIncident.ConnectionTestFailure;
    }

    /** Plans {@code incident} on the resource named {@code nameOrArn}, or IllegalArgumentException naming what fits. */
    public static void plan(AccountState account, String nameOrArn, DmsIncident incident) {
        String arn = incident instanceof DmsIncident.SchemaRefreshFailure
                        || incident instanceof DmsIncident.ConnectionTestFailure
                ? endpointArn(account, nameOrArn, incident)
                : assessedArn(account, nameOrArn);
        of(account).byArn.computeIfAbsent(arn, a -> new ArrayList<>()).add(incident);
    }

    /** The planned checks of one account, created on first use. */
    public static PlannedChecks of(AccountState account) {
        return account.store(PlannedChecks.class)
                .get(KEY)
                .orElseGet(() -> account.store(PlannedChecks.class).put(KEY, new PlannedChecks()));
    }

    /** The assessment outcomes planned on a replication config or task, in the order planned. */
    public List<DmsIncident.AssessmentOutcome> outcomes(String arn) {
        return byArn.getOrDefault(arn, List.of()).stream()
                .filter(DmsIncident.AssessmentOutcome.class::isInstance)
                .map(DmsIncident.AssessmentOutcome.class::cast)
                .toList();
    }

    /** The latest schema refresh failure planned on an endpoint, if any. */
    public java.util.Optional<DmsIncident.SchemaRefreshFailure> refreshFailure(String endpointArn) {
        return byArn.getOrDefault(endpointArn, List.of()).stream()
                .filter(DmsIncident.SchemaRefreshFailure.class::isInstance)
                .map(DmsIncident.SchemaRefreshFailure.class::cast)
                .reduce((first, second) -> second);
    }

    /** The latest connection test failure planned on an endpoint, if any. */
    public java.util.Optional<DmsIncident.ConnectionTestFailure> connectionFailure(String endpointArn) {
        return byArn.getOrDefault(endpointArn, List.of()).stream()
                .filter(DmsIncident.ConnectionTestFailure.class::isInstance)
                .map(DmsIncident.ConnectionTestFailure.class::cast)
                .reduce((first, second) -> second);
    }

    @Override
    public String toString() {
        return "planned check outcomes " + byArn;
    }

    private static String endpointArn(AccountState account, String nameOrArn, DmsIncident incident) {
        String kind = incident instanceof DmsIncident.SchemaRefreshFailure
                ? "a schema refresh failure"
                : "a connection test failure";
        ResourceStore<Endpoint> endpoints = account.store(Endpoint.class);
        return endpoints
                .get(nameOrArn)
                .filter(e -> e.endpointArn().equals(nameOrArn))
                .or(() -> endpoints.findNamed(
                        nameOrArn, e -> e.endpointIdentifier().equalsIgnoreCase(nameOrArn)))
                .map(Endpoint::endpointArn)
                .orElseThrow(() -> new IllegalArgumentException("no endpoint named '" + nameOrArn + "' in account "
                        + account.accountId() + " (" + account.region() + "); " + kind + " is planned on an endpoint"));
    }

    private static String assessedArn(AccountState account, String nameOrArn) {
        return account.findNamed(nameOrArn)
                .map(NamedResource::arn)
                .filter(arn -> arn.contains(":replication-config:") || arn.contains(":task:"))
                .orElseThrow(() -> new IllegalArgumentException("no replication config or replication task named '"
                        + nameOrArn + "' in account " + account.accountId() + " (" + account.region()
                        + "); an assessment outcome is planned on one of those"));
    }
}
