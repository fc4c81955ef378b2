package dev.incidentconsole.ui.hosts;

import dev.incidentconsole.remote.HostTarget;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One host in the table with what is known about its connection. Changed on the FX thread only. */
public final class HostRow {

    private final HostTarget target;
    private final ObjectProperty<ConnectionState> state = new SimpleObjectProperty<>(this, "state",
            ConnectionState.NOT_CONNECTED);
    private final StringProperty fingerprint = new SimpleStringProperty(this, "fingerprint");
    private final ObjectProperty<ClockOffset> clockOffset = new SimpleObjectProperty<>(this, "clockOffset");
    private final ObjectProperty<ConnectionProblem> problem = new SimpleObjectProperty<>(this, "problem");

    HostRow(HostTarget target) {
        this.target = target;
    }

    public HostTarget target() {
        return target;
    }

    public String alias() {
        return target.alias();
    }

    /** {@code host:port}, with an IPv6 address in brackets. */
    public String address() {
        String host = target.hostName().contains(":") ? "[" + target.hostName() + "]" : target.hostName();
        return host + ":" + target.port();
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state;
    }

    public ConnectionState state() {
        return state.get();
    }

    /** The SHA256 fingerprint of the key the host presented on its last successful connection. */
    public ReadOnlyStringProperty fingerprintProperty() {
        return fingerprint;
    }

    /** The clock offset measured on the last successful connection; null while not connected. */
    public ReadOnlyObjectProperty<ClockOffset> clockOffsetProperty() {
        return clockOffset;
    }

    /** Why the last attempt failed; null unless the state is {@link ConnectionState#FAILED}. */
    public ReadOnlyObjectProperty<ConnectionProblem> problemProperty() {
        return problem;
    }

    void apply(HostUpdate update) {
        switch (update.state()) {
            case CONNECTING -> problem.set(null);
            case CONNECTED -> {
                fingerprint.set(update.fingerprint());
                clockOffset.set(new ClockOffset(update.clockOffset()));
                problem.set(null);
            }
            default -> {
                // A refused or lost connection vouches for no key and no clock.
                fingerprint.set(null);
                clockOffset.set(null);
                problem.set(update.problem());
            }
        }
        state.set(update.state());
    }
}
