package io.dmstestkit.spock.internal;

import io.dmstestkit.spock.DmsScenario;
import io.dmstestkit.testcore.Lifecycle;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.spockframework.runtime.extension.IAnnotationDrivenExtension;
import org.spockframework.runtime.model.FeatureInfo;
import org.spockframework.runtime.model.SpecInfo;
import org.spockframework.runtime.model.parallel.ExclusiveResource;
import org.spockframework.runtime.model.parallel.ResourceAccessMode;
import org.spockframework.runtime.model.parallel.Resources;

/**
 * The Spock extension behind {@link DmsScenario}: Spock makes one per specification, shows it the
 * annotations (on the specification and its superclasses, then on feature methods), then lets it add its
 * interceptors. Opening, closing and the shared backend are the core's ({@code DmsTestSession},
 * {@code DmsBackend}); this class only decides which session goes where.
 *
 * <pre>{@code
 * @DmsScenario(lifecycle = Lifecycle.PER_CLASS)
 * class CutoverSpec extends Specification { DmsSimulator simulator }
 * }</pre>
 */
@API(status = API.Status.INTERNAL, consumers = "org.spockframework")
public final class DmsScenarioExtension implements IAnnotationDrivenExtension<DmsScenario> {

    /** Spock's own key for JVM system properties, so other extensions writing them are kept apart from ours too. */
    private static final ExclusiveResource SYSTEM_PROPERTIES =
            new ExclusiveResource(Resources.SYSTEM_PROPERTIES, ResourceAccessMode.READ_WRITE);

    /** The specification's declaration: the one nearest the bottom specification, visited last. */
    private Declaration onSpec;

    private final Map<FeatureInfo, Declaration> onFeatures = new LinkedHashMap<>();

    @Override
    public void visitSpecAnnotation(DmsScenario annotation, SpecInfo spec) {
        onSpec = Declaration.of(annotation, spec.getName(), false);
    }

    @Override
    public void visitFeatureAnnotation(DmsScenario annotation, FeatureInfo feature) {
        onFeatures.put(feature, Declaration.of(annotation, "'" + feature.getName() + "'", true));
    }

    @Override
    public void visitSpec(SpecInfo spec) {
        SpecInfo bottom = spec.getBottomSpec();
        if (onSpec != null) {
            InjectedFields sharedFields = InjectedFields.of(bottom, true);
            if (onSpec.lifecycle() != Lifecycle.PER_METHOD || !sharedFields.isEmpty()) {
                bottom.addSharedInitializerInterceptor(new SpecSessionInterceptor(onSpec, sharedFields));
            }
            if (onSpec.settings().systemProperties()) {
                bottom.addExclusiveResource(SYSTEM_PROPERTIES);
            }
        }
        onFeatures.forEach((feature, declaration) -> {
            if (declaration.settings().systemProperties()) {
                feature.addExclusiveResource(SYSTEM_PROPERTIES);
            }
        });
        ReportInterceptor reports = new ReportInterceptor();
        bottom.getAllFeatures().stream()
                .filter(feature -> onSpec != null || onFeatures.containsKey(feature))
                .forEach(feature -> feature.getFeatureMethod().addInterceptor(reports));
        bottom.addInitializerInterceptor(
                new IterationSessionInterceptor(onSpec, onFeatures, InjectedFields.of(bottom, false)));
    }
}
