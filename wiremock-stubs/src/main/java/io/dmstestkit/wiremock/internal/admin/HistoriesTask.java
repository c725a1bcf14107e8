package io.dmstestkit.wiremock.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.StatusChange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /__admin/dms/ui/histories}: the status history of every replication, replication task and
 * data migration, for the dashboard's timelines: {@code {"virtualTime": …, "histories": [{"account",
 * "region", "kind", "name", "changes": [{"at", "status"}]}]}}. Reading only, like {@code /resources}.
 */
final class HistoriesTask extends JsonAdminTask {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where each kind is listed in the resource dump, and the member naming it. */
    private static final Map<String, String> KINDS = Map.of(
            "Replications", "ReplicationConfigIdentifier",
            "ReplicationTasks", "ReplicationTaskIdentifier",
            "DataMigrations", "DataMigrationName");

    private final DmsSimulator simulator;

    HistoriesTask(DmsSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    ResponseDefinition handle(AdminCall call) {
        call.query(Set.of());
        JsonNode state = read(simulator.stateAsJson());
        List<Map<String, Object>> histories = new ArrayList<>();
        for (JsonNode account : state.path("accounts")) {
            String id = account.path("account").asText();
            String region = account.path("region").asText();
            KINDS.forEach((kind, member) -> {
                for (JsonNode resource : account.path(kind)) {
                    String name = resource.path(member).asText();
                    List<Map<String, String>> changes = new ArrayList<>();
                    for (StatusChange change : simulator.statusHistory(id, region, name)) {
                        changes.add(Map.of("at", change.at().toString(), "status", change.status()));
                    }
                    Map<String, Object> history = new LinkedHashMap<>();
                    history.put("account", id);
                    history.put("region", region);
                    history.put("kind", kind);
                    history.put("name", name);
                    history.put("changes", changes);
                    histories.add(history);
                }
            });
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("virtualTime", state.path("virtualTime").asText());
        body.put("histories", histories);
        return ok(body);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
