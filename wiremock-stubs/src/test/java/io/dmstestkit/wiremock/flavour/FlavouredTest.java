package io.dmstestkit.wiremock.flavour;

import io.dmstestkit.simulator.DmsSimulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** A base for tests run once per {@link ClientFlavour}: opens the clients and closes them after each test. */
public abstract class FlavouredTest {

    private final List<ClientFlavour.Connection> open = new ArrayList<>();

    /** A bed for classic tasks on {@code simulator}, reached through a client of {@code flavour}. */
    protected ClassicTaskBed bed(ClientFlavour flavour, DmsSimulator simulator) {
        ClientFlavour.Connection connection = flavour.open(simulator);
        open.add(connection);
        return new ClassicTaskBed(simulator, connection.dms());
    }

    @AfterEach
    void closeClients() {
        open.forEach(ClientFlavour.Connection::close);
    }
}
