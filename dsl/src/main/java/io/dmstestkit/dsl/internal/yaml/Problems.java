package io.dmstestkit.dsl.internal.yaml;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.simulator.internal.text.Suggestions;
import java.util.Collection;

/**
 * The load errors the YAML reader raises, so that every message has the same shape: where, what is
 * wrong, then how to fix it ("did you mean …? Steps: …").
 */
final class Problems {

    private Problems() {}

    /**
     * An unknown word: {@code unknown option 'withn' for await} / {@code did you mean 'within'? Valid
     * options: …}; {@code where} may be null.
     */
    static ScenarioLoadException unknown(Node.Scalar word, String kind, String where, Collection<String> valid) {
        return new ScenarioLoadException(
                word.source(),
                "unknown " + kind + " '" + word.text() + "'" + (where == null ? "" : " for " + where),
                Suggestions.closest(word.text(), valid)
                                .map(closest -> "did you mean '" + closest + "'? ")
                                .orElse("")
                        + "Valid " + kind + "s: " + String.join(", ", valid));
    }

    /**
     * The model says "what; how to fix": the first part is the problem, the rest the hint. A null
     * {@code label} when the model's message names the step itself.
     */
    static ScenarioLoadException fromModel(Source at, String label, IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        int split = message.indexOf("; ");
        String problem = split < 0 ? message : message.substring(0, split);
        String hint = split < 0 ? null : message.substring(split + 2);
        return new ScenarioLoadException(at, label == null ? problem : label + ": " + problem, hint, e);
    }
}
