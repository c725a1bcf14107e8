package io.dmstestkit.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import io.dmstestkit.simulator.DmsOperations;
import io.dmstestkit.wiremock.internal.SimulatorStub;
import java.util.Objects;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * WireMock stubs for DMS calls, for teams that want canned answers instead of (or in front of) the
 * simulator: request matchers per operation, to answer with {@link DmsResponses}.
 *
 * <pre>{@code
 * server.stubFor(DmsStubs.operation("StopReplication")
 *     .withRequestBody(DmsStubs.requestMember("ReplicationConfigArn", equalTo(arn)))
 *     .willReturn(DmsResponses.stopReplication(replication().status("stopping"))));
 *
 * DmsStubs.sequence("DescribeReplications")                  // one answer per poll, in order
 *     .then(DmsResponses.describeReplications(replication().status("starting")))
 *     .then(DmsResponses.describeReplications(replication().status("running").fullLoadProgress(40)))
 *     .thenRepeat(DmsResponses.describeReplications(replication().status("running").fullLoadProgress(100)))
 *     .registerOn(server);
 * }</pre>
 *
 * <p>Stubs made here have priority {@value #PRIORITY}: above the simulator's mapping (5), so in a server
 * with the {@link DmsWireMockExtension} they answer instead of the simulator for what they match; below
 * {@link DmsTransportFaults} (1) and the shipped fault mapping files (2).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsStubs {

    /** The priority of the stubs made here. */
    public static final int PRIORITY = 3;

    private DmsStubs() {}

    /**
     * {@code POST /} with {@code X-Amz-Target: AmazonDMSv20160101.<operation>}, at priority
     * {@value #PRIORITY}; a misspelled operation is refused with the closest name.
     */
    public static MappingBuilder operation(String operation) {
        DmsOperations.requireKnown(Objects.requireNonNull(operation, "operation"));
        return post(urlPathEqualTo("/"))
                .atPriority(PRIORITY)
                .withHeader(SimulatorStub.TARGET_HEADER, equalTo(SimulatorStub.TARGET_PREFIX + operation));
    }

    /**
     * Matches a member of the request's JSON, by its wire name or a dotted path into it
     * ({@code "Filters[0].Name"}), with WireMock's {@code matchingJsonPath}.
     *
     * <pre>{@code
     * DmsStubs.operation("StartReplication")
     *     .withRequestBody(DmsStubs.requestMember("StartReplicationType", equalTo("resume-processing")))
     * }</pre>
     */
    public static StringValuePattern requestMember(String memberPath, StringValuePattern value) {
        return matchingJsonPath("$." + Objects.requireNonNull(memberPath, "memberPath"), value);
    }

    /** Matches requests in which a member is present, whatever its value. */
    public static StringValuePattern requestMember(String memberPath) {
        return matchingJsonPath("$." + Objects.requireNonNull(memberPath, "memberPath"));
    }

    /**
     * Ordered answers to one operation, for code that polls: a WireMock scenario named
     * {@code dms-stubs <operation>}.
     */
    public static DmsStubSequence sequence(String operation) {
        DmsOperations.requireKnown(Objects.requireNonNull(operation, "operation"));
        return new DmsStubSequence("dms-stubs " + operation, () -> operation(operation));
    }

    /**
     * Ordered answers to the calls {@code request} matches (it is asked for a fresh builder per answer), in
     * a scenario of your naming: use it for two sequences of one operation, told apart by a member.
     *
     * <pre>{@code
     * DmsStubs.sequence("orders polls", () -> DmsStubs.operation("DescribeReplications")
     *     .withRequestBody(DmsStubs.requestMember("Filters[0].Values[0]", equalTo("orders"))))
     * }</pre>
     */
    public static DmsStubSequence sequence(String scenarioName, Supplier<MappingBuilder> request) {
        return new DmsStubSequence(scenarioName, request);
    }
}
