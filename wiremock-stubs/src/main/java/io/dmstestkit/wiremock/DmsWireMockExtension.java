package io.dmstestkit.wiremock;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.extension.MappingsLoaderExtension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.wiremock.internal.SimulatorStub;
import io.dmstestkit.wiremock.internal.WireMockTranslation;
import io.dmstestkit.wiremock.internal.admin.DmsAdminRoutes;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A WireMock 3 extension that answers AWS DMS calls with a {@link DmsSimulator}, next to any stubs of
 * your own in the same server.
 *
 * <p>Give it to the server's options; it adds its own stub mapping, named {@value #NAME}: {@code POST /}
 * whose {@code X-Amz-Target} header starts with {@code AmazonDMSv20160101.}, answered by this extension.
 * The simulator gets every request header (all values) and the body as sent, and its status, headers and
 * body bytes go back unchanged (without WireMock's {@code Matched-Stub-Id}/{@code -Name} headers, which
 * DMS does not send). A request that is not a {@code POST} but reaches the transformer gets an AWS JSON
 * {@code UnknownOperationException}.
 *
 * <pre>{@code
 * DmsWireMockExtension dms = new DmsWireMockExtension(DmsSimulator.create());
 * WireMockServer server = new WireMockServer(options().dynamicPort().extensions(dms));
 * server.start();
 * server.stubFor(get("/health").willReturn(ok()));           // your stubs keep working beside DMS
 *
 * DatabaseMigrationClient client = DatabaseMigrationClient.builder()
 *     .endpointOverride(URI.create(server.baseUrl()))
 *     .region(Region.US_EAST_1)
 *     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "x")))
 *     .build();
 * client.describeEndpoints(r -> {});                          // answered by dms.simulator()
 * }</pre>
 *
 * <p>WireMock's usual rules decide between the DMS mapping (priority {@value #STUB_PRIORITY}, WireMock's
 * default) and yours: a stub of yours that matches a DMS call answers instead when it has a higher
 * priority (a lower number), or the same priority and was added later. Give catch-all stubs a low
 * priority, as usual, so they do not hide DMS:
 *
 * <pre>{@code
 * server.stubFor(post("/")
 *     .withHeader("X-Amz-Target", equalTo("AmazonDMSv20160101.StartReplication"))
 *     .atPriority(1)
 *     .willReturn(serverError()));                            // only StartReplication is canned
 * server.stubFor(any(anyUrl()).atPriority(10).willReturn(notFound()));
 * }</pre>
 *
 * <p>The mapping is one of the server's default mappings: {@code resetAll()} and
 * {@code resetToDefaultMappings()} keep it. {@code resetMappings()} removes every mapping, this one too;
 * {@code server.loadMappingsUsing(dms)} brings it back. To serve DMS on another path, name the
 * transformer in a stub of yours: {@code willReturn(aResponse().withTransformers(DmsWireMockExtension.NAME))}.
 *
 * <p>The same object is also an {@link AdminApiExtension}: registering it adds the DMS admin API under
 * {@code /__admin/dms/} (reset, clock, service faults, transport faults, journal, resources, source tables,
 * state faults, CDC latency) to the server's admin API, behind whatever admin authentication the server has. Drive it with
 * {@link DmsAdminClient} or plain HTTP:
 *
 * <pre>{@code
 * curl -X POST localhost:8080/__admin/dms/faults \
 *      -d '{"operation": "StopReplication", "error": "AccessDenied", "times": 1}'
 * }</pre>
 *
 * <p>A stub of yours that names the transformer and sets a delay ({@code withFixedDelay},
 * {@code withUniformRandomDelay}, {@code withChunkedDribbleDelay}) gets the simulator's answer with that
 * delay.
 *
 * <p>WireMock keeps one extension per name, so register one of these per server; one simulator may serve
 * several servers. Calls may arrive concurrently; the simulator is thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsWireMockExtension
        implements ResponseDefinitionTransformerV2, ResponseTransformerV2, MappingsLoaderExtension, AdminApiExtension {

    /** The extension's name: the transformer to name in stubs, and the name of its stub mapping. */
    public static final String NAME = SimulatorStub.TRANSFORMER_NAME;

    /** Priority of the DMS stub mapping: WireMock's default, so your own stubs decide as usual. */
    public static final int STUB_PRIORITY = 5;

    private final DmsSimulator simulator;

    /**
     * An extension with a new simulator of default settings and a manual clock (move it over the admin API):
     * the constructor WireMock uses when it loads the extension by class name.
     *
     * <pre>{@code
     * java -cp dms-testkit-server.jar wiremock.Run --port 8080 --root-dir my-stubs \
     *     --extensions io.dmstestkit.wiremock.DmsWireMockExtension
     * }</pre>
     */
    public DmsWireMockExtension() {
        this(DmsSimulator.create());
    }

    /**
     * An extension answering with {@code simulator}.
     *
     * <pre>{@code
     * DmsWireMockExtension dms = new DmsWireMockExtension(DmsSimulator.builder().clock(SimulatedClock.manual()).build());
     * }</pre>
     */
    public DmsWireMockExtension(DmsSimulator simulator) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
    }

    /**
     * The simulator behind this extension: move its clock, declare tables, reset it.
     *
     * <pre>{@code
     * dms.simulator().clock().advance(Duration.ofMinutes(15));
     * }</pre>
     */
    public DmsSimulator simulator() {
        return simulator;
    }

    @Override
    public String getName() {
        return NAME;
    }

    /** Answers one DMS call with the simulator, keeping any delay the matched stub asks for. */
    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        if (!RequestMethod.POST.equals(serveEvent.getRequest().getMethod())) {
            return WireMockTranslation.notADmsCall(serveEvent.getRequest());
        }
        return WireMockTranslation.toResponseDefinition(
                simulator.handle(WireMockTranslation.toDmsRequest(serveEvent.getRequest())),
                serveEvent.getResponseDefinition());
    }

    /** Takes WireMock's {@code Matched-Stub-Id}/{@code -Name} headers off the simulator's answers. */
    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        return WireMockTranslation.withoutWireMockHeaders(response);
    }

    /** Adds the DMS admin API under {@code /__admin/dms/}; WireMock calls this when the server is built. */
    @Override
    public void contributeAdminApiRoutes(Router router) {
        DmsAdminRoutes.contribute(router, simulator);
    }

    /** Only stubs that name this transformer (the DMS mapping, or yours) are answered by the simulator. */
    @Override
    public boolean applyGlobally() {
        return false;
    }

    /**
     * Adds the DMS stub mapping, or restores it when it is there already; WireMock calls this on start and
     * on every reset to default mappings.
     */
    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
        StubMapping mapping = SimulatorStub.create(NAME, STUB_PRIORITY);
        if (stubMappings.get(mapping.getId()).isPresent()) {
            stubMappings.editMapping(mapping);
        } else {
            stubMappings.addMapping(mapping);
        }
    }

    @Override
    public String toString() {
        return "DmsWireMockExtension[" + NAME + "]";
    }
}
