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
}
