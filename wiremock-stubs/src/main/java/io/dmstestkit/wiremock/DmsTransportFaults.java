package io.dmstestkit.wiremock;

import com.github.tomakehurst.wiremock.core.Admin;
import io.dmstestkit.wiremock.internal.transport.ArmedTransportFault;
import io.dmstestkit.wiremock.internal.transport.TransportFaultStubs;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The transport faults of one WireMock server: arm, list and disarm them. They are ordinary stubs at
 * priority {@value #PRIORITY} (above everything dms-testkit adds), tagged in their metadata, so they show
 * in {@code /__admin/mappings}, go away with WireMock's {@code resetAll()}, and can be armed the same way
 * over the admin API ({@code POST /__admin/dms/transport-faults}).
 *
 * <pre>{@code
 * DmsTransportFaults faults = DmsTransportFaults.on(server);            // a DmsServer, or any WireMock Admin
 * String id = faults.arm(TransportFault.connectionReset().on("DescribeReplications").times(1));
 * faults.list();
 * faults.disarm(id);
 * }</pre>
 *
 * <p>Faults that break the connection work in any WireMock server. Delays and {@code afterCalls} answer
 * with the simulator, so they need the {@link DmsWireMockExtension} registered.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsTransportFaults {

    /** The stub priority of transport faults: they answer before the simulator and any static DMS stub. */
    public static final int PRIORITY = TransportFaultStubs.PRIORITY;

    private final Admin wireMock;

    private DmsTransportFaults(Admin wireMock) {
        this.wireMock = Objects.requireNonNull(wireMock, "wireMock");
    }

    /**
     * The transport faults of a WireMock server: a {@code WireMockServer}, a JUnit {@code WireMockExtension}
     * or a remote {@code HttpAdminClient}.
     */
    public static DmsTransportFaults on(Admin wireMock) {
        return new DmsTransportFaults(wireMock);
    }

    /** The transport faults of a {@link DmsServer}. */
    public static DmsTransportFaults on(DmsServer server) {
        return new DmsTransportFaults(server.wireMock());
    }

    /** Arms a fault; returns its id, e.g. {@code transport-fault-1}. */
    public String arm(TransportFault fault) {
        return TransportFaultStubs.arm(wireMock, fault.definition());
    }

    /** Builds and arms a fault: {@code arm(TransportFault.emptyResponse().on("StopReplication").times(1))}. */
    public String arm(TransportFault.Builder fault) {
        return arm(fault.build());
    }

    /** The armed faults, in arming order, with how many calls each will still fail. */
    public List<TransportFaultStatus> list() {
        return TransportFaultStubs.list(wireMock).stream()
                .map(DmsTransportFaults::status)
                .toList();
    }

    /** Disarms one fault; false when there is none with this id. */
    public boolean disarm(String id) {
        return TransportFaultStubs.disarm(wireMock, id);
    }

    /** Disarms every transport fault of the server. */
    public void disarmAll() {
        TransportFaultStubs.disarmAll(wireMock);
    }

    static TransportFaultStatus status(ArmedTransportFault armed) {
        return new TransportFaultStatus(armed.id(), new TransportFault(armed.definition()), armed.remaining());
    }
}
