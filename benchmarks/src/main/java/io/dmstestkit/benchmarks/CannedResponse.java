package io.dmstestkit.benchmarks;

import java.util.List;
import java.util.Map;

/** An HTTP answer as the simulator gave it, to be served again by a static stub. */
record CannedResponse(int status, Map<String, List<String>> headers, byte[] body) {

    CannedResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
