package dev.incidentconsole.ui.evidence;

import atlantafx.base.theme.Styles;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.ui.common.BackgroundTasks;
import java.io.File;
import java.time.ZoneId;
import java.util.function.BiFunction;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Everything recorded for one evidence entry: its fields and hashes on the first tab, the head of its stdout and
 * stderr on the others. Output is read from the store off the FX thread when an entry is shown.
 */
public final class EntryDetailPane extends BorderPane {

    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final Label title = new Label();
    private final EntryDetailFields fields;
    private final EntryDetailOutput stdout;
    private final EntryDetailOutput stderr;
    private final TabPane tabs = new TabPane();
    private final Tab stdoutTab;
    private final Tab stderrTab;
    private final Label empty = new Label("Select an entry to see everything recorded for it.");
    private EvidenceEntry entry;

    /** {@code saveDialog} shows the chooser for "Save output as…" (normally {@code FileChooser::showSaveDialog}). */
    public EntryDetailPane(EvidenceStore store, BackgroundTasks tasks, ZoneId zone,
                           BiFunction<FileChooser, Window, File> saveDialog) {
        setId("entry-detail");
        getStyleClass().add("entry-detail");
        fields = new EntryDetailFields(zone);
        stdout = new EntryDetailOutput(OutputStreamKind.STDOUT, store, tasks, saveDialog);
        stderr = new EntryDetailOutput(OutputStreamKind.STDERR, store, tasks, saveDialog);
        title.setId("detail-title");
        title.getStyleClass().addAll(Styles.TITLE_4, "detail-title");
        ScrollPane fieldScroll = new ScrollPane(fields);
        fieldScroll.setFitToWidth(true);
        Tab fieldTab = new Tab("Details", fieldScroll);
        fieldTab.setId("detail-fields-tab");
        stdoutTab = new Tab("stdout", stdout);
        stdoutTab.setId("detail-stdout-tab");
        stderrTab = new Tab("stderr", stderr);
        stderrTab.setId("detail-stderr-tab");
        tabs.getTabs().addAll(fieldTab, stdoutTab, stderrTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setId("detail-empty");
        setTop(title);
        setCenter(new StackPane(empty));
    }

    /** Shows {@code shown}, or the empty hint for null; outputs are read in the background. */
    public void show(EvidenceEntry shown) {
        entry = shown;
        stdout.show(shown);
        stderr.show(shown);
        if (shown == null) {
            title.setText("");
            fields.getChildren().clear();
            setCenter(new StackPane(empty));
            return;
        }
        title.setText("#" + shown.seq() + " \u00B7 " + TimelineText.words(shown.kind().name())
                + (shown.hostAlias() == null ? "" : " on " + shown.hostAlias())
                + " \u00B7 " + TimelineText.utc(TimelineText.at(shown)));
        fields.show(shown);
        boolean ran = TimelineText.ran(shown);
        stdoutTab.setDisable(!ran);
        stderrTab.setDisable(!ran);
        stdoutTab.setText(ran ? "stdout (" + TimelineText.bytes(shown.stdoutLength()) + ")" : "stdout");
        stderrTab.setText(ran ? "stderr (" + TimelineText.bytes(shown.stderrLength()) + ")" : "stderr");
        if (!ran && tabs.getSelectionModel().getSelectedIndex() > 0) {
            tabs.getSelectionModel().selectFirst();
        }
        setCenter(tabs);
    }

    public EvidenceEntry entry() {
        return entry;
    }

    /** Brings the output of the shown entry to the front (for a responder who came for the output). */
    public void showOutputTab(OutputStreamKind stream) {
        tabs.getSelectionModel().select(stream == OutputStreamKind.STDOUT ? stdoutTab : stderrTab);
    }
}
