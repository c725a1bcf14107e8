package io.dmstestkit.wiremock.internal.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.wiremock.internal.json.Scope;
import io.dmstestkit.wiremock.internal.json.TablesJson;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /__admin/dms/tables} with {@code {"account": …, "region": …, "tables": {"public.orders": 2000000}}}:
 * declares source tables, so selection rules find them and their row counts drive the full load.
 */
final class TablesTask extends JsonAdminTask {

    private final DmsSimulator simulator;

    TablesTask(DmsSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    ResponseDefinition handle(AdminCall call) {
        call.query(Set.of());
        TablesJson request = call.body(TablesJson.class);
        Scope scope = Scope.of(request.account(), request.region(), simulator.settings(), "field");
        List<TableSpec> tables = request.toTables();
        simulator.declareTables(scope.account(), scope.region(), tables);
        return ok(Map.of("account", scope.account(), "region", scope.region(), "declared", tables.size()));
    }
}
