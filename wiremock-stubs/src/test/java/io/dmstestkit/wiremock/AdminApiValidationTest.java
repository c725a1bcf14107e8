package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad admin requests get a 400 (or 404) with a JSON message naming the problem; none gets a 500. */
class AdminApiValidationTest {

    @AutoClose
    private final DmsServer server = DmsServer.builder().start();

    private final AdminHttp admin = new AdminHttp(server.baseUri());

    static Stream<Arguments> bad_requests() {
        return Stream.of(
                bad("POST", "/faults", "{\"operation\": \"StopReplication\"", "malformed JSON"),
                bad("POST", "/faults", "", "a JSON object is required"),
                bad("POST", "/faults", "[1, 2]", "must be a JSON object"),
                bad("POST", "/faults", "null", "must be a JSON object"),
                bad("POST", "/faults", "{\"error\": \"AccessDenied\"} {}", "malformed JSON"),
                bad(
                        "POST",
                        "/faults",
                        "{\"opration\": \"StopReplication\", \"error\": \"AccessDenied\"}",
                        "unknown field 'opration'; did you mean 'operation'?"),
                bad(
                        "POST",
                        "/faults",
                        "{\"operation\": \"StopReplications\", \"error\": \"AccessDenied\"}",
                        "'StopReplications' is not a DMS operation; did you mean StopReplication?"),
                bad("POST", "/faults", "{\"operation\": \"StopReplication\"}", "field 'error' is required"),
                bad(
                        "POST",
                        "/faults",
                        "{\"error\": \"AccesDenied\"}",
                        "unknown error code 'AccesDenied'; did you mean 'AccessDenied'?"),
                bad(
                        "POST",
                        "/faults",
                        "{\"error\": \"AccessDenied\", \"times\": \"one\"}",
                        "field 'times' must be an integer"),
                bad(
                        "POST",
                        "/faults",
                        "{\"error\": \"AccessDenied\", \"times\": 1.5}",
                        "field 'times' must be an integer"),
                bad("POST", "/faults", "{\"error\": \"AccessDenied\", \"times\": 0}", "times must be 1 or more"),
                bad(
                        "POST",
                        "/faults",
                        "{\"error\": \"AccessDenied\", \"times\": 99999999999999999999}",
                        "field 'times'"),
                bad("POST", "/faults", "{\"error\": 42}", "field 'error' must be a string"),
                bad(
                        "POST",
                        "/faults",
                        "{\"error\": \"AccessDenied\", \"operations\": \"StopReplication\"}",
                        "field 'operations' must be a list"),
                bad(
                        "POST",
                        "/faults",
                        "{\"error\": \"AccessDenied\", \"operations\": [7]}",
                        "field 'operations[0]' must be a string"),
                bad(
                        "POST",
                        "/faults",
                        "{\"error\": \"AccessDenied\", \"probability\": 1.5}",
                        "probability must be between 0 and 1, was 1.5"),
                bad(
                        "POST",
                        "/faults",
                        "{\"error\": \"AccessDenied\", \"probability\": 1e400}",
                        "probability must be between 0 and 1"),
                bad("POST", "/faults", "{\"error\": \"AccessDenied\", \"seed\": 3}", "'seed' needs 'probability'"),
                bad(
                        "POST",
                        "/faults",
                        "{\"error\": \"AccessDenied\", \"from\": \"yesterday\"}",
                        "field 'from' must be an ISO-8601 instant"),
                bad(
                        "POST",
                        "/faults",
                        "{\"error\": \"AccessDenied\", \"account\": \"42\"}",
                        "field 'account' must be 12 digits"),
                bad(
                        "POST",
                        "/faults",
                        "{\"error\": \"AccessDenied\", \"httpStatus\": 200}",
                        "httpStatus must be an error status"),
                bad(
                        "POST",
                        "/faults",
                        "{\"error\": \"AccessDenied\", \"onCall\": 2, \"times\": 1}",
                        "give onCall or times, not both"),
                bad(
                        "POST",
                        "/faults",
                        "{\"error\": \"AccessDenied\", \"whileStatus\": \"running\"}",
                        "whileStatus needs a resource"),
                bad("POST", "/faults", "{\"error\": \"A\", \"error\": \"B\"}", "Duplicate field 'error'"),
                bad(
                        "POST",
                        "/faults?verbose=true",
                        "{\"error\": \"AccessDenied\"}",
                        "unknown query parameter 'verbose'"),
                bad(
                        "GET",
                        "/journal?opration=StopReplication",
                        null,
                        "unknown query parameter 'opration'; did you mean 'operation'?"),
                bad("GET", "/journal?operation=StopReplications", null, "did you mean StopReplication?"),
                bad("GET", "/journal?operation=", null, "query parameter 'operation' needs exactly one value"),
                bad(
                        "POST",
                        "/clock/advance",
                        "{\"duration\": \"30 minutes\"}",
                        "field 'duration' must be an ISO-8601 duration"),
                bad("POST", "/clock/advance", "{}", "give either 'duration'"),
                bad(
                        "POST",
                        "/clock/advance",
                        "{\"duration\": \"PT1M\", \"to\": \"2026-01-02T00:00:00Z\"}",
                        "give either 'duration'"),
                bad("POST", "/clock/advance", "{\"duration\": \"PT9999999999999H\"}", "too long"),
                bad("POST", "/clock/advance", "{\"to\": \"+100000-01-01T00:00:00Z\"}", "cannot move virtual time past"),
                bad("POST", "/clock/advance", "{\"durration\": \"PT1M\"}", "did you mean 'duration'?"),
                bad(
                        "POST",
                        "/transport-faults",
                        "{\"operation\": \"DescribeEndpoints\"}",
                        "give exactly one of 'fault'"),
                bad(
                        "POST",
                        "/transport-faults",
                        "{\"fault\": \"CONNECTION_RESET\"}",
                        "'fault' must be one of CONNECTION_RESET_BY_PEER"),
                bad(
                        "POST",
                        "/transport-faults",
                        "{\"fault\": \"EMPTY_RESPONSE\", \"fixedDelayMilliseconds\": 5}",
                        "give exactly one of"),
                bad(
                        "POST",
                        "/transport-faults",
                        "{\"fixedDelayMilliseconds\": -5}",
                        "'fixedDelayMilliseconds' must be between 0"),
                bad(
                        "POST",
                        "/transport-faults",
                        "{\"delayDistribution\": {\"type\": \"uniform\", \"lower\": 10}}",
                        "needs 'lower' and 'upper'"),
                bad(
                        "POST",
                        "/transport-faults",
                        "{\"delayDistribution\": {\"type\": \"gaussian\"}}",
                        "'type' must be 'uniform' or 'lognormal'"),
                bad(
                        "POST",
                        "/transport-faults",
                        "{\"delayDistribution\": {\"type\": \"uniform\", \"lowr\": 1, \"upper\": 2}}",
                        "unknown field 'delayDistribution.lowr'; did you mean 'lower'?"),
                bad(
                        "POST",
                        "/transport-faults",
                        "{\"delayDistribution\": {\"type\": \"uniform\", \"lower\": 1, \"upper\": 2}, \"seed\": 1}",
                        "WireMock's random delays cannot be seeded"),
                bad(
                        "POST",
                        "/transport-faults",
                        "{\"fault\": \"EMPTY_RESPONSE\", \"operation\": \"Nope\"}",
                        "not a DMS operation"),
                bad("GET", "/resources?verbose=true", null, "unknown query parameter 'verbose'"),
                bad("POST", "/tables", "{}", "field 'tables' is required"),
                bad("POST", "/tables", "", "a JSON object is required"),
                bad("POST", "/tables", "{\"tables\": [\"public.orders\"]}", "field 'tables' must be an object"),
                bad(
                        "POST",
                        "/tables",
                        "{\"tables\": {\"public.orders\": \"many\"}}",
                        "field 'tables.public.orders' must be an integer"),
                bad(
                        "POST",
                        "/tables",
                        "{\"tables\": {\"public.orders\": 1.5}}",
                        "field 'tables.public.orders' must be an integer"),
                bad(
                        "POST",
                        "/tables",
                        "{\"tables\": {\"public.orders\": -1}}",
                        "field 'tables.public.orders' must be a row count of 0 or more, was -1"),
                bad(
                        "POST",
                        "/tables",
                        "{\"tables\": {\"public.orders\": null}}",
                        "field 'tables.public.orders' must be a row count of 0 or more, was null"),
                bad(
                        "POST",
                        "/tables",
                        "{\"tables\": {\"a.b.c\": 1}}",
                        "table 'a.b.c' in 'tables' must be named schema.table"),
                bad("POST", "/tables", "{\"tables\": {\"public.\": 1}}", "must be named schema.table"),
                bad(
                        "POST",
                        "/tables",
                        "{\"acount\": \"123456789012\", \"tables\": {}}",
                        "unknown field 'acount'; did you mean 'account'?"),
                bad(
                        "POST",
                        "/tables",
                        "{\"account\": \"42\", \"tables\": {}}",
                        "field 'account' must be a 12-digit account id, was '42'"),
                bad(
                        "POST",
                        "/tables",
                        "{\"region\": \"US East\", \"tables\": {}}",
                        "field 'region' must be an AWS region such as us-east-1, was 'US East'"),
                bad("POST", "/incidents", "{}", "field 'resource' is required"),
                bad("POST", "/incidents", "{\"resource\": \"orders\"}", "field 'incident' is required: one of"),
                bad(
                        "POST",
                        "/incidents",
                        "{\"resource\": \"orders\", \"incident\": \"failAtPercnt\", \"percent\": 40}",
                        "field 'incident' must be one of failAtPercent, failAt, provisioningFailure, tableError,"
                                + " latencySpike, schemaConversionFailure, assessmentActionItems, storageFull,"
                                + " incompatibleNetwork, instanceStatus, assessmentOutcome, schemaRefreshFailure,"
                                + " connectionTestFailure, was 'failAtPercnt';"
                                + " did you mean 'failAtPercent'?"),
                bad(
                        "POST",
                        "/incidents",
                        "{\"resource\": \"orders\", \"incident\": \"failAtPercent\"}",
                        "field 'percent' is required for incident 'failAtPercent', which takes: percent,"
                                + " severity, message"),
                bad(
                        "POST",
                        "/incidents",
                        "{\"resource\": \"orders\", \"incident\": \"failAtPercent\", \"percent\": 140}",
                        "percent must be 0 to 100, was 140"),
                bad(
                        "POST",
                        "/incidents",
                        "{\"resource\": \"orders\", \"incident\": \"failAtPercent\", \"percent\": \"40%\"}",
                        "field 'percent' must be an integer"),
                bad(
                        "POST",
                        "/incidents",
                        "{\"resource\": \"orders\", \"incident\": \"failAtPercent\", \"percent\": 40,"
                                + " \"at\": \"2026-01-01T00:00:00Z\"}",
                        "field 'at' does not apply to incident 'failAtPercent', which takes: percent, severity,"
                                + " message"),
                bad(
                        "POST",
                        "/incidents",
                        "{\"resource\": \"orders\", \"incident\": \"failAtPercent\", \"percent\": 40,"
                                + " \"severity\": \"FATAL\"}",
                        "field 'severity' must be FATAL_ERROR or RECOVERABLE_ERROR, was 'FATAL'"),
                bad(
                        "POST",
                        "/incidents",
                        "{\"resource\": \"orders\", \"incident\": \"failAt\", \"at\": \"in 5 minutes\"}",
                        "field 'at' must be an ISO-8601 instant"),
                bad(
                        "POST",
                        "/incidents",
                        "{\"resource\": \"orders\", \"incident\": \"tableError\", \"at\": \"2026-01-01T00:05:00Z\"}",
                        "field 'table' is required for incident 'tableError'"),
                bad(
                        "POST",
                        "/incidents",
                        "{\"resource\": \"orders\", \"incident\": \"latencySpike\", \"from\":"
                                + " \"2026-01-01T00:05:00Z\", \"lasting\": \"10m\", \"latency\": \"PT5S\"}",
                        "field 'lasting' must be an ISO-8601 duration such as PT10M, was '10m'"),
                bad(
                        "POST",
                        "/incidents",
                        "{\"resource\": \"orders\", \"incident\": \"latencySpike\", \"from\":"
                                + " \"2026-01-01T00:05:00Z\", \"lasting\": \"PT10M\", \"latency\": \"-PT5S\"}",
                        "field 'latency' must not be negative"),
                bad(
                        "POST",
                        "/incidents",
                        "{\"resource\": \"orders\", \"incident\": \"latencySpike\", \"from\":"
                                + " \"2026-01-01T00:05:00Z\", \"lasting\": \"PT10M\"}",
                        "field 'latency' is required for incident 'latencySpike'"),
                bad(
                        "POST",
                        "/incidents",
                        "{\"resource\": \"orders-instance\", \"incident\": \"instanceStatus\", \"at\":"
                                + " \"2026-01-01T00:05:00Z\", \"message\": \"keys gone\"}",
                        "field 'status' is required for incident 'instanceStatus', which takes: status, at, message"),
                bad(
                        "POST",
                        "/incidents",
                        "{\"resource\": \"orders-instance\", \"incident\": \"storageFull\"}",
                        "field 'at' is required for incident 'storageFull', which takes: at, message"),
                bad(
                        "POST",
                        "/incidents",
                        "{\"resource\": \"orders\", \"incident\": \"provisioningFailure\", \"message\": 5}",
                        "field 'message' must be a string"),
                bad(
                        "POST",
                        "/incidents",
                        "{\"resource\": \"nope\", \"incident\": \"provisioningFailure\"}",
                        "no replication config, replication task, data migration, replication instance, endpoint or"
                                + " migration project named 'nope' in account 000000000000 (us-east-1), which has no"
                                + " resources"),
                bad(
                        "POST",
                        "/incidents",
                        "{\"resource\": \"orders\", \"incident\": \"provisioningFailure\", \"region\": \"mars\"}",
                        "field 'region' must be an AWS region"),
                bad("GET", "/cdc-latency", null, "query parameter 'resource' is required"),
                bad(
                        "GET",
                        "/cdc-latency?resource=nope",
                        null,
                        "no replication config, replication task or data migration named 'nope' in account 000000000000"
                                + " (us-east-1)"),
                bad(
                        "GET",
                        "/cdc-latency?resource=orders&acount=123456789012",
                        null,
                        "unknown query parameter 'acount'; did you mean 'account'?"),
                bad(
                        "GET",
                        "/cdc-latency?resource=orders&account=abc",
                        null,
                        "query parameter 'account' must be a 12-digit account id, was 'abc'"),
                bad("GET", "/cdc-latency?resource=", null, "query parameter 'resource' needs exactly one value"));
    }

