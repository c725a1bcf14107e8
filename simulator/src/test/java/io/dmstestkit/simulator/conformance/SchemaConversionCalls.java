package io.dmstestkit.simulator.conformance;

import io.dmstestkit.simulator.DmsSimulator;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;
import software.amazon.awssdk.services.databasemigration.model.OriginTypeValue;

/**
 * Well-formed calls of the DMS Schema Conversion operations: each builds a migration project (profile, two
 * data providers, project) through the client, starts and finishes what the operation needs (a conversion
 * before an export to target, an assessment before its report), then makes its call.
 */
public final class SchemaConversionCalls implements ConformanceCalls {

    private static final String PROJECT = "conformance-project";
    /** Selects the whole source database: every schema and table. */
    private static final String ALL = rules(null);

    @Override
    public Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls() {
        Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls =
                new LinkedHashMap<>();
        calls.put(
                "StartMetadataModelImport",
                (sim, dms) -> dms.startMetadataModelImport(r -> r.migrationProjectIdentifier(project(dms))
                        .selectionRules(ALL)
                        .origin(OriginTypeValue.SOURCE)));
        calls.put(
                "StartMetadataModelAssessment",
                (sim, dms) -> dms.startMetadataModelAssessment(
                        r -> r.migrationProjectIdentifier(project(dms)).selectionRules(ALL)));
        calls.put(
                "StartMetadataModelConversion",
                (sim, dms) -> dms.startMetadataModelConversion(
                        r -> r.migrationProjectIdentifier(project(dms)).selectionRules(ALL)));
        calls.put(
                "StartMetadataModelCreation",
                (sim, dms) -> dms.startMetadataModelCreation(r -> r.migrationProjectIdentifier(project(dms))
                        .selectionRules(rules(firstSchema(dms)))
                        .metadataModelName("conformance_view")
                        .properties(p ->
                                p.statementProperties(s -> s.definition("CREATE VIEW conformance_view AS SELECT 1")))));
        calls.put(
                "StartMetadataModelExportAsScript",
                (sim, dms) -> dms.startMetadataModelExportAsScript(r -> r.migrationProjectIdentifier(project(dms))
                        .selectionRules(ALL)
                        .origin(OriginTypeValue.SOURCE)
                        .fileName("conformance")));
        calls.put("StartMetadataModelExportToTarget", (sim, dms) -> {
            convertAll(sim, dms, project(dms));
            return dms.startMetadataModelExportToTarget(r ->
                    r.migrationProjectIdentifier(PROJECT).selectionRules(ALL).overwriteExtensionPack(true));
        });
        calls.put(
                "StartExtensionPackAssociation",
                (sim, dms) -> dms.startExtensionPackAssociation(r -> r.migrationProjectIdentifier(project(dms))));
        calls.put("ExportMetadataModelAssessment", (sim, dms) -> {
            dms.startMetadataModelAssessment(
                    r -> r.migrationProjectIdentifier(project(dms)).selectionRules(ALL));
            finish(sim);
            return dms.exportMetadataModelAssessment(r ->
                    r.migrationProjectIdentifier(PROJECT).selectionRules(ALL).fileName("conformance-report"));
        });
        calls.put("DescribeMetadataModelImports", (sim, dms) -> {
            dms.startMetadataModelImport(r -> r.migrationProjectIdentifier(project(dms))
                    .selectionRules(ALL)
                    .origin(OriginTypeValue.SOURCE));
            return dms.describeMetadataModelImports(r -> r.migrationProjectIdentifier(PROJECT));
        });
        calls.put("DescribeMetadataModelAssessments", (sim, dms) -> {
            dms.startMetadataModelAssessment(
                    r -> r.migrationProjectIdentifier(project(dms)).selectionRules(ALL));
            return dms.describeMetadataModelAssessments(r -> r.migrationProjectIdentifier(PROJECT));
        });
        calls.put("DescribeMetadataModelConversions", (sim, dms) -> {
            dms.startMetadataModelConversion(
                    r -> r.migrationProjectIdentifier(project(dms)).selectionRules(ALL));
            return dms.describeMetadataModelConversions(r -> r.migrationProjectIdentifier(PROJECT));
        });
        calls.put(
                "DescribeMetadataModelCreations",
                (sim, dms) -> dms.describeMetadataModelCreations(r -> r.migrationProjectIdentifier(project(dms))));
        calls.put("DescribeMetadataModelExportsAsScript", (sim, dms) -> {
            dms.startMetadataModelExportAsScript(r -> r.migrationProjectIdentifier(project(dms))
                    .selectionRules(ALL)
                    .origin(OriginTypeValue.SOURCE));
            finish(sim);
            return dms.describeMetadataModelExportsAsScript(r -> r.migrationProjectIdentifier(PROJECT));
        });
        calls.put(
                "DescribeMetadataModelExportsToTarget",
                (sim, dms) ->
                        dms.describeMetadataModelExportsToTarget(r -> r.migrationProjectIdentifier(project(dms))));
        calls.put(
                "DescribeExtensionPackAssociations",
                (sim, dms) -> dms.describeExtensionPackAssociations(r -> r.migrationProjectIdentifier(project(dms))));
        calls.put("CancelMetadataModelConversion", (sim, dms) -> {
            String id = dms.startMetadataModelConversion(
                            r -> r.migrationProjectIdentifier(project(dms)).selectionRules(ALL))
                    .requestIdentifier();
            return dms.cancelMetadataModelConversion(
                    r -> r.migrationProjectIdentifier(PROJECT).requestIdentifier(id));
        });
        calls.put("CancelMetadataModelCreation", (sim, dms) -> {
            String schema = firstSchema(dms(dms));
            String id = dms.startMetadataModelCreation(r -> r.migrationProjectIdentifier(PROJECT)
                            .selectionRules(rules(schema))
                            .metadataModelName("canceled_view")
                            .properties(p ->
                                    p.statementProperties(s -> s.definition("CREATE VIEW canceled_view AS SELECT 1"))))
                    .requestIdentifier();
            return dms.cancelMetadataModelCreation(
                    r -> r.migrationProjectIdentifier(PROJECT).requestIdentifier(id));
        });
        calls.put(
                "DescribeMetadataModel",
                (sim, dms) -> dms.describeMetadataModel(r -> r.migrationProjectIdentifier(project(dms))
                        .origin(OriginTypeValue.SOURCE)
                        .selectionRules(rules(firstSchema(dms)))));
        calls.put(
                "DescribeMetadataModelChildren",
                (sim, dms) -> dms.describeMetadataModelChildren(r -> r.migrationProjectIdentifier(project(dms))
                        .origin(OriginTypeValue.SOURCE)
                        .selectionRules(ALL)));
        calls.put(
                "DescribeConversionConfiguration",
                (sim, dms) -> dms.describeConversionConfiguration(r -> r.migrationProjectIdentifier(project(dms))));
        calls.put(
                "ModifyConversionConfiguration",
                (sim, dms) -> dms.modifyConversionConfiguration(r ->
                        r.migrationProjectIdentifier(project(dms)).conversionConfiguration("{\"setting\":\"on\"}")));
        calls.put("GetTargetSelectionRules", (sim, dms) -> {
            convertAll(sim, dms, project(dms));
            return dms.getTargetSelectionRules(
                    r -> r.migrationProjectIdentifier(PROJECT).selectionRules(ALL));
        });
        return calls;
    }

