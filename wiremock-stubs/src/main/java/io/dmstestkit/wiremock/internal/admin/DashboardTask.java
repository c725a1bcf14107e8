package io.dmstestkit.wiremock.internal.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /__admin/dms/ui}: the live dashboard, one self-contained page (inline script and style, no
 * network beyond this server). It reads and acts only through the admin API of the same server, so the
 * same guards (loopback host names, same-origin admin calls) protect it; the policy header keeps the page
 * from loading or sending anything elsewhere.
 */
final class DashboardTask implements AdminTask {

    private static final String PAGE = load();

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withHeader("Cache-Control", "no-store")
                .withHeader(
                        "Content-Security-Policy",
                        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline';"
                                + " connect-src 'self'; img-src data:; form-action 'none'; frame-ancestors 'none'")
                .withBody(PAGE)
                .build();
    }

    private static String load() {
        try (InputStream in = DashboardTask.class.getResourceAsStream("dashboard.html")) {
            if (in == null) {
                throw new IllegalStateException("missing resource dashboard.html next to " + DashboardTask.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
