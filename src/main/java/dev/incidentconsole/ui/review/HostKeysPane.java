package dev.incidentconsole.ui.review;

import atlantafx.base.theme.Styles;
import dev.incidentconsole.bundle.review.HostsSeen;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The hosts the incident reached, with every host-key fingerprint its entries recorded. A host that answered with
 * more than one key is marked: its key changed mid-incident, and the evidence from it needs explaining.
 */
final class HostKeysPane extends VBox {

    private static final PseudoClass KEY_CHANGED = PseudoClass.getPseudoClass("key-changed");
    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final TableView<HostsSeen.Host> table = new TableView<>();

    HostKeysPane(List<HostsSeen.Host> hosts) {
        super(8);
        setId("review-hosts");
        getStyleClass().add("review-pane");
        Label intro = new Label("Host keys as the entries recorded them. Compare the fingerprints with the ones your"
                + " team knows for these hosts.");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        table.setId("review-hosts-table");
        table.getStyleClass().add(Styles.DENSE);
        table.getColumns().setAll(List.of(column("Host", 90, HostsSeen.Host::alias),
                column("Address", 160, host -> host.address() == null ? "\u2014" : host.address()),
                column("Entries", 70, host -> String.valueOf(host.entries())),
                column("Seen (UTC)", 260, HostKeysPane::seen),
                // Never cut: a fingerprint is compared character by character, so the table scrolls instead.
                column("Host-key fingerprints", 460, host -> host.fingerprints().isEmpty() ? "none recorded"
                        : String.join("\n", host.fingerprints()))));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(HostsSeen.Host host, boolean empty) {
                super.updateItem(host, empty);
                pseudoClassStateChanged(KEY_CHANGED, !empty && host != null && host.keyChanged());
            }
        });
        table.getItems().setAll(hosts);
        table.setPlaceholder(new Label("No entry names a host."));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().add(intro);
        hosts.stream().filter(HostsSeen.Host::keyChanged).forEach(host -> {
            Label warning = new Label(host.alias() + " answered with " + host.fingerprints().size() + " different host"
                    + " keys during the incident: find out why before relying on its evidence.");
            warning.setId("review-key-changed-" + host.alias().replaceAll("[^A-Za-z0-9_-]", "_"));
            warning.getStyleClass().add(Styles.DANGER);
            warning.setWrapText(true);
            getChildren().add(warning);
        });
        getChildren().add(table);
    }

    private static TableColumn<HostsSeen.Host, String> column(String title, double width,
                                                             Function<HostsSeen.Host, String> value) {
        TableColumn<HostsSeen.Host, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 70));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** {@code 2026-11-21 03:01:10 – 03:02:00}, the second date left out when it is the same day. */
    private static String seen(HostsSeen.Host host) {
        if (host.firstAt() == null) {
            return "\u2014";
        }
        String first = SEEN.format(host.firstAt());
        String last = SEEN.format(host.lastAt());
        return first + " \u2013 " + (last.substring(0, 10).equals(first.substring(0, 10)) ? last.substring(11) : last);
    }

    List<HostsSeen.Host> hosts() {
        return List.copyOf(table.getItems());
    }
}
