package io.dmstestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.junit.fixtures.SystemPropertyFixtures;
import io.dmstestkit.testcore.DmsTestSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.ExclusiveResource;
import org.junit.platform.engine.support.hierarchical.Node;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

@ResourceLock(Resources.SYSTEM_PROPERTIES)
class SystemPropertiesTest {

    private static final List<String> PROPERTIES = List.of(
            DmsTestSession.ENDPOINT_PROPERTY,
            DmsTestSession.ACCESS_KEY_PROPERTY,
            DmsTestSession.SECRET_KEY_PROPERTY,
            DmsTestSession.REGION_PROPERTY);

    @Test
    void should_point_unmodified_sdk_clients_at_the_simulator_and_restore_the_previous_values() {
        Map<String, String> before = snapshot();
        System.setProperty(DmsTestSession.REGION_PROPERTY, "ap-southeast-2");
        System.clearProperty(DmsTestSession.ACCESS_KEY_PROPERTY);
        try {
            EngineRuns.run(SystemPropertyFixtures.DefaultClientReachesTheSimulator.class)
                    .testEvents()
                    .assertStatistics(stats -> stats.started(1).succeeded(1));

            assertThat(System.getProperty(DmsTestSession.REGION_PROPERTY)).isEqualTo("ap-southeast-2");
            assertThat(System.getProperty(DmsTestSession.ACCESS_KEY_PROPERTY)).isNull();
            assertThat(System.getProperty(DmsTestSession.ENDPOINT_PROPERTY)).isNull();
        } finally {
            restore(before);
        }
    }

    @Test
    void should_take_junits_system_properties_lock() {
        EngineExecutionResults results = EngineRuns.run(SystemPropertyFixtures.DefaultClientReachesTheSimulator.class);

        TestDescriptor fixture = results.containerEvents().started().stream()
                .map(Event::getTestDescriptor)
                .filter(descriptor -> descriptor
                        .getSource()
                        .equals(java.util.Optional.of(
                                ClassSource.from(SystemPropertyFixtures.DefaultClientReachesTheSimulator.class))))
                .findFirst()
                .orElseThrow();
        assertThat(((Node<?>) fixture).getExclusiveResources())
                .contains(new ExclusiveResource(Resources.SYSTEM_PROPERTIES, ExclusiveResource.LockMode.READ_WRITE));
    }

    private static Map<String, String> snapshot() {
        Map<String, String> values = new HashMap<>();
        PROPERTIES.forEach(name -> values.put(name, System.getProperty(name)));
        return values;
    }

    private static void restore(Map<String, String> values) {
        values.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }
}
