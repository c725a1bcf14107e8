package io.dmstestkit.wiremock.internal.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.wiremock.internal.json.AdminRequestException;
import io.dmstestkit.wiremock.internal.json.Scope;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /__admin/dms/cdc-latency?resource=…[&account=…][&region=…]} → {@code {"cdcLatency": "PT2S"}},
 * or {@code {"cdcLatency": null}} while no changes are being applied. DMS reports a replication's latency
 * only as a CloudWatch metric; this is the simulator's own view. An unknown resource is a 400, so a typo
 * does not read as "no latency yet" forever.
 */
final class CdcLatencyTask extends JsonAdminTask {

    private final DmsSimulator simulator;

    CdcLatencyTask(DmsSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    ResponseDefinition handle(AdminCall call) {
        Map<String, String> query = call.query(Set.of("account", "region", "resource"));
        Scope scope = Scope.of(query.get("account"), query.get("region"), simulator.settings(), "query parameter");
        String resource = query.get("resource");
        if (resource == null) {
            throw AdminRequestException.badRequest("query parameter 'resource' is required: the replication config"
                    + " or data migration, by name or ARN");
        }
        if (simulator.replication(scope.account(), scope.region(), resource).isEmpty()
                && simulator
                        .replicationTask(scope.account(), scope.region(), resource)
                        .isEmpty()
                && simulator
                        .dataMigration(scope.account(), scope.region(), resource)
                        .isEmpty()) {
            // a replication task is known too; the message keeps the words clients already match on
            throw AdminRequestException.badRequest("no replication config or data migration named '" + resource
                    + "' in account " + scope.account() + " (" + scope.region() + ")");
        }
        Optional<Duration> latency = simulator.cdcLatency(scope.account(), scope.region(), resource);
        // Map.of refuses null values; the answer has the member either way.
        return ok(Collections.singletonMap(
                "cdcLatency", latency.map(Duration::toString).orElse(null)));
    }
}
