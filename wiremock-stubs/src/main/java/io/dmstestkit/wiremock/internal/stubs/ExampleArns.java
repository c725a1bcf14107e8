package io.dmstestkit.wiremock.internal.stubs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Stable, DMS-shaped ARNs for canned answers: the same name always gives the same ARN, with a resource id
 * of 26 upper-case letters and digits, as DMS makes them.
 */
public final class ExampleArns {

    public static final String REGION = "us-east-1";
    public static final String ACCOUNT = "123456789012";
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private ExampleArns() {}

    /** E.g. {@code arn:aws:dms:us-east-1:123456789012:replication-config:ABC...} for kind {@code replication-config}. */
    public static String of(String kind, String name) {
        return "arn:aws:dms:" + REGION + ":" + ACCOUNT + ":" + kind + ":" + resourceId(kind + "/" + name);
    }

    private static String resourceId(String seed) {
        byte[] hash = sha256(seed);
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            id.append(ALPHABET[(hash[i] & 0xFF) % ALPHABET.length]);
        }
        return id.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
