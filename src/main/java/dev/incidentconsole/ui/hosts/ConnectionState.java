package dev.incidentconsole.ui.hosts;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** Where the console stands with one host, as the hosts table shows it. */
public enum ConnectionState {
    NOT_CONNECTED("not connected", MaterialDesignL.LAN_DISCONNECT),
    CONNECTING("connecting", MaterialDesignL.LAN_PENDING),
    CONNECTED("connected", MaterialDesignL.LAN_CONNECT),
    FAILED("failed", MaterialDesignA.ALERT_CIRCLE);

    private final String words;
    private final Ikon icon;

    ConnectionState(String words, Ikon icon) {
        this.words = words;
        this.icon = icon;
    }

    public String words() {
        return words;
    }

    Ikon icon() {
        return icon;
    }

    /** The style class that colours this state, e.g. {@code host-state-connected}. */
    String styleClass() {
        return "host-state-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** True once an attempt has ended, either way. */
    boolean settled() {
        return this == CONNECTED || this == FAILED;
    }
}