    private static Arguments bad(String method, String path, String body, String message) {
        return Arguments.of(method, path, body, message);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("bad_requests")
    void should_answer_400_naming_the_problem(String method, String path, String body, String message) {
        AdminHttp.Answer answer = admin.call(method, path, body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(answer.error()).contains(message);
    }

    @Test
    void should_answer_404_for_an_unknown_transport_fault() {
        AdminHttp.Answer answer = admin.delete("/transport-faults/transport-fault-9");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.error()).isEqualTo("no armed transport fault has the id 'transport-fault-9'; armed: none");
    }

    @Test
    void should_accept_unknown_error_names_as_custom_codes() {
        AdminHttp.Answer answer =
                admin.post("/faults", "{\"error\": \"SNSNoAuthorizationFault\", \"message\": \"no\"}");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(server.simulator().faults().list().get(0).fault().errorCode())
                .isEqualTo("SNSNoAuthorizationFault");
    }

    @Test
    void should_never_answer_500_to_fuzzed_requests() {
        Random random = new Random(20_260_101);
        List<String> paths = List.of(
                "/faults",
                "/clock/advance",
                "/transport-faults",
                "/reset",
                "/faults/x",
                "/journal",
                "/resources",
                "/tables",
                "/incidents",
                "/cdc-latency",
                "/cdc-latency?resource=orders");
        List<String> methods = List.of("POST", "GET", "DELETE", "PUT");
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String path = paths.get(random.nextInt(paths.size()));
            String method = methods.get(random.nextInt(methods.size()));
            byte[] body = fuzzedBody(random);
            AdminHttp.Answer answer = admin.call(method, path, body);
            answers.add(answer.status() + " " + method + " " + path + " " + new String(body, StandardCharsets.UTF_8));
        }

        assertThat(answers).noneMatch(line -> line.startsWith("5"));
    }

