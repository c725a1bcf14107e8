package io.dmstestkit.wiremock.internal.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.dmstestkit.wiremock.internal.SimulatorStub;
import io.dmstestkit.wiremock.internal.json.AdminJson;
import io.dmstestkit.wiremock.internal.stubs.ScenarioChain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Arms transport faults as ordinary WireMock stubs in front of the simulator's mapping, so WireMock's own
 * fault and delay machinery does the work and its scenarios count the calls. The fault's id and
 * definition live in the stubs' metadata: the server itself is the only record, so faults armed from
 * Java, over the admin API or by posting the stubs are all listed and removed the same way.
 */
public final class TransportFaultStubs {

    /** Above the simulator (5), the static stubs (3) and the fault mapping files (2). */
    public static final int PRIORITY = 1;

    public static final String ID_PREFIX = "transport-fault-";
    private static final String METADATA_KEY = "dmsTestkit";
    private static final String ID_PATH = "$." + METADATA_KEY + ".transportFaultId";

    private TransportFaultStubs() {}

    /** Arms a fault; returns its id. */
    public static String arm(Admin admin, TransportFaultDefinition definition) {
        definition.validated();
        // Ids are numbered from what the server holds; two arms at once on one server must not share one.
        synchronized (admin) {
            String id = ID_PREFIX + (highestNumber(admin) + 1);
            stubsFor(id, definition).forEach(mapping -> admin.addStubMapping(mapping.build()));
            return id;
        }
    }

    /** The armed faults, in arming order. */
    public static List<ArmedTransportFault> list(Admin admin) {
        Map<String, List<StubMapping>> byId = stubsById(admin);
        Map<String, String> states = admin.getAllScenarios().getScenarios().stream()
                .collect(Collectors.toMap(Scenario::getName, Scenario::getState, (a, b) -> a));
        List<ArmedTransportFault> armed = new ArrayList<>();
        byId.forEach((id, stubs) -> {
            TransportFaultDefinition definition = definitionOf(stubs.get(0));
            armed.add(new ArmedTransportFault(id, definition, remaining(definition, states.get(scenarioName(id)))));
        });
        return armed;
    }

    /** Removes one fault's stubs; false when no fault has this id. */
    public static boolean disarm(Admin admin, String id) {
        StringValuePattern ofId = matchingJsonPath(ID_PATH, equalTo(id));
        if (admin.findAllStubsByMetadata(ofId).getMappings().isEmpty()) {
            return false;
        }
        admin.removeStubsByMetadata(ofId);
        return true;
    }

    /** Removes every transport fault; returns how many there were. */
    public static int disarmAll(Admin admin) {
        int count = stubsById(admin).size();
        admin.removeStubsByMetadata(matchingJsonPath(ID_PATH));
        return count;
    }

    /** The stubs that implement a fault, each tagged with its id and definition in the metadata. */
    static List<MappingBuilder> stubsFor(String id, TransportFaultDefinition definition) {
        Map<String, Object> metadata = Map.of(
                METADATA_KEY,
                Map.of(
                        "transportFaultId",
                        id,
                        "transportFault",
                        AdminJson.mapper().convertValue(definition, Map.class)));
        if (definition.times() == null && definition.skippedCalls() == 0) {
            return List.of(request(definition)
                    .withName(name(id))
                    .withMetadata(metadata)
                    .willReturn(faultAnswer(definition)));
        }
        List<ResponseDefinitionBuilder> answers = new ArrayList<>();
        for (int i = 0; i < definition.skippedCalls(); i++) {
            answers.add(aResponse().withTransformers(SimulatorStub.TRANSFORMER_NAME));
        }
        int faults = definition.times() == null ? 1 : definition.times();
        List<Integer> delays = seededDelays(definition, faults);
        for (int i = 0; i < faults; i++) {
            answers.add(delays.isEmpty() ? faultAnswer(definition) : delayed(delays.get(i)));
        }
        return ScenarioChain.of(
                scenarioName(id),
                () -> request(definition).withName(name(id)).withMetadata(metadata),
                answers,
                definition.times() == null);
    }

