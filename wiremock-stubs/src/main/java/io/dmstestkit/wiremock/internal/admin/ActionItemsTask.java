package io.dmstestkit.wiremock.internal.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.wiremock.internal.json.AdminRequestException;
import io.dmstestkit.wiremock.internal.json.Scope;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /__admin/dms/action-items?project=…[&account=…][&region=…]} → {@code {"actionItems": ["…"]}}: the
 * action items the last successful assessment of a migration project (name or ARN) reported. DMS writes them
 * only into the assessment's report files in S3, which the simulator does not write, so this is the one place
 * a test of a server reads them. No such project, or no successful assessment yet, is a 400 saying so.
 */
final class ActionItemsTask extends JsonAdminTask {

    private final DmsSimulator simulator;

    ActionItemsTask(DmsSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    ResponseDefinition handle(AdminCall call) {
        Map<String, String> query = call.query(Set.of("account", "region", "project"));
        Scope scope = Scope.of(query.get("account"), query.get("region"), simulator.settings(), "query parameter");
        String project = query.get("project");
        if (project == null) {
            throw AdminRequestException.badRequest(
                    "query parameter 'project' is required: the migration project, by name or ARN");
        }
        List<String> items;
        try {
            items = simulator.assessmentActionItems(scope.account(), scope.region(), project);
        } catch (IllegalArgumentException unknown) {
            throw AdminRequestException.badRequest(unknown.getMessage());
        }
        return ok(Map.of("actionItems", items));
    }
}
