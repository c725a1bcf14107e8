package io.dmstestkit.wiremock.internal.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.dmstestkit.wiremock.internal.json.AdminJson;
import io.dmstestkit.wiremock.internal.json.AdminRequestException;
import java.time.DateTimeException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An admin route answering JSON. Whatever goes wrong becomes a JSON {@code {"error": "..."}} answer: 400
 * for a bad request, 404 for an unknown id; WireMock would turn an escaping exception into a bare 500.
 *
 * <p>WireMock finds a route's path template by the task's class, so every route needs a class of its own.
 */
abstract class JsonAdminTask implements AdminTask {

    private static final Logger LOG = Logger.getLogger(JsonAdminTask.class.getName());

    @Override
    public final ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        try {
            return handle(new AdminCall(admin, serveEvent.getRequest(), pathParams));
        } catch (AdminRequestException e) {
            return json(e.status(), Map.of("error", e.getMessage()));
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            // The simulator's builders validate with IllegalArgumentException and say what is wrong.
            return json(400, Map.of("error", String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "dms-testkit admin API failed on " + serveEvent.getRequest().getUrl(),
                    e);
            return json(500, Map.of("error", "the dms-testkit admin API failed: " + e));
        }
    }

    abstract ResponseDefinition handle(AdminCall call);

    static ResponseDefinition ok(Object body) {
        return json(200, body);
    }

    /** 200 with a body that already is JSON text. */
    static ResponseDefinition okJsonText(String json) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(json)
                .build();
    }

    static ResponseDefinition json(int status, Object body) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(AdminJson.write(body))
                .build();
    }
}
