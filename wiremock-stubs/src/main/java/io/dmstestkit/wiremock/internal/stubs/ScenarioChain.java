package io.dmstestkit.wiremock.internal.stubs;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Ordered answers with WireMock scenarios: the n-th matching call is answered in state n and moves the
 * scenario to state n+1. WireMock's own state machine counts the calls; nothing here keeps state.
 */
public final class ScenarioChain {

    private static final String CALL_STATE_PREFIX = "call-";

    private ScenarioChain() {}

    /** The state before the {@code callsSeen + 1}-th call: WireMock's {@code Started}, then {@code call-1}, ... */
    public static String state(int callsSeen) {
        return callsSeen == 0 ? Scenario.STARTED : CALL_STATE_PREFIX + callsSeen;
    }

    /** How many calls a chain in {@code state} has answered; 0 for a state that is not of a chain. */
    public static int callsSeen(String state) {
        if (state != null && state.startsWith(CALL_STATE_PREFIX)) {
            try {
                return Integer.parseInt(state.substring(CALL_STATE_PREFIX.length()));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * One mapping per answer, in order, all matching what {@code request} matches. When {@code repeatLast},
     * the last answer stays; otherwise, after the last answer the chain matches no more and calls fall
     * through to the next mapping (a lower priority one, such as the simulator's).
     */
    public static List<MappingBuilder> of(
            String scenario,
            Supplier<MappingBuilder> request,
            List<ResponseDefinitionBuilder> answers,
            boolean repeatLast) {
        List<MappingBuilder> mappings = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            ScenarioMappingBuilder mapping = request.get().inScenario(scenario).whenScenarioStateIs(state(i));
            boolean last = i == answers.size() - 1;
            if (!(last && repeatLast)) {
                mapping = mapping.willSetStateTo(state(i + 1));
            }
            mappings.add(mapping.willReturn(answers.get(i)));
        }
        return mappings;
    }
}
