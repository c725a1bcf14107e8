package io.dmstestkit.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.dmstestkit.simulator.DmsHttpRequest;
import io.dmstestkit.simulator.DmsHttpResponse;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.TestClients;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;

/**
 * The conformance test over the API model: every operation of the DMS API (the SDK client's list) gets a
 * well-formed call through the real SDK v2 client, which must answer 2xx with every member the API model
 * marks required in its output shapes. Families join by adding a {@link ConformanceCalls} class to this
 * package. Every operation must have a simulation and a call: there is no list of pending ones any more.
 */
class ConformanceTest {

    private static final Map<String, List<String>> OUTPUT_REQUIRED = outputRequired();

    private static final Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>>
            CALLS = discoverCalls();

    @TestFactory
    Stream<DynamicTest> every_operation_with_a_call_answers_2xx_with_its_required_output_members() {
        return OperationRegistry.allOperations().stream()
                .filter(CALLS::containsKey)
                .map(operation -> dynamicTest(operation, () -> conforms(operation)));
    }

    @Test
    void every_operation_is_simulated_with_a_conformance_call_or_pending() {
        Set<String> simulated = DmsSimulator.create().simulatedOperations();
        List<String> missing = new ArrayList<>();
        for (String operation : OperationRegistry.allOperations()) {
            if (!simulated.contains(operation)) {
                missing.add(operation + " (not simulated)");
            } else if (!CALLS.containsKey(operation)) {
                missing.add(operation + " (simulated, but no ConformanceCalls class calls it)");
            }
        }
        assertThat(missing)
                .as("every DMS operation must be simulated and called by a ConformanceCalls class")
                .isEmpty();
    }

    @Test
    void not_simulated_is_answered_by_no_operation() {
        DmsSimulator simulator = DmsSimulator.create();
        List<String> notSimulated = new ArrayList<>();
        for (String operation : OperationRegistry.allOperations()) {
            DmsHttpResponse response = simulator.handle(DmsHttpRequest.of("AmazonDMSv20160101." + operation, "{}"));
            String body = new String(response.body(), StandardCharsets.UTF_8);
            assertThat(response.status()).as(operation + " answered " + body).isLessThan(500);
            if (body.contains("NotSimulatedException")) {
                notSimulated.add(operation);
            }
        }
        assertThat(notSimulated)
                .as("operations answering NotSimulatedException")
                .isEmpty();
    }

    private static void conforms(String operation) {
        DmsSimulator simulator = DmsSimulator.create();
        try (DatabaseMigrationClient client = TestClients.inProcess(simulator)) {
            DatabaseMigrationResponse response = CALLS.get(operation).apply(simulator, client);
            assertThat(response).as(operation + " returned no response").isNotNull();
            assertThat(response.getClass().getSimpleName())
                    .as("the call of " + operation + " must return that operation's response")
                    .isEqualTo(operation + "Response");
            assertThat(response.sdkHttpResponse().isSuccessful())
                    .as(operation + " answered HTTP "
                            + response.sdkHttpResponse().statusCode())
                    .isTrue();
            List<String> absent = new ArrayList<>();
            missingRequired(response, operation + "Response", absent);
            assertThat(absent)
                    .as(operation + ": required output members absent")
                    .isEmpty();
        }
    }

    /** Walks the answer and collects the path of every required member (per the API model) it lacks. */
    private static void missingRequired(SdkPojo pojo, String path, List<String> absent) {
        List<String> required = OUTPUT_REQUIRED.getOrDefault(pojo.getClass().getSimpleName(), List.of());
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            String memberPath = path + "." + field.memberName();
            if (value == null && required.contains(field.memberName())) {
                absent.add(memberPath);
            }
            walk(value, memberPath, absent);
        }
    }

    private static void walk(Object value, String path, List<String> absent) {
        if (value instanceof SdkPojo nested) {
            missingRequired(nested, path, absent);
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", absent);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "[" + key + "]", absent));
        }
    }

    /** Every public {@link ConformanceCalls} class of this package, instantiated, its calls merged. */
    private static Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>>
            discoverCalls() {
        Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls =
                new TreeMap<>();
        Map<String, String> owners = new TreeMap<>();
        new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                        .importPackages(ConformanceCalls.class.getPackageName())
                        .stream()
                        .filter(c -> c.isAssignableTo(ConformanceCalls.class) && !c.isInterface())
                        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC)
                                && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                        .map(JavaClass::reflect)
                        .sorted(java.util.Comparator.comparing(Class::getName))
                        .forEach(type -> instantiate(type).calls().forEach((operation, call) -> {
                            String previous = owners.putIfAbsent(operation, type.getSimpleName());
                            if (previous != null) {
                                throw new IllegalStateException(operation + " has calls in both " + previous + " and "
                                        + type.getSimpleName() + "; keep one");
                            }
                            if (!OperationRegistry.isDmsOperation(operation)) {
                                throw new IllegalStateException(type.getSimpleName() + " calls " + operation
                                        + ", which is not a DMS operation");
                            }
                            calls.put(operation, call);
                        }));
        return calls;
    }

    private static ConformanceCalls instantiate(Class<?> type) {
        try {
            return (ConformanceCalls) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " needs a public no-argument constructor", e);
        }
    }

    private static Map<String, List<String>> outputRequired() {
        Properties properties = new Properties();
        try (InputStream in = ConformanceTest.class.getResourceAsStream("output-required-members.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> table = new TreeMap<>();
        properties.forEach((shape, members) -> table.put((String) shape, List.of(((String) members).split(","))));
        return table;
    }
}
