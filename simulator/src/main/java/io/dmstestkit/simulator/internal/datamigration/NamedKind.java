package io.dmstestkit.simulator.internal.datamigration;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.Identifiers;
import io.dmstestkit.simulator.internal.state.ResourceStore;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of resource that the data-migration API names by a user-chosen name and an ARN, and accepts
 * either of wherever the model says "identifier". Holds the rules the four kinds (instance profile, data
 * provider, migration project, data migration) share: lookup by name or ARN, unique names, default names.
 *
 * <pre>{@code
 * NamedKind<InstanceProfile> PROFILES = new NamedKind<>(InstanceProfile.class, "instance profile",
 *     "instance-profile", InstanceProfile::instanceProfileName, InstanceProfile::instanceProfileArn);
 * InstanceProfile profile = PROFILES.require(account, "my-profile");   // or its ARN
 * }</pre>
 */
final class NamedKind<T> {

    private final Class<T> type;
    private final String what;
    private final String arnKind;
    private final Function<T, String> name;
    private final Function<T, String> arn;

    NamedKind(Class<T> type, String what, String arnKind, Function<T, String> name, Function<T, String> arn) {
        this.type = type;
        this.what = what;
        this.arnKind = arnKind;
        this.name = name;
        this.arn = arn;
    }

    ResourceStore<T> store(AccountState account) {
        return account.store(type);
    }

    /** The resource whose ARN or (case-insensitive) name is {@code identifier}. */
    Optional<T> find(AccountState account, String identifier) {
        if (identifier.startsWith("arn:")) {
            return store(account).get(identifier);
        }
        return store(account)
                .findNamed(identifier, resource -> name.apply(resource).equalsIgnoreCase(identifier));
    }

    /** The resource named by {@code identifier}, or ResourceNotFoundFault. */
    T require(AccountState account, String identifier) {
        return find(account, identifier)
                .orElseThrow(() -> ServiceError.resourceNotFound(capitalized() + " " + identifier + " not found"));
    }

    /** A fresh ARN of this kind. */
    String newArn(AccountState account) {
        return account.ids().newArn(arnKind);
    }

    /**
     * The name to give a resource: the requested one, validated and unique, or (when none was requested)
     * one made from the ARN's ID, as DMS generates names for unnamed resources.
     */
    String nameFor(AccountState account, String member, String requested, String ownArn) {
        String chosen = requested != null
                ? Identifiers.require(member, requested)
                : arnKind + "-" + ownArn.substring(ownArn.lastIndexOf(':') + 1).toLowerCase(Locale.ROOT);
        store(account)
                .findNamed(
                        chosen,
                        other -> name.apply(other).equalsIgnoreCase(chosen)
                                && !arn.apply(other).equals(ownArn))
                .ifPresent(other -> {
                    throw ServiceError.alreadyExists(capitalized() + " with name " + chosen + " already exists");
                });
        return chosen;
    }

    /** Name and ARN: the values an {@code ...-identifier} filter matches. */
    List<String> identifiers(T resource) {
        return List.of(name.apply(resource), arn.apply(resource));
    }

    String nameOf(T resource) {
        return name.apply(resource);
    }

    String arnOf(T resource) {
        return arn.apply(resource);
    }

    /** How the kind is called in messages, e.g. "Instance profile". */
    String capitalized() {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
