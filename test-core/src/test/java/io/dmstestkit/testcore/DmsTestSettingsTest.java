package io.dmstestkit.testcore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DmsTestSettingsTest {

    @Test
    void should_default_to_a_manual_clock_in_process_and_a_fresh_account() {
        DmsTestSettings settings = DmsTestSettings.defaults();

        assertThat(settings.clock()).isEqualTo(ClockMode.MANUAL);
        assertThat(settings.transport()).isEqualTo(Transport.IN_PROCESS);
        assertThat(settings.mode()).isEqualTo(Mode.SIMULATED);
        assertThat(settings.account()).isEmpty();
        assertThat(settings.region()).isEqualTo("us-east-1");
    }

    @Test
    void should_refuse_an_account_that_is_not_twelve_digits() {
        assertThatThrownBy(() -> DmsTestSettings.builder().account("1234").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12 digits");
    }

    @Test
    void should_refuse_static_stubs_without_http() {
        assertThatThrownBy(
                        () -> DmsTestSettings.builder().mode(Mode.STATIC_STUBS).build())
                .hasMessageContaining("needs transport HTTP");
    }

    @Test
    void should_refuse_a_clock_factor_that_is_not_positive() {
        assertThatThrownBy(() -> DmsTestSettings.builder().clockFactor(0).build())
                .hasMessageContaining("clockFactor must be a positive number");
    }

    @Test
    void should_share_backends_between_settings_that_differ_only_per_session() {
        DmsTestSettings one = DmsTestSettings.builder()
                .account("111111111111")
                .scenarioFiles("a.dms.yaml")
                .build();
        DmsTestSettings other = DmsTestSettings.builder()
                .transport(Transport.HTTP)
                .systemProperties(true)
                .build();

        assertThat(one.backendKey()).isEqualTo(other.backendKey());
        assertThat(one.backendKey())
                .isNotEqualTo(one.toBuilder().advanceOnPoll(true).build().backendKey());
        assertThat(one.toBuilder().build()).isEqualTo(one);
    }
}
