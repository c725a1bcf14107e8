package io.dmstestkit.wiremock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.dmstestkit.simulator.CallPattern;
import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.FaultPlan;
import io.dmstestkit.simulator.JournalEntry;
import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.wiremock.internal.json.AdminJson;
import io.dmstestkit.wiremock.internal.json.AdvanceJson;
import io.dmstestkit.wiremock.internal.json.ArmedFaultJson;
import io.dmstestkit.wiremock.internal.json.ClockJson;
import io.dmstestkit.wiremock.internal.json.FaultJson;
import io.dmstestkit.wiremock.internal.json.IncidentJson;
import io.dmstestkit.wiremock.internal.json.JournalEntryJson;
import io.dmstestkit.wiremock.internal.json.TablesJson;
import io.dmstestkit.wiremock.internal.transport.TransportFaultDefinition;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A Java client for the DMS admin API of a dms-testkit server (or any WireMock server with the
 * {@link DmsWireMockExtension}): what a test does with a local {@code DmsSimulator}, done remotely.
 *
 * <pre>{@code
 * DmsAdminClient admin = DmsAdminClient.of(URI.create("http://127.0.0.1:8080"));
 * admin.reset();
 * String id = admin.arm(DmsFault.error("AccessDenied").on("StopReplication").times(1).build());
 * // ... the code under test calls StopReplication ...
 * admin.journal("StopReplication");           // the calls, with the fault's id on the failed one
 * admin.advance(Duration.ofMinutes(30));      // virtual time, on a server with a manual clock
 * admin.declareTables("123456789012", "us-east-1", List.of(TableSpec.of("public", "orders", 2_000_000)));
 * admin.planIncident("123456789012", "us-east-1", "orders",
 *     DmsIncident.failAtPercent(40, Severity.FATAL_ERROR, "ORA-01555: snapshot too old"));
 * }</pre>
 *
 * <p>Thread-safe. A refused request throws {@link DmsAdminException} with the server's message.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsAdminClient {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final String ROOT = "/__admin/dms";
    // Lenient on answers: a newer server may add fields this client does not know yet.
    private static final ObjectReader ANSWERS =
            AdminJson.mapper().reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final URI baseUri;
    private final HttpClient http;
    private final Duration timeout;

    private DmsAdminClient(URI baseUri, HttpClient http, Duration timeout) {
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * A client for the server at {@code baseUri}, the URI SDK clients use as their endpoint.
     *
     * <pre>{@code
     * DmsAdminClient admin = DmsAdminClient.of(server.baseUri());
     * }</pre>
     */
    public static DmsAdminClient of(URI baseUri) {
        return of(
                baseUri, HttpClient.newBuilder().connectTimeout(DEFAULT_TIMEOUT).build());
    }

    /** A client sending through {@code http} (proxies, TLS, authentication of your own). */
    public static DmsAdminClient of(URI baseUri, HttpClient http) {
        return new DmsAdminClient(baseUri, http, DEFAULT_TIMEOUT);
    }

    /**
     * This client with requests that give up after {@code timeout} (30 seconds unless told otherwise): a
     * short one asks cheaply whether a server has the admin API at all.
     *
     * <pre>{@code
     * boolean manual = DmsAdminClient.of(endpoint).withTimeout(Duration.ofSeconds(2)).isManualClock();
     * }</pre>
     */
    public DmsAdminClient withTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        return new DmsAdminClient(baseUri, http, timeout);
    }

    /** The server this client talks to, e.g. {@code http://127.0.0.1:8080}. */
    public URI baseUri() {
        return baseUri;
    }

    /** Drops every resource, service fault, transport fault and journal entry on the server. */
    public void reset() {
        send("POST", "/reset", "");
    }

    /** The server's virtual time. */
    public Instant now() {
        return Instant.parse(clock().now());
    }

    /** Whether the server's clock moves only when advanced ({@code --manual-clock}). */
    public boolean isManualClock() {
        return clock().manual();
    }

    /**
     * The first planned change of any account's resources after the server's current time; empty when nothing
     * is planned to change by itself.
     */
    public Optional<Instant> nextChange() {
        return nextChange(clock());
    }

    /**
     * The first planned change of one account's resources after the server's current time (a status, a table
     * starting or finishing, a fault's trigger…); empty when nothing is planned: what a wait jumps the clock
     * to instead of polling through empty time.
     *
     * <pre>{@code
     * admin.nextChange("123456789012", "us-east-1").ifPresent(at -> admin.advanceTo(at));
     * }</pre>
     */
    public Optional<Instant> nextChange(String account, String region) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("account", Objects.requireNonNull(account, "account"));
        query.put("region", region);
        return nextChange(read(send("GET", "/clock" + queryString(query), null), ClockJson.class));
    }

    private static Optional<Instant> nextChange(ClockJson clock) {
        return Optional.ofNullable(clock.nextChange()).map(Instant::parse);
    }

    /**
     * Moves the server's virtual time forward; returns the new time.
     *
     * <pre>{@code
     * Instant later = admin.advance(Duration.ofMinutes(30));
     * }</pre>
     */
    public Instant advance(Duration duration) {
        return advance(AdvanceJson.by(duration));
    }

    /** Moves the server's virtual time forward to {@code instant}; returns the new time. */
    public Instant advanceTo(Instant instant) {
        return advance(AdvanceJson.to(instant));
    }

    /**
     * Arms a service fault on the server; returns its id.
     *
     * <pre>{@code
     * admin.arm(DmsFault.error("Throttling").on("DescribeReplications").times(2).build());
     * }</pre>
     */
    public String arm(DmsFault fault) {
        return send("POST", "/faults", AdminJson.write(FaultJson.of(fault)))
                .path("id")
                .asText();
    }

    /** The armed service faults with their counters. */
    public List<FaultPlan.ArmedFaultStatus> faults() {
        List<FaultPlan.ArmedFaultStatus> faults = new ArrayList<>();
        for (JsonNode fault : send("GET", "/faults", null).path("faults")) {
            faults.add(read(fault, ArmedFaultJson.class).toStatus());
        }
        return faults;
    }

    /** Disarms one service fault; throws {@link DmsAdminException} (404) when the server has none with this id. */
    public void disarm(String id) {
        send("DELETE", "/faults/" + encode(id), null);
    }

    /**
     * Disarms every service fault on the server.
     *
     * <pre>{@code
     * admin.disarmAll();
     * }</pre>
     */
    public void disarmAll() {
        send("DELETE", "/faults", null);
    }

    /** Every call the server's simulator answered, oldest first. */
    public List<JournalEntry> journal() {
        return journal(Optional.empty());
    }

    /** The calls of one operation. */
    public List<JournalEntry> journal(String operation) {
        return journal(Optional.of(operation));
    }

    /**
     * The calls that match a pattern, as {@code simulator.journal().find(pattern)} finds them locally.
     *
     * <pre>{@code
     * admin.find(dmsCall("StopReplication").withErrorCode("AccessDenied")).size();
     * }</pre>
     */
    public List<JournalEntry> find(CallPattern pattern) {
        return journal(pattern.operation()).stream().filter(pattern::matches).toList();
    }

    /**
     * The simulated resources per account and region, as the server's {@code GET /__admin/dms/resources}
     * shows them: the simulator's {@code stateAsJson()}, wire JSON under the Describe answers' member names.
     * Reading them makes no DMS call, so the journal, the faults and the clock stay as they are.
     *
     * <pre>{@code
     * JsonNode endpoints = admin.resources().path("accounts").get(0).path("Endpoints");
     * }</pre>
     */
    public JsonNode resources() {
        return send("GET", "/resources", null);
    }

    /**
     * Declares source tables of an account and region on the server: selection rules find them, and their
     * row counts drive the full load. {@code null} account or region means the server's default.
     *
     * <pre>{@code
     * admin.declareTables("123456789012", "us-east-1", List.of(TableSpec.parse("public.orders", 2_000_000)));
     * }</pre>
     */
    public void declareTables(String account, String region, List<TableSpec> tables) {
        send("POST", "/tables", AdminJson.write(TablesJson.of(account, region, tables)));
    }

    /**
     * Plans a state fault on a replication config, replication task, data migration, replication instance,
     * endpoint or migration project (by name or ARN) of an account and region: every {@link DmsIncident}
     * kind travels; {@code null} account or region means the server's default. Throws {@link DmsAdminException}
     * (400) when there is no such resource or the incident does not apply to it.
     *
     * <pre>{@code
     * admin.planIncident(null, null, "orders", DmsIncident.failAtPercent(40, Severity.FATAL_ERROR, "ORA-01555"));
     * }</pre>
     */
    public void planIncident(String account, String region, String resource, DmsIncident incident) {
        send("POST", "/incidents", AdminJson.write(IncidentJson.of(account, region, resource, incident)));
    }

    /**
     * The CDC latency of a replication, replication task or data migration (by name or ARN) now, as the simulator sees it;
     * empty while no changes are being applied. {@code null} account or region means the server's default.
     *
     * <pre>{@code
     * Optional<Duration> latency = admin.cdcLatency("123456789012", "us-east-1", "orders");
     * }</pre>
     */
    public Optional<Duration> cdcLatency(String account, String region, String resource) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("account", account);
        query.put("region", region);
        query.put("resource", Objects.requireNonNull(resource, "resource"));
        JsonNode latency =
                send("GET", "/cdc-latency" + queryString(query), null).path("cdcLatency");
        return latency.isTextual() ? Optional.of(Duration.parse(latency.asText())) : Optional.empty();
    }

    /**
     * The action items the last successful assessment of a migration project (by name or ARN) reported, as the
     * server's {@code GET /__admin/dms/action-items} returns them (DMS writes them only into report files in S3).
     * {@code null} account or region means the server's default.
     *
     * <pre>{@code
     * List<String> items = admin.assessmentActionItems(null, null, "hr");
     * }</pre>
     *
     * @throws DmsAdminException (400) when there is no such project or no assessment of it has succeeded yet
     */
    public List<String> assessmentActionItems(String account, String region, String migrationProject) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("account", account);
        query.put("region", region);
        query.put("project", Objects.requireNonNull(migrationProject, "migrationProject"));
        List<String> items = new ArrayList<>();
        send("GET", "/action-items" + queryString(query), null)
                .path("actionItems")
                .forEach(item -> items.add(item.asText()));
        return List.copyOf(items);
    }

    /** Arms a transport fault on the server; returns its id. */
    public String armTransportFault(TransportFault fault) {
        return send("POST", "/transport-faults", AdminJson.write(fault.definition()))
                .path("id")
                .asText();
    }

    /** The server's armed transport faults. */
    public List<TransportFaultStatus> transportFaults() {
        List<TransportFaultStatus> faults = new ArrayList<>();
        for (JsonNode fault : send("GET", "/transport-faults", null).path("transportFaults")) {
            TransportFaultDefinition definition = read(fault.path("transportFault"), TransportFaultDefinition.class);
            Optional<Integer> remaining = fault.path("remaining").isInt()
                    ? Optional.of(fault.path("remaining").asInt())
                    : Optional.empty();
            faults.add(new TransportFaultStatus(fault.path("id").asText(), new TransportFault(definition), remaining));
        }
        return faults;
    }

    /** Disarms one transport fault; throws {@link DmsAdminException} (404) when there is none with this id. */
    public void disarmTransportFault(String id) {
        send("DELETE", "/transport-faults/" + encode(id), null);
    }

    /**
     * Disarms every transport fault on the server.
     *
     * <pre>{@code
     * admin.disarmAllTransportFaults();
     * }</pre>
     */
    public void disarmAllTransportFaults() {
        send("DELETE", "/transport-faults", null);
    }

    @Override
    public String toString() {
        return "DmsAdminClient[" + baseUri + "]";
    }

    private ClockJson clock() {
        return read(send("GET", "/clock", null), ClockJson.class);
    }

    private Instant advance(AdvanceJson request) {
        return Instant.parse(read(send("POST", "/clock/advance", AdminJson.write(request)), ClockJson.class)
                .now());
    }

    /** Pages through the journal, so that no single answer has to hold all of a big one. */
    private List<JournalEntry> journal(Optional<String> operation) {
        String filter = operation.map(op -> "&operation=" + encode(op)).orElse("");
        List<JournalEntry> entries = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = send("GET", "/journal?limit=" + JOURNAL_PAGE + "&after=" + after + filter, null);
            for (JsonNode entry : page.path("entries")) {
                entries.add(read(entry, JournalEntryJson.class).toEntry());
            }
            if (!page.path("next").isNumber()) {
                return entries;
            }
            after = page.path("next").asLong();
        }
    }

    /** Sends one request; answers the JSON body of a 2xx answer, throws with the server's message otherwise. */
    private static final int JOURNAL_PAGE = 1_000;

    private JsonNode send(String method, String path, String body) {
        URI uri = URI.create(baseUri.toString().replaceAll("/+$", "") + ROOT + path);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        String what = method + " " + uri;
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DmsAdminException("cannot reach the dms-testkit admin API: " + what + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DmsAdminException("interrupted during " + what, e);
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            throw new DmsAdminException(what, response.statusCode(), errorMessage(answer, response.body()));
        }
        if (answer == null) {
            throw new DmsAdminException(
                    what, response.statusCode(), "not a DMS admin API answer: " + excerpt(response.body()));
        }
        return answer;
    }

    private static String errorMessage(JsonNode answer, String body) {
        if (answer != null && answer.path("error").isTextual()) {
            return answer.path("error").asText();
        }
        return "not a DMS admin API answer (is this a dms-testkit server, or WireMock with DmsWireMockExtension?): "
                + excerpt(body);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = AdminJson.mapper().readTree(body);
            return node == null || !node.isObject() ? null : node;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static <T> T read(JsonNode node, Class<T> type) {
        try {
            return ANSWERS.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("unexpected answer of the DMS admin API: " + excerpt(node.toString()), e);
        }
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.isEmpty() ? "(empty body)" : flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    /** {@code ?name=value&…} of the parameters that have a value. */
    private static String queryString(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (value != null) {
                query.append(query.length() == 0 ? '?' : '&')
                        .append(name)
                        .append('=')
                        .append(encode(value));
            }
        });
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
