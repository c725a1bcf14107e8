package io.dmstestkit.simulator;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A database that Fleet Advisor collectors "discover" in an account: the server it runs on, its name,
 * engine and schemas. Declared with {@link DmsSimulator#declareFleetDatabases}; without a declaration the
 * collectors discover one PostgreSQL database whose schemas are those of the declared tables.
 *
 * <pre>{@code
 * simulator.declareFleetDatabases(List.of(
 *     FleetDatabaseSpec.of("erp-db-1", "10.0.0.21", "erp", "Oracle", "19c", List.of("SALES", "HR"))));
 * }</pre>
 *
 * @param server the host name of the database server
 * @param ipAddress the IP address of the server (also the database's address)
 * @param name the database name
 * @param engine the engine as Fleet Advisor names it: {@code PostgreSQL}, {@code MySQL}, {@code Oracle},
 *     {@code Microsoft SQL Server}
 * @param engineVersion the engine version, e.g. {@code 15.4}
 * @param schemas the schema names, at least one
 */
@API(status = API.Status.EXPERIMENTAL)
public record FleetDatabaseSpec(
        String server, String ipAddress, String name, String engine, String engineVersion, List<String> schemas) {

    public FleetDatabaseSpec {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(ipAddress, "ipAddress");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(engineVersion, "engineVersion");
        schemas = List.copyOf(schemas);
        if (schemas.isEmpty()) {
            throw new IllegalArgumentException("database " + name + " needs at least one schema");
        }
    }

    public static FleetDatabaseSpec of(
            String server, String ipAddress, String name, String engine, String engineVersion, List<String> schemas) {
        return new FleetDatabaseSpec(server, ipAddress, name, engine, engineVersion, schemas);
    }
}
