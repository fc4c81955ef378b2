package dev.incidentconsole.ui.runbook;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.Shortcuts;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The left side of the library screen: search field, count, the list of runbooks, loading and error states. */
public final class RunbookLibraryPane extends VBox {

    private final RunbookLibraryModel model;
    private final CustomTextField search = new CustomTextField();
    private final ListView<Runbook> list = new ListView<>();
    private final Label placeholder = new Label();
    private final Runnable openSelected;

    /** {@code openSelected} runs when the responder presses Enter on a runbook in the list. */
    public RunbookLibraryPane(RunbookLibraryModel model, Runnable openSelected) {
        this.model = model;
        this.openSelected = openSelected;
        setId("library-pane");
        getStyleClass().add("library-pane");
        getStylesheets().add(RunbookLibraryPane.class.getResource("runbook.css").toExternalForm());

        Label heading = new Label("Runbooks");
        heading.getStyleClass().add(Styles.TITLE_3);
        Label count = new Label();
        count.setId("runbook-count");
        count.getStyleClass().addAll("runbook-count", Styles.TEXT_MUTED);
        count.textProperty().bind(model.countText());
        count.visibleProperty().bind(model.stateProperty().isEqualTo(LoadState.LOADED));

        StackPane body = new StackPane(list, loadingView(), errorView());
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(heading, searchField(), count, body);
        configureList();
    }

    private CustomTextField searchField() {
        search.setId("search-field");
        search.setPromptText("Search id, title, alert, severity, tag");
        search.setLeft(Icons.icon(MaterialDesignM.MAGNIFY, "search-icon"));
        search.setTooltip(new Tooltip(Shortcuts.hint("Search runbooks", Shortcuts.FIND)
                + "\nDown or Enter moves into the list, Escape clears"));
        search.textProperty().bindBidirectional(model.queryProperty());
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::searchKey);
        return search;
    }

    private void searchKey(KeyEvent event) {
        if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
            event.consume();
            focusList();
        } else if (event.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
            event.consume();
            search.clear();
        }
    }

    private void configureList() {
        list.setId("runbook-list");
        list.getStyleClass().add("runbook-list");
        list.setCellFactory(view -> new RunbookCell());
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> model.queryProperty().get().isBlank()
                ? "No runbooks yet." : "No runbook matches \u201c" + model.queryProperty().get().strip() + "\u201d.",
                model.queryProperty()));
        list.setPlaceholder(placeholder);
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                event.consume();
                openSelected.run();
            }
        });
        list.getItems().setAll(model.matches());
        model.matches().addListener((javafx.collections.ListChangeListener<Runbook>) change -> showMatches());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> {
            if (now != null && now != list.getSelectionModel().getSelectedItem() && list.getItems().contains(now)) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
    }

    /** Replaces the list items and keeps the selected runbook selected while it still matches. */
    private void showMatches() {
        Runbook selected = model.selectedProperty().get();
        list.getItems().setAll(model.matches());
        if (selected != null && list.getItems().contains(selected)) {
            list.getSelectionModel().select(selected);
        }
    }

    private VBox loadingView() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        Label text = new Label("Loading runbooks\u2026");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, progress, text);
        box.setId("library-loading");
        box.getStyleClass().add("library-overlay");
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(model.stateProperty().isEqualTo(LoadState.LOADING));
        return box;
    }

    private VBox errorView() {
        Label title = new Label("Could not load the runbook library", Icons.icon(MaterialDesignA.ALERT_CIRCLE_OUTLINE, "error-icon"));
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "library-error-title");
        title.setWrapText(true);
        Label message = new Label();
        message.setId("library-error-message");
        message.setWrapText(true);
        message.textProperty().bind(model.problemProperty());
        Button retry = new Button("Try again", Icons.icon(MaterialDesignR.REFRESH));
        retry.setId("retry-button");
        retry.setOnAction(event -> model.load());
        VBox box = new VBox(12, title, message, retry);
        box.setId("library-error");
        box.getStyleClass().add("library-overlay");
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(model.stateProperty().isEqualTo(LoadState.FAILED));
        return box;
    }

    /** Puts the keyboard in the search field with its text selected, ready to type over. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Moves the keyboard into the list, selecting the first match when nothing is selected yet. */
    public void focusList() {
        if (list.getItems().isEmpty()) {
            return;
        }
        if (list.getSelectionModel().getSelectedIndex() < 0) {
            list.getSelectionModel().selectFirst();
        }
        list.requestFocus();
        list.getFocusModel().focus(list.getSelectionModel().getSelectedIndex());
    }
}
