package io.dmstestkit.simulator.internal.datamigration;

import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.simulator.internal.Operations;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.AccountState;
import software.amazon.awssdk.services.databasemigration.model.CreateDataMigrationRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateDataMigrationResponse;
import software.amazon.awssdk.services.databasemigration.model.CreateDataProviderRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateInstanceProfileRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateMigrationProjectRequest;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.DataProviderDescriptorDefinition;
import software.amazon.awssdk.services.databasemigration.model.DataProviderSettings;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationRequest;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.StartDataMigrationRequest;
import software.amazon.awssdk.services.databasemigration.model.StartDataMigrationResponse;
import software.amazon.awssdk.services.databasemigration.model.StopDataMigrationRequest;
import software.amazon.awssdk.services.databasemigration.model.StopDataMigrationResponse;

/**
 * One account's state with the registered handlers and a manual clock, called directly with typed SDK
 * requests: lets tests reach the {@link AccountState} that {@link DataMigrations} works on, which the
 * public simulator does not hand out (the fault API will wire incidents to it later).
 */
final class DirectDms {

    final SimulatedClock clock = SimulatedClock.manual();
    final AccountState account = new AccountState("123456789012", "us-east-1", 42);
    private final SimulatorSettings settings = SimulatorSettings.defaults();
    private final OperationRegistry registry = Operations.all().registry();

    @SuppressWarnings("unchecked")
    <O extends DatabaseMigrationResponse> O call(DatabaseMigrationRequest request) {
        String operation = request.getClass().getSimpleName().replaceFirst("Request$", "");
        account.lock().lock();
        try {
            return (O) registry.find(operation)
                    .orElseThrow()
                    .handle(request, new OperationContext(account, clock.now(), settings));
        } finally {
            account.lock().unlock();
        }
    }

    /** A data migration of {@code type} named {@code name}, with its profile, providers and project. */
    DataMigration migration(String name, MigrationTypeValue type) {
        call(CreateInstanceProfileRequest.builder()
                .instanceProfileName(name + "-profile")
                .build());
        DataProviderSettings settings = DataProviderSettings.builder()
                .postgreSqlSettings(p -> p.serverName("db").port(5432))
                .build();
        for (String role : new String[] {"-source", "-target"}) {
            call(CreateDataProviderRequest.builder()
                    .dataProviderName(name + role)
                    .engine("postgres")
                    .settings(settings)
                    .build());
        }
        call(CreateMigrationProjectRequest.builder()
                .migrationProjectName(name + "-project")
                .instanceProfileIdentifier(name + "-profile")
                .sourceDataProviderDescriptors(descriptor(name + "-source"))
                .targetDataProviderDescriptors(descriptor(name + "-target"))
                .build());
        CreateDataMigrationResponse created = call(CreateDataMigrationRequest.builder()
                .migrationProjectIdentifier(name + "-project")
                .dataMigrationName(name)
                .dataMigrationType(type)
                .serviceAccessRoleArn("arn:aws:iam::123456789012:role/dms")
                .build());
        return created.dataMigration();
    }

    DataMigration start(String name, String startType) {
        StartDataMigrationResponse response = call(StartDataMigrationRequest.builder()
                .dataMigrationIdentifier(name)
                .startType(startType)
                .build());
        return response.dataMigration();
    }

    DataMigration stop(String name) {
        StopDataMigrationResponse response = call(
                StopDataMigrationRequest.builder().dataMigrationIdentifier(name).build());
        return response.dataMigration();
    }

    DataMigration describe(String name) {
        return DataMigrations.find(account, name, clock.now()).orElseThrow();
    }

    /** Moves the clock to the next planned change of any resource; false when nothing is planned. */
    boolean jumpToNextChange() {
        var next = account.nextChangeAfter(clock.now());
        next.ifPresent(clock::advanceTo);
        return next.isPresent();
    }

    /** Jumps from change to change until {@code name} has {@code status}. */
    DataMigration jumpUntil(String name, String status) {
        while (!describe(name).dataMigrationStatus().equals(status)) {
            if (!jumpToNextChange()) {
                throw new AssertionError(name + " never reached " + status + ", stays "
                        + describe(name).dataMigrationStatus());
            }
        }
        return describe(name);
    }

    private static DataProviderDescriptorDefinition descriptor(String provider) {
        return DataProviderDescriptorDefinition.builder()
                .dataProviderIdentifier(provider)
                .build();
    }
}
