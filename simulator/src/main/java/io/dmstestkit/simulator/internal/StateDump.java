package io.dmstestkit.simulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dmstestkit.simulator.internal.protocol.RequiredMembers;
import io.dmstestkit.simulator.internal.protocol.SdkJsonCodec;
import io.dmstestkit.simulator.internal.replication.ReplicationRecord;
import io.dmstestkit.simulator.internal.replication.Replications;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.NamedResource;
import io.dmstestkit.simulator.internal.state.ResourceStore;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import software.amazon.awssdk.core.SdkPojo;

/**
 * A JSON picture of every account's resources at one virtual time, in the wire shapes (for the admin
 * API and for debugging). Replications are shown as DescribeReplications would show them now.
 */
public final class StateDump {

    private static final SdkJsonCodec CODEC = new SdkJsonCodec(RequiredMembers.load());

    private StateDump() {}

    public static ObjectNode of(Collection<AccountState> accounts, Instant now) {
        ObjectNode root = SdkJsonCodec.mapper().createObjectNode();
        root.put("virtualTime", now.toString());
        ArrayNode list = root.putArray("accounts");
        for (AccountState account : accounts) {
            account.lock().lock();
            try {
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
        for (Map.Entry<Class<?>, ResourceStore<?>> store : account.stores().entrySet()) {
            ArrayNode resources = node.putArray(store.getKey().getSimpleName());
            for (Object resource : store.getValue().values()) {
                resources.add(resource(resource, now));
            }
        }
        return node;
    }

    private static ObjectNode resource(Object resource, Instant now) {
        if (resource instanceof ReplicationRecord record) {
            ObjectNode node = SdkJsonCodec.mapper().createObjectNode();
            node.set("ReplicationConfig", CODEC.encode(record.config()));
            node.set("Replication", CODEC.encode(Replications.describe(record, now)));
            return node;
        }
        if (resource instanceof SdkPojo pojo) {
            return CODEC.encode(pojo);
        }
        ObjectNode node = SdkJsonCodec.mapper().createObjectNode();
        if (resource instanceof NamedResource named) {
            node.put("Arn", named.arn()).put("Name", named.name()).put("Status", named.statusAt(now));
        } else {
            node.put("Description", resource.toString());
        }
        return node;
    }
}
