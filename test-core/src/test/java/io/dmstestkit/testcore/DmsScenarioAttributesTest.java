package io.dmstestkit.testcore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.junit.jupiter.api.Test;

class DmsScenarioAttributesTest {

    /** The attributes of {@code @DmsScenario}, as both extensions declare them. */
    @Retention(RetentionPolicy.RUNTIME)
    @interface Scenario {
        String[] files() default {};

        ClockMode clock() default ClockMode.MANUAL;

        double clockFactor() default DmsTestSettings.DEFAULT_CLOCK_FACTOR;

        boolean advanceOnPoll() default false;

        String account() default "";

        String region() default DmsTestSettings.DEFAULT_REGION;

        Transport transport() default Transport.IN_PROCESS;

        Mode mode() default Mode.SIMULATED;

        Lifecycle lifecycle() default Lifecycle.PER_METHOD;

        boolean systemProperties() default false;

        String reportDir() default "";
    }

    /** An annotation that drifted: no systemProperties. */
    @Retention(RetentionPolicy.RUNTIME)
    @interface Drifted {
        String[] files() default {};

        ClockMode clock() default ClockMode.MANUAL;

        double clockFactor() default 1;

        boolean advanceOnPoll() default false;

        String account() default "";

        String region() default "us-east-1";

        Transport transport() default Transport.IN_PROCESS;

        Mode mode() default Mode.SIMULATED;

        Lifecycle lifecycle() default Lifecycle.PER_METHOD;
    }

    @Scenario
    static class Defaults {}

    @Scenario(
            files = "stages/orders-never-runs.dms.yaml",
            clock = ClockMode.ACCELERATED,
            clockFactor = 600,
            advanceOnPoll = true,
            account = "123456789012",
            region = "eu-west-1",
            transport = Transport.HTTP,
            mode = Mode.STATIC_STUBS,
            lifecycle = Lifecycle.SHARED,
            systemProperties = true)
    static class Everything {}

    @Scenario(mode = Mode.STATIC_STUBS)
    static class Contradicting {}

    @Drifted
    static class DriftedAnnotation {}

    @Test
    void should_read_the_defaults_as_the_default_settings() {
        DmsScenarioAttributes attributes = DmsScenarioAttributes.read(Defaults.class.getAnnotation(Scenario.class));

        assertThat(attributes.settings()).isEqualTo(DmsTestSettings.defaults());
        assertThat(attributes.lifecycle()).isEqualTo(Lifecycle.PER_METHOD);
    }

    @Test
    void should_map_every_attribute_onto_its_setting() {
        DmsScenarioAttributes attributes = DmsScenarioAttributes.read(Everything.class.getAnnotation(Scenario.class));

        assertThat(attributes.settings())
                .isEqualTo(DmsTestSettings.builder()
                        .scenarioFiles("stages/orders-never-runs.dms.yaml")
                        .clock(ClockMode.ACCELERATED)
                        .clockFactor(600)
                        .advanceOnPoll(true)
                        .account("123456789012")
                        .region("eu-west-1")
                        .transport(Transport.HTTP)
                        .mode(Mode.STATIC_STUBS)
                        .systemProperties(true)
                        .build());
        assertThat(attributes.lifecycle()).isEqualTo(Lifecycle.SHARED);
    }

    @Test
    void should_refuse_attributes_that_contradict_each_other() {
        assertThatThrownBy(() -> DmsScenarioAttributes.read(Contradicting.class.getAnnotation(Scenario.class)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mode STATIC_STUBS needs transport HTTP");
    }

    @Test
    void should_refuse_an_annotation_whose_attributes_drifted() {
        assertThatThrownBy(() -> DmsScenarioAttributes.read(DriftedAnnotation.class.getAnnotation(Drifted.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Drifted has the attributes")
                .hasMessageContaining("keep the JUnit and the Spock annotation alike");
    }
}
