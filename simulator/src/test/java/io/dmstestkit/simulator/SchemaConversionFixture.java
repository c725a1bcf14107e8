package io.dmstestkit.simulator;

import java.util.List;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.OriginTypeValue;

/**
 * A migration project over declared tables ({@code hr.employees}, {@code hr.departments},
 * {@code sales.orders}) and the schema-conversion calls tests make on it, through the real SDK client.
 */
final class SchemaConversionFixture {

    static final String ACCOUNT = "123456789012";
    static final String REGION = "us-east-1";

    final DmsSimulator simulator = DmsSimulator.create();
    final DatabaseMigrationClient dms = TestClients.inProcess(simulator);
    final String project;

    SchemaConversionFixture(String project) {
        this.project = project;
        simulator.declareTables(
                ACCOUNT,
                REGION,
                List.of(
                        TableSpec.of("hr", "employees", 1_000),
                        TableSpec.of("hr", "departments", 10),
                        TableSpec.of("sales", "orders", 5_000)));
        new DataMigrationFixture(dms).project(project);
    }

    /** One explicit rule: the server with no schema, a schema, or a table. */
    String rule(String schema, String table) {
        String locator = "\"server-name\":\"" + project + "-source\""
                + (schema == null ? "" : ",\"schema-name\":\"" + schema + "\"")
                + (table == null ? "" : ",\"table-name\":\"" + table + "\"");
        return "{\"rules\":[{\"rule-type\":\"selection\",\"rule-id\":\"1\",\"rule-name\":\"1\","
                + "\"object-locator\":{" + locator + "},\"rule-action\":\"explicit\"}]}";
    }

    String hr() {
        return rule("hr", null);
    }

    String startImport(String rules) {
        return dms.startMetadataModelImport(r -> r.migrationProjectIdentifier(project)
                        .selectionRules(rules)
                        .origin(OriginTypeValue.SOURCE))
                .requestIdentifier();
    }

    String startAssessment(String rules) {
        return dms.startMetadataModelAssessment(
                        r -> r.migrationProjectIdentifier(project).selectionRules(rules))
                .requestIdentifier();
    }

    String startConversion(String rules) {
        return dms.startMetadataModelConversion(
                        r -> r.migrationProjectIdentifier(project).selectionRules(rules))
                .requestIdentifier();
    }

    String startExportToTarget(String rules) {
        return dms.startMetadataModelExportToTarget(
                        r -> r.migrationProjectIdentifier(project).selectionRules(rules))
                .requestIdentifier();
    }

    String startExportAsScript(String rules) {
        return dms.startMetadataModelExportAsScript(r -> r.migrationProjectIdentifier(project)
                        .selectionRules(rules)
                        .origin(OriginTypeValue.SOURCE)
                        .fileName("hr-ddl"))
                .requestIdentifier();
    }

    String startCreation(String name, String definition) {
        return dms.startMetadataModelCreation(r -> r.migrationProjectIdentifier(project)
                        .selectionRules(hr())
                        .metadataModelName(name)
                        .properties(p -> p.statementProperties(s -> s.definition(definition))))
                .requestIdentifier();
    }

    String startExtensionPack() {
        return dms.startExtensionPackAssociation(r -> r.migrationProjectIdentifier(project))
                .requestIdentifier();
    }

    /** The one conversion request with this id, as DescribeMetadataModelConversions shows it now. */
    software.amazon.awssdk.services.databasemigration.model.SchemaConversionRequest conversion(String id) {
        return dms.describeMetadataModelConversions(r -> r.migrationProjectIdentifier(project)
                        .filters(f -> f.name("request-id").values(id)))
                .requests()
                .get(0);
    }

    void planIncident(DmsIncident incident) {
        simulator.planIncident(ACCOUNT, REGION, project, incident);
    }

    void advanceSeconds(long seconds) {
        simulator.clock().advance(java.time.Duration.ofSeconds(seconds));
    }
}
