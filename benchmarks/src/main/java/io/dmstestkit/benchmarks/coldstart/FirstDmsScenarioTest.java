package io.dmstestkit.benchmarks.coldstart;

import io.dmstestkit.junit.DmsScenario;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/** The first {@code @DmsScenario} test of a fresh JVM: one DMS call, what a user's first test pays. */
@API(status = API.Status.INTERNAL)
@DmsScenario
public class FirstDmsScenarioTest {

    @Test
    void one_call(DatabaseMigrationClient dms) {
        if (!dms.describeEndpoints(r -> {}).endpoints().isEmpty()) {
            throw new AssertionError("a fresh simulator has no endpoints");
        }
    }
}
