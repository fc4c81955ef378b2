package dev.incidentconsole.ui.review;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The report exactly as the bundle carries it (report.md), read-only, one virtualized row per line. The console's
 * report pane rebuilds the report from evidence and edits its narrative, neither of which fits a signed bundle.
 */
final class BundleReportView extends VBox {

    private final ListView<String> lines = new ListView<>();

    BundleReportView(String markdown) {
        super(8);
        setId("review-report");
        getStyleClass().add("review-pane");
        Label intro = new Label("report.md as exported in the bundle (read-only)");
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        lines.setId("review-report-lines");
        lines.getStyleClass().add("review-report-lines");
        lines.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        lines.getItems().setAll(List.of(markdown.split("\n", -1)));
        VBox.setVgrow(lines, Priority.ALWAYS);
        getChildren().addAll(intro, lines);
    }

    List<String> lines() {
        return List.copyOf(lines.getItems());
    }
}
