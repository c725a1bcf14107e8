package io.dmstestkit.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * One DMS API call as it arrives over any transport: the {@code X-Amz-Target} header, the JSON body
 * and the other headers (for the SigV4 credential scope).
 *
 * <pre>{@code
 * DmsHttpRequest call = DmsHttpRequest.of("AmazonDMSv20160101.DescribeReplications", "{}");
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public record DmsHttpRequest(String target, byte[] body, Map<String, List<String>> headers) {

    public DmsHttpRequest {
        body = body == null ? new byte[0] : body;
        TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> caseInsensitive.put(name, List.copyOf(values)));
        }
        headers = caseInsensitive;
    }

    /** A request with no headers but the target. */
    public static DmsHttpRequest of(String target, String jsonBody) {
        return new DmsHttpRequest(target, jsonBody.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** The first value of a header, looked up case-insensitively. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
