package io.dmstestkit.dsl.internal.groovy;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.dsl.ScenarioSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.Phases;
import org.junit.jupiter.api.Test;

/**
 * The IDE descriptors shipped in the jar (IntelliJ's GDSL, Eclipse's DSLD) cannot drift from the spec
 * classes: every public method of {@link ScenarioSpec} and of the block spec classes is a word of the GDSL,
 * and every block with its spec class is named in both. Both parse as Groovy.
 */
class IdeDescriptorTest {

    private static final String GDSL = "io/dmstestkit/dsl/dms-testkit.gdsl";
    private static final String DSLD = "dsld/dms-testkit.dsld";

    private static String resource(String name) throws IOException {
        try (InputStream in =
                Objects.requireNonNull(IdeDescriptorTest.class.getClassLoader().getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The text of one block's word list in the GDSL: from {@code block: [} to the next block. */
    private static String gdslWordsOf(String gdsl, String block) {
        int start = gdsl.indexOf("\n    " + block + ": [");
        assertThat(start).as("the GDSL has a word list for the %s block", block).isNotNegative();
        int end = gdsl.indexOf("\n    ],", start);
        return gdsl.substring(start, end);
    }

    @Test
    void should_contribute_every_public_method_of_every_block_spec_to_the_gdsl() throws IOException {
        String gdsl = resource(GDSL);
        List<String> missing = new ArrayList<>();

        for (Map.Entry<String, Class<?>> block : DslVocabulary.blockSpecs().entrySet()) {
            if (block.getKey().equals(DslVocabulary.TOP_LEVEL)) {
                continue;
            }
            String words = gdslWordsOf(gdsl, block.getKey());
            for (String word : DslVocabulary.words(block.getValue())) {
                if (!words.contains("[name: '" + word + "'")) {
                    missing.add(block.getKey() + " { " + word + " }");
                }
            }
        }

        assertThat(missing).as("DSL words missing from %s", GDSL).isEmpty();
    }

    @Test
    void should_cover_scenario_spec_and_all_its_blocks() {
        assertThat(DslVocabulary.blockSpecs())
                .containsEntry("scenario", ScenarioSpec.class)
                .containsKeys("replication", "dataMigration", "start", "stop", "await", "fault", "fail", "expect");
        assertThat(DslVocabulary.words(ScenarioSpec.class))
                .contains("replication", "start", "expectCalls", "include")
                .doesNotContain("build");
    }

    @Test
    void should_contribute_the_top_level_word_and_the_number_words_to_the_gdsl() throws IOException {
        String gdsl = resource(GDSL);

        assertThat(gdsl).contains("method name: 'scenario'", "delegatesTo(findClass('io.dmstestkit.dsl.Dsl'))");
        for (String word : DslVocabulary.numberWords()) {
            assertThat(gdsl).contains("[name: '" + word + "'");
        }
    }

    @Test
    void should_name_every_block_and_its_spec_class_in_the_dsld() throws IOException {
        String dsld = resource(DSLD);

        assertThat(dsld)
                .contains(
                        "fileExtension('dms.groovy')",
                        "'io.dmstestkit.dsl.ScenarioSpec'",
                        "type: 'io.dmstestkit.dsl.Dsl'");
        DslVocabulary.blockSpecs().forEach((block, spec) -> {
            if (!block.equals(DslVocabulary.TOP_LEVEL) && !block.equals("scenario")) {
                assertThat(dsld).contains("    " + block + ": '" + spec.getName() + "'");
            }
        });
        for (String word : DslVocabulary.numberWords()) {
            assertThat(dsld).contains("'" + word + "'");
        }
    }

    @Test
    void should_ship_descriptors_that_parse_as_groovy() throws IOException {
        for (String descriptor : List.of(GDSL, DSLD)) {
            CompilationUnit unit = new CompilationUnit();
            unit.addSource(descriptor.substring(descriptor.lastIndexOf('/') + 1), resource(descriptor));
            unit.compile(Phases.CONVERSION);
        }
    }
}
