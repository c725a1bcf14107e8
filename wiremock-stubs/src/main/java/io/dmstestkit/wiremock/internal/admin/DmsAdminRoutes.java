package io.dmstestkit.wiremock.internal.admin;

import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;

import com.github.tomakehurst.wiremock.admin.Router;
import io.dmstestkit.simulator.DmsSimulator;

/** The routes of the DMS admin API, under WireMock's admin root: {@code /__admin/dms/...}. */
public final class DmsAdminRoutes {

    /** The API's root below {@code /__admin}. */
    public static final String ROOT = "/dms";

    private DmsAdminRoutes() {}

    /** Adds every DMS admin route, answering with {@code simulator}, to a WireMock server's admin API. */
    public static void contribute(Router router, DmsSimulator simulator) {
        router.add(POST, ROOT + "/reset", new ResetTask(simulator));
        router.add(GET, ROOT + "/clock", new ClockTasks.Read(simulator));
        router.add(POST, ROOT + "/clock/advance", new ClockTasks.Advance(simulator));
        router.add(POST, ROOT + "/faults", new FaultTasks.Arm(simulator.faults()));
        router.add(GET, ROOT + "/faults", new FaultTasks.Listing(simulator.faults()));
        router.add(DELETE, ROOT + "/faults", new FaultTasks.DisarmAll(simulator.faults()));
        router.add(DELETE, ROOT + "/faults/{id}", new FaultTasks.Disarm(simulator.faults()));
        router.add(GET, ROOT + "/journal", new JournalTask(simulator.journal()));
        router.add(GET, ROOT + "/resources", new ResourcesTask(simulator));
        router.add(POST, ROOT + "/tables", new TablesTask(simulator));
        router.add(POST, ROOT + "/incidents", new IncidentsTask(simulator));
        router.add(GET, ROOT + "/cdc-latency", new CdcLatencyTask(simulator));
        router.add(GET, ROOT + "/action-items", new ActionItemsTask(simulator));
        router.add(POST, ROOT + "/transport-faults", new TransportFaultTasks.Arm());
        router.add(GET, ROOT + "/transport-faults", new TransportFaultTasks.Listing());
        router.add(DELETE, ROOT + "/transport-faults", new TransportFaultTasks.DisarmAll());
        router.add(DELETE, ROOT + "/transport-faults/{id}", new TransportFaultTasks.Disarm());
        router.add(GET, ROOT + "/ui", new DashboardTask());
        router.add(GET, ROOT + "/ui/histories", new HistoriesTask(simulator));
    }
}