    private static MappingBuilder request(TransportFaultDefinition definition) {
        List<String> operations = definition.targetOperations();
        StringValuePattern target = operations.isEmpty()
                ? matching(SimulatorStub.TARGET_PATTERN)
                : operations.size() == 1
                        ? equalTo(SimulatorStub.TARGET_PREFIX + operations.get(0))
                        : matching(
                                Pattern.quote(SimulatorStub.TARGET_PREFIX) + "(" + String.join("|", operations) + ")");
        MappingBuilder request =
                post(urlPathEqualTo("/")).atPriority(PRIORITY).withHeader(SimulatorStub.TARGET_HEADER, target);
        if (definition.account() != null) {
            // The SigV4 credential scope names the access key id, which the simulator takes as the account.
            request.withHeader("Authorization", matching(".*Credential=" + definition.account() + "/.*"));
        }
        return request;
    }

    private static ResponseDefinitionBuilder faultAnswer(TransportFaultDefinition definition) {
        if (definition.fault() != null) {
            return aResponse().withFault(definition.wireMockFault());
        }
        ResponseDefinitionBuilder answer = aResponse().withTransformers(SimulatorStub.TRANSFORMER_NAME);
        return definition.fixedDelayMilliseconds() != null
                ? answer.withFixedDelay(definition.fixedDelayMilliseconds())
                : answer.withRandomDelay(definition.delayDistribution().toWireMock());
    }

    private static ResponseDefinitionBuilder delayed(int millis) {
        return aResponse().withTransformers(SimulatorStub.TRANSFORMER_NAME).withFixedDelay(millis);
    }

    /** With a seed, each faulted call's delay is drawn up front and fixed in its own stub. */
    private static List<Integer> seededDelays(TransportFaultDefinition definition, int count) {
        if (definition.seed() == null) {
            return List.of();
        }
        Random random = new Random(definition.seed());
        List<Integer> delays = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            delays.add(definition.delayDistribution().sample(random));
        }
        return delays;
    }

    private static Optional<Integer> remaining(TransportFaultDefinition definition, String state) {
        if (definition.times() == null) {
            return Optional.empty();
        }
        int fired = Math.max(0, ScenarioChain.callsSeen(state) - definition.skippedCalls());
        return Optional.of(Math.max(0, definition.times() - fired));
    }

    private static Map<String, List<StubMapping>> stubsById(Admin admin) {
        Map<String, List<StubMapping>> byId = new LinkedHashMap<>();
        admin.findAllStubsByMetadata(matchingJsonPath(ID_PATH)).getMappings().stream()
                .sorted(Comparator.comparingInt(stub -> number(idOf(stub))))
                .forEach(stub -> byId.computeIfAbsent(idOf(stub), id -> new ArrayList<>())
                        .add(stub));
        return byId;
    }

    private static int highestNumber(Admin admin) {
        return stubsById(admin).keySet().stream()
                .mapToInt(TransportFaultStubs::number)
                .max()
                .orElse(0);
    }

    @SuppressWarnings("unchecked")
    private static String idOf(StubMapping stub) {
        return String.valueOf(((Map<String, Object>) stub.getMetadata().get(METADATA_KEY)).get("transportFaultId"));
    }

    @SuppressWarnings("unchecked")
    private static TransportFaultDefinition definitionOf(StubMapping stub) {
        Object definition = ((Map<String, Object>) stub.getMetadata().get(METADATA_KEY)).get("transportFault");
        return AdminJson.mapper().convertValue(definition, TransportFaultDefinition.class);
    }

    private static int number(String id) {
        try {
            return id.startsWith(ID_PREFIX) ? Integer.parseInt(id.substring(ID_PREFIX.length())) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String scenarioName(String id) {
        return "dms-testkit " + id;
    }

    private static String name(String id) {
        return "dms-testkit " + id;
    }
}
