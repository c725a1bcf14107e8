package io.dmstestkit.simulator.internal.schemaconversion;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.internal.state.Described;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.databasemigration.model.DescribeConversionConfigurationResponse;

/**
 * What schema conversion keeps per migration project beyond its requests: the conversion configuration
 * and the incidents planned for requests not started yet. Stored under {@link #key(String)}, never under
 * the project's ARN, so the project's own store stays the one that answers for that ARN.
 */
record ProjectConversion(String projectArn, String configuration, List<DmsIncident> pending) implements Described {

    /** The configuration a project starts with (the settings DMS Schema Conversion shows by default). */
    static final String DEFAULT_CONFIGURATION =
            "{\"Common project settings\":{\"ShowSeverityLevelInSql\":\"CRITICAL\"}}";

    ProjectConversion {
        pending = List.copyOf(pending);
    }

    static String key(String projectArn) {
        return "schema-conversion/" + projectArn;
    }

    static ProjectConversion fresh(String projectArn) {
        return new ProjectConversion(projectArn, DEFAULT_CONFIGURATION, List.of());
    }

    ProjectConversion configured(String changed) {
        return new ProjectConversion(projectArn, changed, pending);
    }

    ProjectConversion planned(DmsIncident incident) {
        List<DmsIncident> more = new ArrayList<>(pending);
        more.add(incident);
        return new ProjectConversion(projectArn, configuration, more);
    }

    /** The first planned incident for a request of {@code kind}, and this state without it. */
    Optional<Taken> take(RequestKind kind) {
        for (int i = 0; i < pending.size(); i++) {
            if (step(pending.get(i)) == kind.step()) {
                List<DmsIncident> rest = new ArrayList<>(pending);
                DmsIncident taken = rest.remove(i);
                return Optional.of(new Taken(taken, new ProjectConversion(projectArn, configuration, rest)));
            }
        }
        return Optional.empty();
    }

    /** An incident taken off the plan, and the state left. */
    record Taken(DmsIncident incident, ProjectConversion rest) {}

    static DmsIncident.SchemaConversionStep step(DmsIncident incident) {
        if (incident instanceof DmsIncident.SchemaConversionFailure failure) {
            return failure.step();
        }
        if (incident instanceof DmsIncident.AssessmentActionItems) {
            return DmsIncident.SchemaConversionStep.ASSESSMENT;
        }
        throw new IllegalArgumentException("not a schema-conversion incident: " + incident);
    }

    @Override
    public String describedIn() {
        return "ConversionConfigurations";
    }

    @Override
    public SdkPojo describeAt(Instant now) {
        return DescribeConversionConfigurationResponse.builder()
                .migrationProjectIdentifier(projectArn)
                .conversionConfiguration(configuration)
                .build();
    }
}
