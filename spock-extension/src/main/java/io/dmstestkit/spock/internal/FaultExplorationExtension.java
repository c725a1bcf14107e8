package io.dmstestkit.spock.internal;

import io.dmstestkit.spock.DmsFaultExploration;
import io.dmstestkit.spock.DmsScenario;
import io.dmstestkit.testcore.Lifecycle;
import io.dmstestkit.testcore.exploration.ExplorationOptions;
import io.dmstestkit.testcore.exploration.Tolerance;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.spockframework.runtime.InvalidSpecException;
import org.spockframework.runtime.extension.IAnnotationDrivenExtension;
import org.spockframework.runtime.model.FeatureInfo;
import org.spockframework.runtime.model.SpecInfo;

/**
 * The Spock extension behind {@link DmsFaultExploration}: makes the feature a data-driven one whose
 * iterations are the exploration's runs ({@link ExploredFeature} drives them). Planning, staging and the
 * matrix are test-core's, shared with the JUnit extension.
 *
 * <pre>{@code
 * @DmsFaultExploration(faults = ExploredFault.FAILED_DEPENDENCY)
 * def "cuts over"() { ... }
 * }</pre>
 */
@API(status = API.Status.INTERNAL, consumers = "org.spockframework")
public final class FaultExplorationExtension implements IAnnotationDrivenExtension<DmsFaultExploration> {

    @Override
    public void visitFeatureAnnotation(DmsFaultExploration annotation, FeatureInfo feature) {
        String where = "@DmsFaultExploration on '" + feature.getName() + "'";
        if (feature.isParameterized()
                || !feature.getFeatureMethod().getParameters().isEmpty()) {
            throw new InvalidSpecException(where + ": the feature must not be data-driven (its iterations are the"
                    + " exploration's runs); read the active case from a field of type ExplorationCase");
        }
        ExploredFeature explored = new ExploredFeature(
                options(annotation, where),
                () -> declaration(feature, where),
                feature.getSpec().getBottomSpec().getReflection().getSimpleName() + "." + feature.getName(),
                java.nio.file.Path.of(annotation.reportDir()));
        feature.setForceParameterized(true);
        feature.setReportIterations(true);
        feature.setDataDriver(explored);
        feature.setIterationNameProvider(explored);
        feature.addInitializerInterceptor(explored::injectActiveCase);
        feature.getFeatureMethod().addInterceptor(explored);
    }

    /** The {@code @DmsScenario} that gives the runs their sessions: on the feature, else the nearest specification's. */
    private static Declaration declaration(FeatureInfo feature, String where) {
        DmsScenario onFeature = feature.getFeatureMethod().getAnnotation(DmsScenario.class);
        Declaration declaration = null;
        if (onFeature != null) {
            declaration = Declaration.of(onFeature, "'" + feature.getName() + "'", true);
        } else {
            for (SpecInfo spec = feature.getSpec().getBottomSpec(); spec != null; spec = spec.getSuperSpec()) {
                DmsScenario onSpec = spec.getAnnotation(DmsScenario.class);
                if (onSpec != null) {
                    declaration = Declaration.of(onSpec, spec.getName(), false);
                    break;
                }
            }
        }
        if (declaration == null) {
            throw new InvalidSpecException(where
                    + " needs a @DmsScenario on the specification or the feature: it gives every run its session");
        }
        if (declaration.lifecycle() != Lifecycle.PER_METHOD) {
            throw new InvalidSpecException(where + " needs a fresh session per run, but its @DmsScenario has lifecycle "
                    + declaration.lifecycle() + ": declare lifecycle = PER_METHOD (the default).");
        }
        return declaration;
    }

    private static ExplorationOptions options(DmsFaultExploration annotation, String where) {
        List<Tolerance> tolerances = Arrays.stream(annotation.tolerate())
                .map(t -> new Tolerance(Set.of(t.value()), t.surfacing()))
                .toList();
        try {
            ExplorationOptions options = ExplorationOptions.defaults()
                    .withFaults(Set.of(annotation.faults()))
                    .withOperations(Set.of(annotation.operations()))
                    .withPairs(annotation.pairs())
                    .withMaxRuns(annotation.maxRuns())
                    .withSeed(annotation.seed())
                    .withTolerances(tolerances);
            return annotation.maxWallTime().isBlank()
                    ? options
                    : options.withMaxWallTime(Duration.parse(annotation.maxWallTime()));
        } catch (RuntimeException e) {
            throw new InvalidSpecException(where + ": " + e.getMessage(), e);
        }
    }
}
