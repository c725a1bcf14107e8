package io.dmstestkit.simulator.internal.protocol;

import io.dmstestkit.simulator.DmsHttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The account and region a call belongs to, read from the SigV4 {@code Authorization} header:
 * {@code Credential=<access key id>/<date>/<region>/dms/aws4_request}. An access key id of exactly 12
 * digits is taken as the account id, which is how tests that share one simulator isolate themselves.
 */
public record CallerIdentity(String account, String region) {

    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)/[^/,\\s]+/([^/,\\s]+)/");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    public static CallerIdentity of(DmsHttpRequest request, String defaultAccount, String defaultRegion) {
        return request.header("Authorization")
                .map(CREDENTIAL::matcher)
                .filter(Matcher::find)
                .map(m -> new CallerIdentity(
                        ACCOUNT_ID.matcher(m.group(1)).matches() ? m.group(1) : defaultAccount, m.group(2)))
                .orElse(new CallerIdentity(defaultAccount, defaultRegion));
    }
}
