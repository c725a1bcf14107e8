package io.dmstestkit.simulator.conformance;

import static io.dmstestkit.simulator.conformance.Setups.endpoint;

import io.dmstestkit.simulator.DmsSimulator;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;

/** Account quotas and the tags of resources. */
public final class AccountCalls implements ConformanceCalls {

    private static String tagged(DatabaseMigrationClient dms) {
        String arn = endpoint(dms, "source", "source");
        dms.addTagsToResource(r -> r.resourceArn(arn).tags(t -> t.key("team").value("data")));
        return arn;
    }

    @Override
    public Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls() {
        return Map.of(
                "DescribeAccountAttributes",
                (simulator, dms) -> dms.describeAccountAttributes(r -> {}),
                "AddTagsToResource",
                (simulator, dms) -> {
                    String arn = endpoint(dms, "source", "source");
                    return dms.addTagsToResource(
                            r -> r.resourceArn(arn).tags(t -> t.key("team").value("data")));
                },
                "ListTagsForResource",
                (simulator, dms) -> dms.listTagsForResource(r -> r.resourceArn(tagged(dms))),
                "RemoveTagsFromResource",
                (simulator, dms) -> dms.removeTagsFromResource(
                        r -> r.resourceArn(tagged(dms)).tagKeys("team")));
    }
}
