package io.dmstestkit.wiremock.internal.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.DmsHttpRequest;
import io.dmstestkit.simulator.DmsHttpResponse;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.FaultPlan;
import io.dmstestkit.simulator.JournalEntry;
import io.dmstestkit.wiremock.internal.SimulatorStub;
import io.dmstestkit.wiremock.internal.json.AdminJson;
import io.dmstestkit.wiremock.internal.json.AdminRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The simulated state, read the only way the simulator's public API allows today: the Describe calls a
 * client would make, through {@link DmsSimulator#handle}, for each account and region the journal has
 * seen (and the default one).
 *
 * <p>Those calls are ordinary calls, so they show in the journal, and they would be answered by matching
 * faults: Describe operations a fault could answer are skipped (and said so) rather than letting the dump
 * consume a fault a test armed. With advance-on-poll, Describe calls move the clock, so the dump refuses.
 * A side-effect-free snapshot method on the simulator would remove all three caveats.
 */
final class ResourceDump {

    /** The Describe operations that list a kind of resource and need no arguments. */
    private static final List<String> DESCRIBES = List.of(
            "DescribeEndpoints",
            "DescribeReplicationInstances",
            "DescribeReplicationSubnetGroups",
            "DescribeReplicationTasks",
            "DescribeConnections",
            "DescribeCertificates",
            "DescribeEventSubscriptions",
            "DescribeReplicationConfigs",
            "DescribeReplications",
            "DescribeInstanceProfiles",
            "DescribeDataProviders",
            "DescribeMigrationProjects",
            "DescribeDataMigrations");

    private static final int MAX_PAGES = 1_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DmsSimulator simulator;

    ResourceDump(DmsSimulator simulator) {
        this.simulator = simulator;
    }

    ObjectNode dump() {
        if (simulator.settings().advanceOnPoll() && simulator.clock().isManual()) {
            throw new AdminRequestException(
                    409,
                    "the resource dump reads state with Describe calls, which move the clock in advance-on-poll mode;"
                            + " it is not available on this simulator");
        }
        Set<Caller> callers = callersSeen();
        ObjectNode dump = NODES.objectNode();
        dump.put("virtualTime", simulator.clock().now().toString());
        ArrayNode skipped = dump.putArray("skipped");
        List<String> operations = readableOperations(skipped);
        ArrayNode accounts = dump.putArray("accounts");
        callers.forEach(caller -> accounts.add(describeAll(caller, operations)));
        return dump;
    }

    private Set<Caller> callersSeen() {
        Set<Caller> callers =
                new TreeSet<>(Comparator.comparing(Caller::account).thenComparing(Caller::region));
        callers.add(new Caller(
                simulator.settings().defaultAccount(), simulator.settings().defaultRegion()));
        for (JournalEntry entry : simulator.journal().entries()) {
            callers.add(new Caller(entry.account(), entry.region()));
        }
        return callers;
    }

    private List<String> readableOperations(ArrayNode skipped) {
        Set<String> simulated = simulator.simulatedOperations();
        List<FaultPlan.ArmedFaultStatus> faults = simulator.faults().list();
        return DESCRIBES.stream()
                .filter(simulated::contains)
                .filter(operation -> {
                    Optional<FaultPlan.ArmedFaultStatus> fault = faults.stream()
                            .filter(ResourceDump::canStillFire)
                            .filter(armed -> armed.fault().operations().isEmpty()
                                    || armed.fault().operations().contains(operation))
                            .findFirst();
                    fault.ifPresent(armed -> skipped.addObject()
                            .put("operation", operation)
                            .put(
                                    "reason",
                                    "fault " + armed.id() + " could answer it; disarm it to see these resources"));
                    return fault.isEmpty();
                })
                .toList();
    }

    /** A fault that has fired all the times it may, or passed its call, cannot answer the dump's calls. */
    private static boolean canStillFire(FaultPlan.ArmedFaultStatus armed) {
        DmsFault fault = armed.fault();
        return fault.times().map(times -> armed.firedCalls() < times).orElse(true)
                && fault.onCall().map(call -> armed.matchedCalls() < call).orElse(true);
    }

    private ObjectNode describeAll(Caller caller, List<String> operations) {
        ObjectNode account = NODES.objectNode();
        account.put("account", caller.account());
        account.put("region", caller.region());
        for (String operation : operations) {
            describe(caller, operation, account);
        }
        return account;
    }

    /** Adds every list the operation answers (all pages) to {@code into}; an error goes under "errors". */
    private void describe(Caller caller, String operation, ObjectNode into) {
        String marker = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            ObjectNode request = NODES.objectNode().put("MaxRecords", 100);
            if (marker != null) {
                request.put("Marker", marker);
            }
            DmsHttpResponse response = simulator.handle(call(caller, operation, request));
            JsonNode body = parse(response);
            if (response.status() != 200) {
                into.withObjectProperty("errors").set(operation, body);
                return;
            }
            body.properties().forEach(member -> {
                if (member.getValue().isArray()) {
                    into.withArrayProperty(member.getKey()).addAll((ArrayNode) member.getValue());
                }
            });
            marker = body.path("Marker").isTextual() ? body.path("Marker").asText() : null;
            if (marker == null) {
                return;
            }
        }
    }

    private static DmsHttpRequest call(Caller caller, String operation, ObjectNode body) {
        // The simulator reads account and region from the SigV4 credential scope; nothing checks signatures.
        String authorization = "AWS4-HMAC-SHA256 Credential=" + caller.account() + "/20260101/" + caller.region()
                + "/dms/aws4_request, SignedHeaders=host;x-amz-target, Signature=dms-testkit-admin-resources";
        return new DmsHttpRequest(
                SimulatorStub.TARGET_PREFIX + operation,
                body.toString().getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", List.of(authorization), "Content-Type", List.of(SimulatorStub.CONTENT_TYPE)));
    }

    private static JsonNode parse(DmsHttpResponse response) {
        try {
            return AdminJson.mapper().readTree(response.bodyText());
        } catch (JsonProcessingException e) {
            return NODES.textNode(response.bodyText());
        }
    }

    private record Caller(String account, String region) {}
}