    private static byte[] fuzzedBody(Random random) {
        List<String> fields = List.of(
                "operation",
                "operations",
                "error",
                "message",
                "times",
                "onCall",
                "afterCalls",
                "probability",
                "seed",
                "from",
                "whileStatus",
                "httpStatus",
                "duration",
                "to",
                "fault",
                "fixedDelayMilliseconds",
                "delayDistribution",
                "resource",
                "account",
                "region",
                "tables",
                "incident",
                "percent",
                "at",
                "severity",
                "table",
                "lasting",
                "latency");
        List<String> values = List.of(
                "1",
                "-1",
                "0",
                "1e308",
                "-1e308",
                "99999999999999999999999",
                "1.5",
                "\"\"",
                "\"PT5M\"",
                "\"-PT5M\"",
                "\"AccessDenied\"",
                "\"StopReplication\"",
                "null",
                "true",
                "[]",
                "{}",
                "[\"StopReplication\"]",
                "\"EMPTY_RESPONSE\"",
                "\"latencySpike\"",
                "\"failAtPercent\"",
                "\"FATAL_ERROR\"",
                "\"2026-01-01T00:05:00Z\"",
                "{\"public.orders\": 5}",
                "{\"type\": \"uniform\", \"lower\": 5, \"upper\": 1}",
                "\"\\u0000\"",
                "\"" + "x".repeat(5_000) + "\"",
                "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]");
        switch (random.nextInt(4)) {
            case 0 -> {
                byte[] bytes = new byte[random.nextInt(64)];
                random.nextBytes(bytes);
                return bytes;
            }
            case 1 -> {
                return "[".repeat(2_000).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                StringBuilder json = new StringBuilder("{");
                int members = random.nextInt(4);
                for (int i = 0; i < members; i++) {
                    json.append(i == 0 ? "" : ",")
                            .append('"')
                            .append(fields.get(random.nextInt(fields.size())))
                            .append("\":")
                            .append(values.get(random.nextInt(values.size())));
                }
                return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
            }
        }
    }
}
