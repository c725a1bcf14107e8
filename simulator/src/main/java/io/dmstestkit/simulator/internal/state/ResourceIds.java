package io.dmstestkit.simulator.internal.state;

import java.util.Random;

/**
 * Makes DMS-looking ARNs: {@code arn:aws:dms:<region>:<account>:<kind>:<26 upper-case letters and digits>}.
 * Seeded per account, so the same calls in the same order give the same ARNs on every run.
 */
public final class ResourceIds {

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

    private final Random random;
    private final String account;
    private final String region;

    public ResourceIds(long seed, String account, String region) {
        this.random = new Random(seed ^ account.hashCode() * 31L ^ region.hashCode());
        this.account = account;
        this.region = region;
    }

    /** A fresh ARN of the given kind, e.g. {@code endpoint}, {@code replication-config}. */
    public String newArn(String kind) {
        StringBuilder id = new StringBuilder(26);
        for (int i = 0; i < 26; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return "arn:aws:dms:" + region + ":" + account + ":" + kind + ":" + id;
    }
}
