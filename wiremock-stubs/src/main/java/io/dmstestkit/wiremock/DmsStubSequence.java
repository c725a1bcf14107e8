package io.dmstestkit.wiremock;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.dmstestkit.wiremock.internal.stubs.ScenarioChain;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Answers given one after another to successive calls, with a WireMock scenario: the first call gets the
 * first answer, the second the second, ... After the last {@link #then} answer the stubs match no more, so
 * the next stub answers (the simulator, in a server with the DMS extension); {@link #thenRepeat} instead
 * keeps answering with a final answer. WireMock's {@code POST /__admin/scenarios/reset} starts it over.
 *
 * <pre>{@code
 * DmsStubs.sequence("DescribeReplications")
 *     .then(describeReplications(replication().status("initializing")))
 *     .then(describeReplications(replication().status("running").fullLoadProgress(50)))
 *     .thenRepeat(describeReplications(replication().status("running").fullLoadProgress(100)))
 *     .registerOn(server);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsStubSequence {

    private final String scenarioName;
    private final Supplier<MappingBuilder> request;
    private final List<ResponseDefinitionBuilder> answers = new ArrayList<>();
    private boolean repeatsLast;

    DmsStubSequence(String scenarioName, Supplier<MappingBuilder> request) {
        this.scenarioName = Objects.requireNonNull(scenarioName, "scenarioName");
        this.request = Objects.requireNonNull(request, "request");
    }

    /** The answer to the next call. */
    public DmsStubSequence then(ResponseDefinitionBuilder answer) {
        if (repeatsLast) {
            throw new IllegalStateException("thenRepeat(...) ends the sequence; no answer can follow it");
        }
        answers.add(Objects.requireNonNull(answer, "answer"));
        return this;
    }

    /** The answer to the next call and to every call after it. */
    public DmsStubSequence thenRepeat(ResponseDefinitionBuilder answer) {
        then(answer);
        repeatsLast = true;
        return this;
    }

    /** The scenario that counts the calls, e.g. {@code dms-stubs DescribeReplications}. */
    public String scenarioName() {
        return scenarioName;
    }

    /** One new mapping per answer, to register with {@code stubFor} or send to a remote server. */
    public List<MappingBuilder> mappings() {
        if (answers.isEmpty()) {
            throw new IllegalStateException("a sequence needs at least one answer: add one with then(...)");
        }
        return ScenarioChain.of(scenarioName, request, answers, repeatsLast);
    }

    /**
     * Adds the mappings to a WireMock server ({@code WireMockServer}, JUnit {@code WireMockExtension},
     * {@code DmsServer.wireMock()} or a remote {@code HttpAdminClient}); returns them.
     */
    public List<StubMapping> registerOn(Admin wireMock) {
        List<StubMapping> added = new ArrayList<>();
        for (MappingBuilder mapping : mappings()) {
            StubMapping stub = mapping.build();
            wireMock.addStubMapping(stub);
            added.add(stub);
        }
        return added;
    }
}
