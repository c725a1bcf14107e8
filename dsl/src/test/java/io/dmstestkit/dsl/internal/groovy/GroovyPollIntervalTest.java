package io.dmstestkit.dsl.internal.groovy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dmstestkit.dsl.Dsl;
import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.model.Status;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An await that polls every 0s would never end, and the runner is outside the script's time limit: the
 * model refuses it when the scenario is built, so a Groovy file is refused at load, at the line of the
 * await. The check lives in the model (every front end gets it); until it is there, this test is skipped.
 */
class GroovyPollIntervalTest {

    @Test
    void should_refuse_polling_every_zero_seconds_at_the_line_of_the_await() {
        assumeTrue(modelRefusesAZeroPollInterval(), "the model does not check poll intervals yet");

        ScenarioLoadException refused = catchThrowableOfType(
                ScenarioLoadException.class, () -> ScenarioLoader.read("""
                        scenario('never ends') {
                            replication('orders') { table 'public.orders', rows: 10 }
                            start 'orders'
                            await('orders') { status STOPPED; pollEvery 0.seconds }
                        }
                        """, "poll.dms.groovy", Map.of()));

        assertThat(refused).isNotNull();
        assertThat(refused.source()).hasToString("poll.dms.groovy:4");
        assertThat(refused.getMessage()).containsIgnoringCase("poll");
    }

    private static boolean modelRefusesAZeroPollInterval() {
        try {
            Dsl.scenario("probe")
                    .await("orders", await -> await.status(Status.STOPPED).pollEvery(Duration.ZERO))
                    .build();
            return false;
        } catch (RuntimeException refused) {
            return true;
        }
    }
}
