package io.dmstestkit.simulator.internal.state;

import io.dmstestkit.simulator.internal.ServiceError;
import java.util.regex.Pattern;

/**
 * The identifier rules DMS applies to the names users choose (endpoint, replication config, …): 1 to 255
 * ASCII letters, digits and hyphens, starting with a letter, not ending with a hyphen, no two hyphens in
 * a row.
 */
public final class Identifiers {

    private static final Pattern VALID = Pattern.compile("[A-Za-z](?:[A-Za-z0-9]|-(?!-))*");

    private Identifiers() {}

    public static String require(String member, String identifier) {
        if (identifier.isEmpty()
                || identifier.length() > 255
                || identifier.endsWith("-")
                || !VALID.matcher(identifier).matches()) {
            throw ServiceError.invalidParameterValue("The parameter " + member + " is not a valid identifier ('"
                    + identifier + "'). Identifiers must begin with a letter; must contain only ASCII letters, digits,"
                    + " and hyphens; and must not end with a hyphen or contain two consecutive hyphens.");
        }
        return identifier;
    }

    /**
     * The ARN of a new resource of {@code kind}: the generated one, or, when the user gave a
     * {@code ResourceIdentifier}, the same ARN ending in it; it must be a valid identifier not taken in the
     * account ({@code ResourceAlreadyExistsFault} naming the {@code noun} otherwise).
     */
    public static String newArn(AccountState account, String kind, String noun, String resourceIdentifier) {
        String generated = account.ids().newArn(kind);
        if (resourceIdentifier == null) {
            return generated;
        }
        require("ResourceIdentifier", resourceIdentifier);
        String arn = generated.substring(0, generated.lastIndexOf(':') + 1) + resourceIdentifier;
        if (account.exists(arn)) {
            throw ServiceError.alreadyExists(
                    "A " + noun + " with ResourceIdentifier " + resourceIdentifier + " already exists");
        }
        return arn;
    }
}
