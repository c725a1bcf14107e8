package io.dmstestkit.simulator.internal.schemaconversion;

import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.state.AccountState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import software.amazon.awssdk.services.databasemigration.model.DataProviderDescriptor;
import software.amazon.awssdk.services.databasemigration.model.MigrationProject;

/**
 * The metadata tree of a migration project's source (server → schemas → tables and created objects), made
 * from the tables declared for the account (the simulator's default tables when none were declared), and
 * the target tree: the objects a successful conversion has converted, under the target server.
 */
final class MetadataModel {

    private final String server;
    private final Map<String, MetadataObject> schemas = new LinkedHashMap<>();
    private final Map<String, List<MetadataObject>> objects = new LinkedHashMap<>();

    private MetadataModel(String server) {
        this.server = server;
    }

    /** The source tree: declared tables plus the objects created so far. */
    static MetadataModel source(
            AccountState account, SimulatorSettings settings, MigrationProject project, List<MetadataObject> created) {
        Collection<TableSpec> declared = account.declaredTables().values();
        Collection<TableSpec> tables = declared.isEmpty() ? settings.defaultTables() : declared;
        MetadataModel model = new MetadataModel(sourceServer(project));
        for (TableSpec table : tables) {
            model.add(new MetadataObject("table", table.schema(), table.name(), tableDefinition(table)));
        }
        created.forEach(model::add);
        return model;
    }

    /** The target tree: the source objects whose keys were converted, under the target server. */
    static MetadataModel target(MetadataModel source, MigrationProject project, Set<String> converted) {
        MetadataModel model = new MetadataModel(targetServer(project));
        for (MetadataObject schema : source.schemas.values()) {
            if (converted.contains(schema.key())) {
                model.schemas.put(schema.key(), schema);
                model.objects.put(schema.key(), new ArrayList<>());
            }
            for (MetadataObject object : source.objects.getOrDefault(schema.key(), List.of())) {
                if (converted.contains(object.key())) {
                    model.add(object);
                }
            }
        }
        return model;
    }

    static String sourceServer(MigrationProject project) {
        return firstName(project.sourceDataProviderDescriptors());
    }

    static String targetServer(MigrationProject project) {
        return firstName(project.targetDataProviderDescriptors());
    }

    String server() {
        return server;
    }

    /**
     * The schemas and objects the rules select: include and explicit rules add, exclude rules remove; a
     * schema rule brings the schema and all it holds. InvalidParameterValueException when nothing is selected.
     */
    List<MetadataObject> select(List<SelectionRules.Locator> rules) {
        Map<String, MetadataObject> selected = new LinkedHashMap<>();
        for (SelectionRules.Locator rule : rules) {
            if (rule.include()) {
                all().stream().filter(rule::matches).forEach(o -> selected.putIfAbsent(o.key(), o));
            }
        }
        for (SelectionRules.Locator rule : rules) {
            if (!rule.include()) {
                selected.values().removeIf(rule::matches);
            }
        }
        if (selected.isEmpty()) {
            throw ServiceError.invalidParameterValue(SelectionRules.MEMBER + " selects no schema or table of " + server
                    + "; its schemas are " + String.join(", ", schemaNames()));
        }
        return List.copyOf(selected.values());
    }

    /** The node one explicit rule names, or ResourceNotFoundFault. */
    MetadataObject find(SelectionRules.Locator locator, String origin) {
        Optional<MetadataObject> found;
        if (locator.schema() == null) {
            found = Optional.of(MetadataObject.server(server));
        } else {
            Predicate<MetadataObject> named = o -> o.schema().equalsIgnoreCase(locator.schema());
            found = locator.table() == null
                    ? schemas.values().stream().filter(named).findFirst()
                    : objects.getOrDefault(locator.schema().toLowerCase(Locale.ROOT), List.of()).stream()
                            .filter(o -> o.name().equalsIgnoreCase(locator.table()))
                            .findFirst();
        }
        return found.orElseThrow(() -> ServiceError.resourceNotFound("No metadata model "
                + (locator.table() == null ? locator.schema() : locator.schema() + "." + locator.table())
                + " in the " + origin.toLowerCase(Locale.ROOT) + " tree of " + server));
    }

    /** The children of a node: a server's schemas, a schema's objects; objects have none. */
    List<MetadataObject> children(MetadataObject parent) {
        if (parent.isServer()) {
            return List.copyOf(schemas.values());
        }
        if (parent.isSchema()) {
            return List.copyOf(objects.getOrDefault(parent.key(), List.of()));
        }
        return List.of();
    }

    private List<MetadataObject> all() {
        List<MetadataObject> all = new ArrayList<>();
        for (MetadataObject schema : schemas.values()) {
            all.add(schema);
            all.addAll(objects.getOrDefault(schema.key(), List.of()));
        }
        return all;
    }

    private List<String> schemaNames() {
        return schemas.values().stream().map(MetadataObject::name).toList();
    }

    private void add(MetadataObject object) {
        MetadataObject schema = MetadataObject.schema(object.schema());
        schemas.putIfAbsent(schema.key(), schema);
        List<MetadataObject> inSchema = objects.computeIfAbsent(schema.key(), k -> new ArrayList<>());
        inSchema.removeIf(o -> o.key().equals(object.key()));
        inSchema.add(object);
    }

    /** Declared tables carry no columns, so their definition names the table and its size only. */
    private static String tableDefinition(TableSpec table) {
        return "CREATE TABLE " + table.qualifiedName() + " (/* " + table.rows() + " rows */);";
    }

    private static String firstName(List<DataProviderDescriptor> descriptors) {
        return descriptors.isEmpty() ? "unknown" : descriptors.get(0).dataProviderName();
    }
}
