package dev.incidentconsole.ui.hosts;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.incidentconsole.ui.common.Icons;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The hosts as a multi-select table: who, where, connection state, key fingerprint, clock offset, problem. */
final class HostTable extends TableView<HostRow> {

    HostTable(ObservableList<HostRow> rows) {
        super(rows);
        setId("hosts-table");
        getStyleClass().addAll("hosts-table", Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("No hosts in this incident yet");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        setPlaceholder(empty);

        getColumns().add(stateColumn());
        getColumns().add(textColumn("Host", "col-alias", 120, row -> constant(row.alias())));
        getColumns().add(textColumn("Address", "col-address", 150, row -> constant(row.address())));
        getColumns().add(textColumn("User", "col-user", 90, row -> constant(row.target().user())));
        TableColumn<HostRow, String> key = textColumn("Host key", "col-fingerprint", 230, HostRow::fingerprintProperty);
        key.getStyleClass().add("fingerprint-column");
        getColumns().add(key);
        getColumns().add(clockColumn());
        getColumns().add(problemColumn());
    }

    private static <T> ObservableValue<T> constant(T value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    private static TableColumn<HostRow, String> textColumn(String title, String id, double width,
                                                           Function<HostRow, ObservableValue<String>> value) {
        TableColumn<HostRow, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        return column;
    }

    private static TableColumn<HostRow, ConnectionState> stateColumn() {
        TableColumn<HostRow, ConnectionState> column = new TableColumn<>("State");
        column.setId("col-state");
        column.setPrefWidth(130);
        column.setCellValueFactory(cell -> cell.getValue().stateProperty());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ConnectionState state, boolean empty) {
                super.updateItem(state, empty);
                getStyleClass().removeIf(style -> style.startsWith("host-state-"));
                if (empty || state == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(state.words());
                setGraphic(Icons.icon(state.icon(), "host-state-icon"));
                getStyleClass().add(state.styleClass());
            }
        });
        return column;
    }

    private static TableColumn<HostRow, ClockOffset> clockColumn() {
        TableColumn<HostRow, ClockOffset> column = new TableColumn<>("Clock offset");
        column.setId("col-clock");
        column.setPrefWidth(100);
        column.setCellValueFactory(cell -> cell.getValue().clockOffsetProperty());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ClockOffset clock, boolean empty) {
                super.updateItem(clock, empty);
                getStyleClass().remove("clock-offset-warning");
                setTooltip(null);
                setGraphic(null);
                setText(empty || clock == null ? null : clock.text());
                if (!empty && clock != null && clock.needsWarning()) {
                    getStyleClass().add("clock-offset-warning");
                    setGraphic(Icons.icon(MaterialDesignC.CLOCK_ALERT_OUTLINE, "clock-warning-icon"));
                    setTooltip(new Tooltip(clock.warning()));
                }
            }
        });
        return column;
    }

    private static TableColumn<HostRow, ConnectionProblem> problemColumn() {
        TableColumn<HostRow, ConnectionProblem> column = new TableColumn<>("Last error");
        column.setId("col-problem");
        column.setPrefWidth(220);
        column.setCellValueFactory(cell -> cell.getValue().problemProperty());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ConnectionProblem problem, boolean empty) {
                super.updateItem(problem, empty);
                getStyleClass().remove("problem-severe");
                if (empty || problem == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(problem.headline());
                Tooltip full = new Tooltip(problem.explanation());
                full.setWrapText(true);
                full.setMaxWidth(520);
                setTooltip(full);
                if (problem.severe()) {
                    getStyleClass().add("problem-severe");
                }
            }
        });
        return column;
    }
}
