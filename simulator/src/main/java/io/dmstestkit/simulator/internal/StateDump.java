package io.dmstestkit.simulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dmstestkit.simulator.internal.fleetadvisor.FleetAdvisorOperations;
import io.dmstestkit.simulator.internal.fleetadvisor.FleetInventory;
import io.dmstestkit.simulator.internal.protocol.RequiredMembers;
import io.dmstestkit.simulator.internal.protocol.SdkJsonCodec;
import io.dmstestkit.simulator.internal.replication.ReplicationRecord;
import io.dmstestkit.simulator.internal.replication.Replications;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.Described;
import io.dmstestkit.simulator.internal.state.NamedResource;
import io.dmstestkit.simulator.internal.state.ResourceStore;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.core.SdkPojo;

/**
 * A JSON picture of every account's resources at one virtual time, in the wire shapes (for the admin
 * API and for debugging), listed under the member names of the Describe answers: {@code Endpoints},
 * {@code ReplicationConfigs}, {@code Replications} (as DescribeReplications would show them now),
 * {@code Connections}, {@code DataMigrations}, the schema-conversion requests of migration projects
 * ({@code MetadataModelImports}, {@code MetadataModelConversions}…), Fleet Advisor's {@code Collectors} and
 * discovered {@code Databases}, {@code Recommendations}… Accounts come sorted by account and region.
 *
 * <p>Reading only: it makes no call, so it leaves the journal, the faults and the clock alone.
 */
public final class StateDump {

    private static final SdkJsonCodec CODEC = new SdkJsonCodec(RequiredMembers.load());

    private StateDump() {}

    public static ObjectNode of(Collection<AccountState> accounts, Instant now) {
        ObjectNode root = SdkJsonCodec.mapper().createObjectNode();
        root.put("virtualTime", now.toString());
        ArrayNode list = root.putArray("accounts");
        List<AccountState> sorted = accounts.stream()
                .sorted(Comparator.comparing(AccountState::accountId).thenComparing(AccountState::region))
                .toList();
        for (AccountState account : sorted) {
            account.lock().lock();
            try {
                account.purge(now);
                list.add(account(account, now));
            } finally {
                account.lock().unlock();
            }
        }
        return root;
    }

    private static ObjectNode account(AccountState account, Instant now) {
        ObjectNode node = SdkJsonCodec.mapper().createObjectNode();
        node.put("account", account.accountId()).put("region", account.region());
        for (ResourceStore<?> store : account.stores().values()) {
            for (Object resource : store.values()) {
                add(node, resource, now);
            }
        }
        // Fleet Advisor's databases are not stored: collectors discover them from the declared ones.
        for (FleetInventory.Database database : FleetInventory.databases(account, now)) {
            node.withArrayProperty("Databases").add(CODEC.encode(FleetAdvisorOperations.database(database)));
        }
        return node;
    }

    private static void add(ObjectNode account, Object resource, Instant now) {
        if (resource instanceof ReplicationRecord record) {
            account.withArrayProperty("ReplicationConfigs").add(CODEC.encode(record.config()));
            account.withArrayProperty("Replications").add(CODEC.encode(Replications.describe(record, now)));
        } else if (resource instanceof Described described) {
            account.withArrayProperty(described.describedIn()).add(CODEC.encode(described.describeAt(now)));
        } else if (resource instanceof SdkPojo pojo) {
            // Stored SDK shapes (Endpoint, InstanceProfile…) are listed as e.g. DescribeEndpoints lists them.
            account.withArrayProperty(pojo.getClass().getSimpleName() + "s").add(CODEC.encode(pojo));
        } else if (resource instanceof NamedResource named) {
            account.withArrayProperty(resource.getClass().getSimpleName())
                    .addObject()
                    .put("Arn", named.arn())
                    .put("Name", named.name())
                    .put("Status", named.statusAt(now));
        } else {
            account.withArrayProperty("Other").addObject().put("Description", resource.toString());
        }
    }
}
