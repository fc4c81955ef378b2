package dev.incidentconsole.ui.evidence;

import dev.incidentconsole.ui.common.Icons;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** A host's column header: its name (flagged when it is an outlier) over its verdict against the others. */
final class CompareHeader extends VBox {

    CompareHeader(OutputComparison.HostColumn column) {
        String id = HostOutputTabs.idOf(column.host());
        setId("compare-header-" + id);
        getStyleClass().add("compare-header");
        Label host = new Label(column.host());
        host.getStyleClass().add("compare-host");
        String verdictText = column.verdict() + note(column);
        Label verdict = new Label(verdictText);
        verdict.setId("compare-verdict-" + id);
        verdict.getStyleClass().add("compare-verdict");
        if (column.outlier()) {
            getStyleClass().add("compare-outlier");
            host.setGraphic(Icons.icon(MaterialDesignA.ALERT_OUTLINE, "compare-outlier-icon"));
        }
        // Narrow columns cut the verdict; the tooltip keeps all of it.
        Tooltip.install(this, new Tooltip(column.host() + (column.outlier() ? " (outlier): " : ": ") + verdictText));
        getChildren().addAll(host, verdict);
    }

    /** {@code  · 2 lines differ · 1 line missing · first 10,000 lines}, each part only when it applies. */
    static String note(OutputComparison.HostColumn column) {
        StringBuilder note = new StringBuilder();
        if (column.differingLines() > 0) {
            note.append(" \u00b7 ").append(CountText.number(column.differingLines()))
                    .append(column.differingLines() == 1 ? " line differs" : " lines differ");
        }
        if (column.missingLines() > 0) {
            note.append(" \u00b7 ").append(CountText.number(column.missingLines()))
                    .append(column.missingLines() == 1 ? " line missing" : " lines missing");
        }
        if (column.truncated()) {
            note.append(" \u00b7 first ").append(CountText.number(OutputComparison.MAX_LINES)).append(" lines");
        }
        return note.toString();
    }
}
