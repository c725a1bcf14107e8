package io.dmstestkit.simulator.internal.fleetadvisor;

import io.dmstestkit.simulator.FleetDatabaseSpec;
import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.state.AccountState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the collectors of an account have discovered at a moment: nothing before any collector's first
 * inventory arrived, then the declared databases (or the default one derived from the declared tables),
 * less those deleted. Ids are positions in the declaration, so they are stable and deterministic.
 */
public final class FleetInventory {

    /** The database discovered when none is declared: it holds the schemas of the declared tables. */
    static final String DEFAULT_SERVER = "source-db-server";

    static final String DEFAULT_IP = "10.0.0.10";

    private FleetInventory() {}

    /** One discovered database, with its id and the ids of its schemas. */
    public record Database(String id, FleetDatabaseSpec spec, List<Schema> schemas, List<CollectorRecord> collectors) {}

    /** One discovered schema: its id, name and the number of declared tables in it. */
    public record Schema(String id, String name, int tables) {}

    /** The databases discovered by {@code now}, in declaration order. */
    public static List<Database> databases(AccountState account, Instant now) {
        List<CollectorRecord> reporting = account.store(CollectorRecord.class).values().stream()
                .filter(c -> c.hasData(now))
                .toList();
        if (reporting.isEmpty()) {
            return List.of();
        }
        List<FleetDatabaseSpec> declared = declared(account);
        List<Database> databases = new ArrayList<>();
        int schemaId = 0;
        for (int i = 0; i < declared.size(); i++) {
            FleetDatabaseSpec spec = declared.get(i);
            List<Schema> schemas = new ArrayList<>();
            for (String schema : spec.schemas()) {
                schemaId++;
                schemas.add(new Schema(String.valueOf(schemaId), schema, tablesIn(account, schema)));
            }
            String id = String.valueOf(i + 1);
            if (!account.deletedFleetDatabases().contains(id)) {
                databases.add(new Database(id, spec, List.copyOf(schemas), reporting));
            }
        }
        return databases;
    }

    /** The discovered database with this id, if any. */
    public static Optional<Database> database(AccountState account, Instant now, String id) {
        return databases(account, now).stream().filter(d -> d.id().equals(id)).findFirst();
    }

    static List<FleetDatabaseSpec> declared(AccountState account) {
        if (!account.fleetDatabases().isEmpty()) {
            return List.copyOf(account.fleetDatabases());
        }
        List<String> schemas = account.declaredTables().values().stream()
                .map(TableSpec::schema)
                .distinct()
                .toList();
        return List.of(FleetDatabaseSpec.of(
                DEFAULT_SERVER,
                DEFAULT_IP,
                "app",
                "PostgreSQL",
                "15.4",
                schemas.isEmpty() ? List.of("public") : schemas));
    }

    private static int tablesIn(AccountState account, String schema) {
        return (int) account.declaredTables().values().stream()
                .filter(t -> t.schema().equalsIgnoreCase(schema))
                .count();
    }
}
