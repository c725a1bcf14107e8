package io.dmstestkit.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The simulator's answer to a {@link DmsHttpRequest}: HTTP status, headers and JSON body, ready for any
 * transport to send as they are.
 */
@API(status = API.Status.EXPERIMENTAL)
public record DmsHttpResponse(int status, Map<String, String> headers, byte[] body) {

    public DmsHttpResponse {
        headers = Map.copyOf(headers);
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
