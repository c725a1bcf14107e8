package io.dmstestkit.examples.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.dsl.AwaitSpec;
import io.dmstestkit.dsl.DataMigrationSpec;
import io.dmstestkit.dsl.Dsl;
import io.dmstestkit.dsl.ExpectSpec;
import io.dmstestkit.dsl.FailSpec;
import io.dmstestkit.dsl.FaultSpec;
import io.dmstestkit.dsl.InstanceSpec;
import io.dmstestkit.dsl.MetadataModelAwaitSpec;
import io.dmstestkit.dsl.MetadataModelExpectSpec;
import io.dmstestkit.dsl.MigrationProjectSpec;
import io.dmstestkit.dsl.ReplicationSpec;
import io.dmstestkit.dsl.ScenarioSpec;
import io.dmstestkit.dsl.StartSpec;
import io.dmstestkit.dsl.StopSpec;
import io.dmstestkit.dsl.TaskSpec;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@code docs/dsl-reference.md} in step with the DSL: for each spec class, the Java signatures in the
 * first column of its section must be exactly the class's public methods, so a new method without
 * documentation, or documentation of a method that is gone or renamed, fails the build.
 */
class DslReferenceTest {

    private static final Path REFERENCE = Path.of(System.getProperty("dms.docs", "../../docs"), "dsl-reference.md")
            .toAbsolutePath()
            .normalize();
    private static final Pattern SECTION = Pattern.compile("^## `(\\w+)`\\s*$");
    private static final Pattern FIRST_CELL = Pattern.compile("^\\| `([A-Za-z]+\\([^`]*\\))` \\|");

    static Stream<Class<?>> documented() {
        return Stream.of(
                Dsl.class,
                ScenarioSpec.class,
                ReplicationSpec.class,
                DataMigrationSpec.class,
                MigrationProjectSpec.class,
                TaskSpec.class,
                InstanceSpec.class,
                StartSpec.class,
                StopSpec.class,
                AwaitSpec.class,
                FaultSpec.class,
                FailSpec.class,
                ExpectSpec.class,
                MetadataModelAwaitSpec.class,
                MetadataModelExpectSpec.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documented")
    void documents_every_public_method_and_no_other(Class<?> spec) throws IOException {
        Set<String> documented = sections().getOrDefault(spec.getSimpleName(), Set.of());
        Set<String> declared = publicMethods(spec);

        assertThat(difference(declared, documented))
                .as(
                        "public methods of %s missing from section '## `%s`' of %s: add a row for each",
                        spec.getSimpleName(), spec.getSimpleName(), REFERENCE)
                .isEmpty();
        assertThat(difference(documented, declared))
                .as(
                        "rows of section '## `%s`' of %s naming no public method of %s: fix or remove them",
                        spec.getSimpleName(), REFERENCE, spec.getName())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documented")
    void the_reference_has_a_section_for(Class<?> spec) throws IOException {
        assertThat(sections()).containsKey(spec.getSimpleName());
    }

    @Test
    void names_every_constant_of_dsl() throws IOException {
        String text = Files.readString(REFERENCE);
        String dslSection = text.substring(text.indexOf("## `Dsl`"), text.indexOf("## `ScenarioSpec`"));

        assertThat(Arrays.stream(Dsl.class.getFields())
                        .filter(f -> Modifier.isStatic(f.getModifiers()))
                        .map(f -> "`" + f.getName() + "`"))
                .allSatisfy(constant -> assertThat(dslSection).contains(constant));
    }

    /** {@code table(String, long)}: simple type names, varargs as {@code ...}, no generics. */
    private static Set<String> publicMethods(Class<?> spec) {
        return Arrays.stream(spec.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .map(DslReferenceTest::signature)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String signature(Method method) {
        Class<?>[] types = method.getParameterTypes();
        List<String> names = Arrays.stream(types).map(Class::getSimpleName).collect(Collectors.toList());
        if (method.isVarArgs()) {
            int last = names.size() - 1;
            names.set(last, types[last].getComponentType().getSimpleName() + "...");
        }
        return method.getName() + "(" + String.join(", ", names) + ")";
    }

    private static Set<String> difference(Set<String> from, Set<String> without) {
        Set<String> rest = new TreeSet<>(from);
        rest.removeAll(without);
        return rest;
    }

    /** Section name → the signatures of its table rows. */
    private static Map<String, Set<String>> sections() throws IOException {
        Map<String, Set<String>> sections = new LinkedHashMap<>();
        Set<String> current = null;
        for (String line : Files.readAllLines(REFERENCE)) {
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                current = new TreeSet<>();
                sections.put(section.group(1), current);
                continue;
            }
            Matcher cell = FIRST_CELL.matcher(line);
            if (current != null && cell.find()) {
                current.add(cell.group(1).replaceAll("<[^>]*>", ""));
            }
        }
        return sections;
    }
}
