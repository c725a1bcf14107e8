package io.dmstestkit.simulator.internal.state;

import io.dmstestkit.simulator.internal.operations.OperationContext;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.databasemigration.model.Tag;

/** Tags given at creation time, stored where AddTagsToResource/ListTagsForResource find them. */
public final class Tagging {

    private Tagging() {}

    public static void tagOnCreate(OperationContext context, String arn, List<Tag> tags) {
        if (tags != null && !tags.isEmpty()) {
            merge(context.account(), arn, tags);
        }
    }

    /** Adds or replaces tags by key, keeping the order of first addition. */
    public static void merge(AccountState account, String arn, List<Tag> tags) {
        List<Tag> current = new ArrayList<>(account.tags().getOrDefault(arn, List.of()));
        for (Tag tag : tags) {
            current.removeIf(existing -> existing.key().equals(tag.key()));
            current.add(Tag.builder()
                    .key(tag.key())
                    .value(tag.value())
                    .resourceArn(arn)
                    .build());
        }
        account.tags().put(arn, List.copyOf(current));
    }
}
