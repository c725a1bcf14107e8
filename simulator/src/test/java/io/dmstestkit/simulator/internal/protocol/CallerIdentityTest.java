package io.dmstestkit.simulator.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.simulator.DmsHttpRequest;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written scan of the SigV4 credential scope finds what the regular expression it replaced finds. */
class CallerIdentityTest {

    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)/[^/,\\s]+/([^/,\\s]+)/");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    @Test
    void readsTheAccountAndRegionOfASignedRequest() {
        assertThat(identify("AWS4-HMAC-SHA256 Credential=123456789012/20260101/eu-west-1/dms/aws4_request, "
                        + "SignedHeaders=host, Signature=abc"))
                .isEqualTo(new CallerIdentity("123456789012", "eu-west-1"));
        assertThat(identify("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/dms/aws4_request"))
                .isEqualTo(new CallerIdentity("000000000000", "us-east-1"));
        assertThat(identify(null)).isEqualTo(new CallerIdentity("000000000000", "us-west-2"));
    }

    @Test
    void findsWhatTheRegularExpressionFinds() {
        String[] tokens = {
            "Credential=",
            "Credential=",
            "/",
            "/",
            ",",
            " ",
            "\t",
            "\n",
            "\u000B",
            "\f",
            "\r",
            "\u00A0",
            "1234",
            "56789012",
            "1234567890123",
            "eu-west-1",
            "a",
            "é",
            "٣",
            "=",
            "Credential",
            "dms/aws4_request"
        };
        SplittableRandom random = new SplittableRandom(18);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder header = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                header.append(tokens[random.nextInt(tokens.length)]);
            }
            String text = header.toString();
            assertThat(identify(text)).as("%s", text).isEqualTo(byRegex(text));
        }
    }

    private static CallerIdentity identify(String authorization) {
        Map<String, List<String>> headers =
                authorization == null ? Map.of() : Map.of("Authorization", List.of(authorization));
        return CallerIdentity.of(new DmsHttpRequest("x", new byte[0], headers), "000000000000", "us-west-2");
    }

    private static CallerIdentity byRegex(String authorization) {
        Matcher m = CREDENTIAL.matcher(authorization);
        if (!m.find()) {
            return new CallerIdentity("000000000000", "us-west-2");
        }
        return new CallerIdentity(ACCOUNT_ID.matcher(m.group(1)).matches() ? m.group(1) : "000000000000", m.group(2));
    }
}
