package io.dmstestkit.simulator.internal.protocol;

import io.dmstestkit.simulator.DmsHttpRequest;
import java.util.Optional;

/**
 * The account and region a call belongs to, read from the SigV4 {@code Authorization} header:
 * {@code Credential=<access key id>/<date>/<region>/dms/aws4_request}. An access key id of exactly 12
 * digits is taken as the account id, which is how tests that share one simulator isolate themselves.
 */
public record CallerIdentity(String account, String region) {

    private static final String CREDENTIAL = "Credential=";

    public static CallerIdentity of(DmsHttpRequest request, String defaultAccount, String defaultRegion) {
        Optional<String> authorization = request.header("Authorization");
        if (authorization.isPresent()) {
            CallerIdentity scoped = scope(authorization.get(), defaultAccount);
            if (scoped != null) {
                return scoped;
            }
        }
        return new CallerIdentity(defaultAccount, defaultRegion);
    }

    /**
     * The first {@code Credential=<key>/<date>/<region>/} in the header, each part a non-empty run without
     * {@code /}, {@code ,} or white space (what the regular expression
     * {@code Credential=([^/,\s]+)/[^/,\s]+/([^/,\s]+)/} finds), or null. Scanned by hand: every call pays it.
     */
    static CallerIdentity scope(String header, String defaultAccount) {
        for (int at = header.indexOf(CREDENTIAL); at >= 0; at = header.indexOf(CREDENTIAL, at + 1)) {
            int key = at + CREDENTIAL.length();
            int keyEnd = part(header, key);
            if (keyEnd < 0) {
                continue;
            }
            int dateEnd = part(header, keyEnd + 1);
            if (dateEnd < 0) {
                continue;
            }
            int regionEnd = part(header, dateEnd + 1);
            if (regionEnd < 0) {
                continue;
            }
            String accessKey = header.substring(key, keyEnd);
            return new CallerIdentity(
                    isAccountId(accessKey) ? accessKey : defaultAccount, header.substring(dateEnd + 1, regionEnd));
        }
        return null;
    }

    /** The index of the {@code /} ending a non-empty part that starts at {@code start}, or -1. */
    private static int part(String header, int start) {
        int i = start;
        while (i < header.length() && !isSeparator(header.charAt(i))) {
            i++;
        }
        return i > start && i < header.length() && header.charAt(i) == '/' ? i : -1;
    }

    /** {@code /}, {@code ,} and what {@code \s} matches: space, tab, new line, vertical tab, form feed, return. */
    private static boolean isSeparator(char c) {
        return c == '/' || c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Exactly twelve ASCII digits. */
    private static boolean isAccountId(String key) {
        if (key.length() != 12) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
