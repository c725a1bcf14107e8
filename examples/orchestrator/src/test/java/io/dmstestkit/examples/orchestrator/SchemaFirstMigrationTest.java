package io.dmstestkit.examples.orchestrator;

import static io.dmstestkit.simulator.CallCount.exactly;
import static io.dmstestkit.simulator.CallPattern.dmsCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.testcore.DmsTestSession;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.OriginTypeValue;

/**
 * The {@link SchemaFirstMigration} workflow end to end against the simulator, through the injected SDK
 * client: import, assess, convert and export the hr schema to the target, then load it with a data
 * migration. Every wait moves the virtual clock.
 */
@DmsScenario
class SchemaFirstMigrationTest {

    private static final String HR = "{\"rules\":[{\"rule-type\":\"selection\",\"rule-id\":\"1\",\"rule-name\":\"1\","
            + "\"object-locator\":{\"server-name\":\"hr-source\",\"schema-name\":\"hr\"},\"rule-action\":\"explicit\"}]}";
    private static final String ROLE = "arn:aws:iam::123456789012:role/dms-data-migration";

    DatabaseMigrationClient dms;
    DmsSimulator simulator;
    DmsTestSession session;

    @BeforeEach
    void a_project_over_the_hr_schema() {
        simulator.declareTables(
                session.account(),
                session.region(),
                List.of(TableSpec.of("hr", "employees", 200_000), TableSpec.of("hr", "departments", 40)));
        dms.createInstanceProfile(r -> r.instanceProfileName("hr-profile"));
        for (String side : List.of("source", "target")) {
            dms.createDataProvider(r -> r.dataProviderName("hr-" + side)
                    .engine("postgres")
                    .settings(s -> s.postgreSqlSettings(
                            p -> p.serverName(side + ".example.com").port(5432).databaseName("hr"))));
        }
        dms.createMigrationProject(r -> r.migrationProjectName("hr")
                .instanceProfileIdentifier("hr-profile")
                .sourceDataProviderDescriptors(d -> d.dataProviderIdentifier("hr-source"))
                .targetDataProviderDescriptors(d -> d.dataProviderIdentifier("hr-target")));
    }

    @Test
    void converts_the_schema_then_loads_the_data() {
        SchemaFirstMigration.Result result =
                new SchemaFirstMigration(dms, simulator.clock()::advance).run("hr", HR, "hr-load", ROLE);

        assertThat(result.schemaRequests()).hasSize(4).doesNotHaveDuplicates();
        assertThat(result.dataMigrationStatus()).isEqualTo("STOPPED");
        assertThat(dms.describeMetadataModel(r -> r.migrationProjectIdentifier("hr")
                                .origin(OriginTypeValue.TARGET)
                                .selectionRules(HR))
                        .metadataModelName())
                .isEqualTo("hr");
        assertThat(session.dataMigration("hr-load")
                        .orElseThrow()
                        .dataMigrationStatistics()
                        .tablesLoaded())
                .isEqualTo(2);
        simulator.verify(exactly(1), dmsCall("StartMetadataModelExportToTarget"));
    }

    @Test
    void stops_before_any_data_moves_when_the_conversion_fails() {
        simulator.planIncident(
                session.account(),
                session.region(),
                "hr",
                DmsIncident.conversionFailure("Unsupported data type SDO_GEOMETRY in hr.employees"));

        OrchestrationException failure = catchThrowableOfType(
                OrchestrationException.class,
                () -> new SchemaFirstMigration(dms, simulator.clock()::advance).run("hr", HR, "hr-load", ROLE));

        assertThat(failure)
                .hasMessageContaining("conversion")
                .hasMessageEndingWith("ended FAILED: Unsupported data type SDO_GEOMETRY in hr.employees");
        simulator.verify(exactly(0), dmsCall("StartMetadataModelExportToTarget"));
        simulator.verify(exactly(0), dmsCall("CreateDataMigration"));
    }
}
