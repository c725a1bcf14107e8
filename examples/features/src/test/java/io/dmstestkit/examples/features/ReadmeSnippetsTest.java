package io.dmstestkit.examples.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the README's snippets equal to real files that the build compiles and runs, as
 * {@link DslReferenceTest} keeps the DSL reference equal to the code. A fenced block right after a line
 * {@code <!-- snippet: examples/consumer/pom.xml#bom -->} must equal the region between the
 * {@code tag::bom[]} and {@code end::bom[]} lines of that file (dedented); without {@code #region}, the
 * whole file; {@code #imports,setup} joins regions with a blank line. Every Java and Groovy snippet of the
 * README must be marked so (and every Maven and Gradle snippet of "Use it in your build"): the files of
 * {@code examples/consumer/} are built and tested against this build's artifacts by
 * {@code examples/consumer-it}, so every snippet compiles and passes as shown.
 */
class ReadmeSnippetsTest {

    private static final Path ROOT =
            Path.of(System.getProperty("dms.root", "../..")).toAbsolutePath().normalize();
    private static final Path README = ROOT.resolve("README.md");
    private static final Pattern MARKER = Pattern.compile("^<!-- snippet: ([^#\\s]+)(?:#([\\w,-]+))? -->$");
    private static final Pattern FENCE = Pattern.compile("^```(\\w*)$");
    private static final String USE_IT_SECTION = "## Use it in your build";

    /** A fenced block of the README: its language, text, line, and the marker before it (or null). */
    record Block(String language, String text, int line, String file, String region) {
        @Override
        public String toString() {
            return "README.md:" + line + (file == null ? "" : " (" + file + (region == null ? "" : "#" + region) + ")");
        }
    }

    static Stream<Block> markedBlocks() throws IOException {
        return blocks(Files.readAllLines(README)).stream().filter(b -> b.file() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markedBlocks")
    void snippet_equals_its_file(Block block) throws IOException {
        Path file = ROOT.resolve(block.file());
        assertThat(file).as("%s names a file that does not exist", block).isRegularFile();

        assertThat(block.text())
                .as("%s differs from %s: copy the file's region into the README (or fix the file)", block, file)
                .isEqualTo(region(Files.readAllLines(file), block.region(), block.toString()));
    }

    @Test
    void every_java_and_groovy_snippet_is_a_checked_file() throws IOException {
        List<Block> unchecked = blocks(Files.readAllLines(README)).stream()
                .filter(b -> List.of("java", "groovy").contains(b.language()))
                .filter(b -> b.file() == null)
                .toList();

        assertThat(unchecked)
                .as("Java and Groovy snippets without a '<!-- snippet: file#region -->' line before them: make each"
                        + " a region of a file the build compiles and runs (examples/consumer/ or an example test)")
                .isEmpty();
    }

    @Test
    void every_maven_and_gradle_snippet_of_the_use_it_section_is_a_checked_file() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf(USE_IT_SECTION);
        assertThat(start).as("README section '%s'", USE_IT_SECTION).isNotNegative();
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        int from = start + 1;
        int to = end + 1;

        List<Block> builds = blocks(lines).stream()
                .filter(b -> b.line() > from && b.line() < to)
                .filter(b -> List.of("xml", "kotlin").contains(b.language()))
                .toList();
        assertThat(builds)
                .as("the Maven and Gradle snippets of '%s'", USE_IT_SECTION)
                .isNotEmpty();
        assertThat(builds.stream().filter(b -> b.file() == null))
                .as("build snippets of '%s' without a '<!-- snippet: file#region -->' line before them", USE_IT_SECTION)
                .isEmpty();
    }

    @Test
    void the_consumer_builds_against_this_version() throws IOException {
        String pom = Files.readString(ROOT.resolve("examples/consumer/pom.xml"));
        String version = System.getProperty("dms.version", "");

        assertThat(pom)
                .as("examples/consumer/pom.xml must name the version being built (the README shows it)")
                .contains("<dms-testkit.version>" + version + "</dms-testkit.version>");
    }

    private static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (!fence.matches()) {
                continue;
            }
            int close = i + 1;
            while (close < lines.size() && !lines.get(close).equals("```")) {
                close++;
            }
            Matcher marker = i > 0 ? MARKER.matcher(lines.get(i - 1)) : MARKER.matcher("");
            boolean marked = marker.matches();
            blocks.add(new Block(
                    fence.group(1),
                    String.join("\n", lines.subList(i + 1, Math.min(close, lines.size())))
                            .stripTrailing(),
                    i + 1,
                    marked ? marker.group(1) : null,
                    marked ? marker.group(2) : null));
            i = close;
        }
        return blocks;
    }

    private static String region(List<String> lines, String regions, String where) {
        if (regions == null) {
            return dedented(lines);
        }
        List<String> parts = new ArrayList<>();
        for (String region : regions.split(",")) {
            int start = indexOfLineContaining(lines, "tag::" + region + "[]");
            int end = indexOfLineContaining(lines, "end::" + region + "[]");
            assertThat(start).as("%s: no line with 'tag::%s[]'", where, region).isNotNegative();
            assertThat(end)
                    .as("%s: no line with 'end::%s[]' after its tag", where, region)
                    .isGreaterThan(start);
            parts.add(dedented(lines.subList(start + 1, end)));
        }
        return String.join("\n\n", parts);
    }

    private static String dedented(List<String> selected) {
        int indent = selected.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        return String.join(
                        "\n",
                        selected.stream()
                                .map(l -> l.isBlank() ? "" : l.substring(indent))
                                .toList())
                .stripTrailing();
    }

    private static int indexOfLineContaining(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
