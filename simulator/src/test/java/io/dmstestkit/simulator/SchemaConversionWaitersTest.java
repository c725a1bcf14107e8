package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.simulator.DmsIncident.SchemaConversionStep;
import io.dmstestkit.simulator.SchemaConversionWaiters.Definition;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationInstancesRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationInstancesResponse;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;

/**
 * The nine schema-conversion waiters of the DMS waiter model, run by the SDK's waiter engine against the
 * simulator: each succeeds on its success status and fails through its FAILED acceptor, in virtual time. The
 * SDK's generated waiter runs them when the SDK has it; SDK 2.42.1 does not, so the model's copied
 * definition runs on the same engine (see {@link SchemaConversionWaiters}).
 */
class SchemaConversionWaitersTest {

    private final SchemaConversionFixture hr = new SchemaConversionFixture("hr");
    private final SchemaConversionWaiters waiters = new SchemaConversionWaiters(hr.dms, hr.simulator, "hr");

    @Test
    void should_wait_until_imported_and_fail_on_a_failed_import() {
        succeeds(() -> hr.startImport(hr.hr()), waiters::imported, 60);
        failsWith(SchemaConversionStep.IMPORT, () -> hr.startImport(hr.hr()), waiters::imported);
    }

    @Test
    void should_wait_until_assessed_and_fail_on_a_failed_assessment() {
        succeeds(() -> hr.startAssessment(hr.hr()), waiters::assessed, 30);
        failsWith(SchemaConversionStep.ASSESSMENT, () -> hr.startAssessment(hr.hr()), waiters::assessed);
    }

    @Test
    void should_wait_until_converted_and_fail_on_a_failed_conversion() {
        succeeds(() -> hr.startConversion(hr.hr()), waiters::converted, 30);
        failsWith(SchemaConversionStep.CONVERSION, () -> hr.startConversion(hr.hr()), waiters::converted);
    }

    @Test
    void should_wait_until_created_and_fail_on_a_failed_creation() {
        succeeds(() -> hr.startCreation("v1", "CREATE VIEW hr.v1 AS SELECT 1"), waiters::created, 15);
        failsWith(
                SchemaConversionStep.CREATION,
                () -> hr.startCreation("v2", "CREATE VIEW hr.v2 AS SELECT 1"),
                waiters::created);
    }

    @Test
    void should_wait_until_exported_as_script_and_fail_on_a_failed_export() {
        succeeds(() -> hr.startExportAsScript(hr.hr()), waiters::exportedAsScript, 20);
        failsWith(
                SchemaConversionStep.EXPORT_AS_SCRIPT,
                () -> hr.startExportAsScript(hr.hr()),
                waiters::exportedAsScript);
    }

    @Test
    void should_wait_until_exported_to_target_and_fail_on_a_failed_export() {
        waiters.converted(hr.startConversion(hr.hr()));
        succeeds(() -> hr.startExportToTarget(hr.hr()), waiters::exportedToTarget, 20);
        failsWith(
                SchemaConversionStep.EXPORT_TO_TARGET,
                () -> hr.startExportToTarget(hr.hr()),
                waiters::exportedToTarget);
    }

    @Test
    void should_wait_until_the_extension_pack_is_associated_and_fail_on_a_failed_association() {
        succeeds(hr::startExtensionPack, waiters::extensionPackAssociated, 10);
        failsWith(
                SchemaConversionStep.EXTENSION_PACK_ASSOCIATION,
                hr::startExtensionPack,
                waiters::extensionPackAssociated);
    }

    @Test
    void should_wait_until_a_conversion_is_cancelled_and_fail_when_it_failed_instead() {
        String canceled = hr.startConversion(hr.hr());
        hr.dms.cancelMetadataModelConversion(
                r -> r.migrationProjectIdentifier("hr").requestIdentifier(canceled));
        assertThat(waiters.conversionCancelled(canceled).matched().response()).isPresent();
        assertThat(hr.conversion(canceled).status()).isEqualTo("CANCELED");

        failsWith(SchemaConversionStep.CONVERSION, () -> hr.startConversion(hr.hr()), waiters::conversionCancelled);
    }

    @Test
    void should_wait_until_a_creation_is_cancelled_and_fail_when_it_failed_instead() {
        String canceled = hr.startCreation("v1", "CREATE VIEW hr.v1 AS SELECT 1");
        hr.dms.cancelMetadataModelCreation(
                r -> r.migrationProjectIdentifier("hr").requestIdentifier(canceled));
        assertThat(waiters.creationCancelled(canceled).matched().response()).isPresent();

        failsWith(
                SchemaConversionStep.CREATION,
                () -> hr.startCreation("v2", "CREATE VIEW hr.v2 AS SELECT 1"),
                waiters::creationCancelled);
    }

    @Test
    void should_run_the_sdk_generated_waiter_when_the_sdk_has_one() {
        // The reflective path, shown on a waiter SDK 2.42.1 generates: the nine take it once the SDK has them.
        Definition available = new Definition("ReplicationInstanceAvailable", 60, 60, "available");
        Method generated =
                available.generated(DescribeReplicationInstancesRequest.class).orElseThrow();
        ReplicationInstance created = hr.dms
                .createReplicationInstance(
                        r -> r.replicationInstanceIdentifier("waited").replicationInstanceClass("dms.t3.small"))
                .replicationInstance();

        WaiterResponse<DescribeReplicationInstancesResponse> response = waiters.generatedWaiter(
                available,
                generated,
                DescribeReplicationInstancesRequest.builder()
                        .filters(f -> f.name("replication-instance-arn").values(created.replicationInstanceArn()))
                        .build());

        assertThat(response.matched().response().orElseThrow().replicationInstances())
                .extracting(ReplicationInstance::replicationInstanceStatus)
                .containsExactly("available");
        assertThat(response.attemptsExecuted()).isGreaterThan(1);
    }

    /** The waiter ends on SUCCESS after at most two of its delays of virtual time (queue plus work). */
    private <R> void succeeds(Supplier<String> start, Function<String, WaiterResponse<R>> waiter, int delaySeconds) {
        Instant before = hr.simulator.clock().now();
        WaiterResponse<R> response = waiter.apply(start.get());
        assertThat(response.matched().response()).isPresent();
        assertThat(response.attemptsExecuted()).isGreaterThan(1);
        assertThat(hr.simulator.clock().now()).isAfter(before).isBeforeOrEqualTo(before.plusSeconds(delaySeconds * 2L));
    }

    private <R> void failsWith(
            SchemaConversionStep step, Supplier<String> start, Function<String, WaiterResponse<R>> waiter) {
        hr.planIncident(DmsIncident.schemaConversionFailure(step, "Simulated " + step + " failure"));
        String id = start.get();
        assertThatThrownBy(() -> waiter.apply(id))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("Requests[].Status=FAILED");
    }
}
