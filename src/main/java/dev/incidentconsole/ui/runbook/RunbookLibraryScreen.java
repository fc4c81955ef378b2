package dev.incidentconsole.ui.runbook;

import java.time.Clock;
import javafx.scene.control.SplitPane;

/** The library screen: the searchable list of runbooks beside a read-only checklist of the selected one. */
public final class RunbookLibraryScreen extends SplitPane {

    private final RunbookLibraryPane library;
    private final RunbookPreview preview;

    public RunbookLibraryScreen(RunbookLibraryModel model, Clock clock) {
        setId("library-screen");
        preview = new RunbookPreview(clock);
        library = new RunbookLibraryPane(model, preview::requestFocus);
        getItems().addAll(library, preview);
        setDividerPositions(0.3);
        SplitPane.setResizableWithParent(library, false);
        model.selectedProperty().addListener((obs, was, now) -> preview.show(now));
        preview.show(model.selectedProperty().get());
    }

    public void focusSearch() {
        library.focusSearch();
    }
}
