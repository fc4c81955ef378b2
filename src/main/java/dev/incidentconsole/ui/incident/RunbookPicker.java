package dev.incidentconsole.ui.incident;

import atlantafx.base.controls.CustomTextField;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.RunbookLibrary;
import dev.incidentconsole.ui.common.Icons;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** Chooses the runbook: a search field over the library (id, title, alert, tags) and the matching runbooks. */
final class RunbookPicker extends VBox {

    private final RunbookLibrary library;
    private final CustomTextField search = new CustomTextField();
    private final ListView<Runbook> list = new ListView<>();

    RunbookPicker(RunbookLibrary library) {
        super(6);
        this.library = library;
        search.setId("runbook-search");
        search.setPromptText("Search runbooks by id, title, alert or tag");
        search.setLeft(Icons.icon(MaterialDesignM.MAGNIFY));
        search.textProperty().addListener((obs, was, now) -> filter(now));
        search.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                event.consume();
                if (list.getSelectionModel().isEmpty()) list.getSelectionModel().selectFirst();
                list.requestFocus();
            }
        });
        list.setId("runbook-choice");
        list.setPrefHeight(150);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Runbook runbook, boolean empty) {
                super.updateItem(runbook, empty);
                setText(empty || runbook == null ? null : runbook.title() + "   (" + runbook.id() + ")");
            }
        });
        filter("");
        getChildren().addAll(search, list);
    }

    private void filter(String query) {
        Runbook chosen = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(library.search(query));
        if (chosen != null && list.getItems().contains(chosen)) {
            list.getSelectionModel().select(chosen);
        }
    }

    ReadOnlyObjectProperty<Runbook> selectedProperty() {
        return list.getSelectionModel().selectedItemProperty();
    }

    void focus() {
        search.requestFocus();
    }
}
