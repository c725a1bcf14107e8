package io.dmstestkit.wiremock.internal.json;

import io.dmstestkit.simulator.SimulatorSettings;
import java.util.regex.Pattern;

/**
 * The account and region an admin request is about, as the SDK's credential scope would name them: the
 * simulator's default account and region for what the request leaves out.
 */
public record Scope(String account, String region) {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    // Loose on purpose: it catches "US East" and "us_east_1", not regions AWS has yet to open.
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)+");

    /**
     * The scope a request names, checked; {@code what} says how the request names them ("field" or "query
     * parameter"), for the message.
     */
    public static Scope of(String account, String region, SimulatorSettings defaults, String what) {
        if (account != null && !ACCOUNT_ID.matcher(account).matches()) {
            throw AdminRequestException.badRequest(
                    what + " 'account' must be a 12-digit account id, was '" + account + "'");
        }
        if (region != null && !REGION.matcher(region).matches()) {
            throw AdminRequestException.badRequest(
                    what + " 'region' must be an AWS region such as us-east-1, was '" + region + "'");
        }
        return new Scope(
                account == null ? defaults.defaultAccount() : account,
                region == null ? defaults.defaultRegion() : region);
    }
}
