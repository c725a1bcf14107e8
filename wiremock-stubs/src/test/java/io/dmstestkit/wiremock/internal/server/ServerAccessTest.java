package io.dmstestkit.wiremock.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The host check every request passes: the quick answer for plain loopback names, the full parse otherwise. */
class ServerAccessTest {

    private final ServerAccess loopbackOnly = ServerAccess.forBindAddress("127.0.0.1", Set.of("dms"), Set.of());

    @Test
    void should_answer_loopback_names_with_or_without_a_port() {
        for (String host : new String[] {
            "127.0.0.1",
            "127.0.0.1:8080",
            "127.1.2.3:1",
            "localhost",
            "LOCALHOST:65535",
            "[::1]:8080",
            "[::1]",
            "api.localhost:80",
            "dms",
            "DMS:9000"
        }) {
            assertThat(loopbackOnly.hostAllowed(host)).as(host).isTrue();
        }
    }

    @Test
    void should_refuse_other_names_however_they_start() {
        for (String host : new String[] {
            "127.0.0.1@evil.example",
            "127.0.0.1.evil.example",
            "localhost.evil.example:80",
            "evil.example",
            "128.0.0.1:80",
            "localhost:80:80",
            "",
            " ",
            null
        }) {
            assertThat(loopbackOnly.hostAllowed(host)).as(String.valueOf(host)).isFalse();
        }
    }

    @Test
    void should_answer_any_name_when_listening_beyond_loopback() {
        assertThat(ServerAccess.forBindAddress("0.0.0.0", Set.of(), Set.of()).hostAllowed("evil.example"))
                .isTrue();
    }
}