    /** Creates the project (profile, source and target providers) and returns its name. */
    private static String project(DatabaseMigrationClient dms) {
        dms.createInstanceProfile(r -> r.instanceProfileName(PROJECT + "-profile"));
        for (String side : new String[] {"source", "target"}) {
            dms.createDataProvider(r -> r.dataProviderName(PROJECT + "-" + side)
                    .engine("postgres")
                    .settings(s -> s.postgreSqlSettings(
                            p -> p.serverName(side + ".example.com").port(5432).databaseName("app"))));
        }
        dms.createMigrationProject(r -> r.migrationProjectName(PROJECT)
                .instanceProfileIdentifier(PROJECT + "-profile")
                .sourceDataProviderDescriptors(d -> d.dataProviderIdentifier(PROJECT + "-source"))
                .targetDataProviderDescriptors(d -> d.dataProviderIdentifier(PROJECT + "-target")));
        return PROJECT;
    }

    /** The same client, with the project created: for calls that need the project before their own member. */
    private static DatabaseMigrationClient dms(DatabaseMigrationClient dms) {
        project(dms);
        return dms;
    }

    /** The first schema of the source tree, read through the client. */
    private static String firstSchema(DatabaseMigrationClient dms) {
        return dms.describeMetadataModelChildren(r -> r.migrationProjectIdentifier(PROJECT)
                        .origin(OriginTypeValue.SOURCE)
                        .selectionRules(ALL))
                .metadataModelChildren()
                .get(0)
                .metadataModelName();
    }

    private static void convertAll(DmsSimulator simulator, DatabaseMigrationClient dms, String project) {
        dms.startMetadataModelConversion(
                r -> r.migrationProjectIdentifier(project).selectionRules(ALL));
        finish(simulator);
    }

    /** Moves the clock past every request started so far (they take seconds to minutes). */
    private static void finish(DmsSimulator simulator) {
        simulator.clock().advance(Duration.ofHours(1));
    }

    /** One explicit rule: the whole database without a schema, else that schema. */
    private static String rules(String schema) {
        String locator = "\"server-name\":\"" + PROJECT + "-source\""
                + (schema == null ? "" : ",\"schema-name\":\"" + schema + "\"");
        return "{\"rules\":[{\"rule-type\":\"selection\",\"rule-id\":\"1\",\"rule-name\":\"1\","
                + "\"object-locator\":{" + locator + "},\"rule-action\":\"explicit\"}]}";
    }
}
