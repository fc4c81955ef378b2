package dev.incidentconsole.ui.evidence;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.SearchHit;
import dev.incidentconsole.evidence.SearchQuery;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.ProblemText;
import dev.incidentconsole.ui.common.Shortcuts;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * Full-text search over one incident's evidence (commands, outputs, notes) with host, step, exit-status and time
 * filters. Searches run in the background a moment after the last change; a result that arrives after a newer
 * search started is dropped. Choosing a result hands its entry to {@code onOpen}, which navigates to it.
 */
public final class SearchPane extends VBox {

    /** A second way to reach the query field, as in many editors and chat tools. */
    public static final KeyCombination FOCUS_QUERY = KeyCombination.keyCombination("Shortcut+K");
    static final Duration DEBOUNCE = Duration.millis(250);

    private final EvidenceStore store;
    private final IncidentRecord incident;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final Consumer<SearchHit> onOpen;
    private final CustomTextField query = new CustomTextField();
    private final ComboBox<String> host = TimelineFilterBar.choice("search-host", "Any host", h -> h);
    private final ComboBox<String> step = TimelineFilterBar.choice("search-step", "Any step", s -> s);
    private final ComboBox<TimelineExitFilter> exit = new ComboBox<>();
    private final ComboBox<SearchRange> range = new ComboBox<>();
    private final Label message = new Label();
    private final ListView<SearchHit> results = new ListView<>();
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private Set<String> resultWords = Set.of();
    private long generation;

    /** {@code stepIds} are offered as the step filter (usually the runbook's steps). */
    public SearchPane(EvidenceStore store, IncidentRecord incident, List<String> stepIds, BackgroundTasks tasks,
                      Clock clock, Consumer<SearchHit> onOpen) {
        super(8);
        this.store = store;
        this.incident = incident;
        this.tasks = tasks;
        this.clock = clock;
        this.onOpen = onOpen;
        setId("search-pane");
        getStyleClass().add("search-pane");
        getStylesheets().add(SearchPane.class.getResource("timeline.css").toExternalForm());
        Label title = new Label("Search evidence");
        title.getStyleClass().add(Styles.TITLE_3);
        configureQuery();
        host.getItems().addAll(incident.hostAliases());
        step.getItems().addAll(stepIds);
        exit.setId("search-exit");
        exit.getItems().setAll(TimelineExitFilter.values());
        exit.setValue(TimelineExitFilter.ANY);
        range.setId("search-range");
        range.getItems().setAll(SearchRange.values());
        range.setValue(SearchRange.ANY_TIME);
        FlowPane filterRow = new FlowPane(8, 6, TimelineFilterBar.labelled("H_ost", host),
                TimelineFilterBar.labelled("Ste_p", step), TimelineFilterBar.labelled("Exit stat_us", exit),
                TimelineFilterBar.labelled("_When", range));
        message.setId("search-message");
        message.getStyleClass().add("search-message");
        message.setWrapText(true);
        configureResults();
        VBox.setVgrow(results, Priority.ALWAYS);
        getChildren().addAll(title, query, filterRow, message, results);
        debounce.setOnFinished(event -> search());
        searchAfterChangeOf(host.valueProperty());
        searchAfterChangeOf(step.valueProperty());
        searchAfterChangeOf(exit.valueProperty());
        searchAfterChangeOf(range.valueProperty());
        searchAfterChangeOf(query.textProperty());
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (Shortcuts.FIND.match(event) || FOCUS_QUERY.match(event)) {
                event.consume();
                focusQuery();
            }
        });
        showMessage("Type words to search the commands, outputs and notes of this incident.", false);
    }

    private <T> void searchAfterChangeOf(ObservableValue<T> input) {
        input.addListener((obs, was, now) -> debounce.playFromStart());
    }

    private void configureQuery() {
        query.setId("search-query");
        query.setPromptText("Words in commands, outputs and notes");
        query.setLeft(Icons.icon(MaterialDesignM.MAGNIFY, "search-icon"));
        query.setTooltip(new Tooltip(Shortcuts.hint("Search evidence", Shortcuts.FIND) + " or "
                + Shortcuts.text(FOCUS_QUERY) + "\nEnter searches now, Down moves to the results, Escape clears"));
        query.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                debounce.stop();
                search();
            } else if (event.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                event.consume();
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            } else if (event.getCode() == KeyCode.ESCAPE && !query.getText().isEmpty()) {
                event.consume();
                query.clear();
            }
        });
    }

    private void configureResults() {
        results.setId("search-results");
        results.getStyleClass().add("search-results");
        results.setCellFactory(list -> new SearchHitCell(() -> resultWords, list.widthProperty()));
        results.setPlaceholder(new Label(""));
        results.getSelectionModel().selectedItemProperty().addListener((obs, was, hit) -> {
            if (hit != null) {
                onOpen.accept(hit);
            }
        });
        results.setOnKeyPressed(event -> {
            SearchHit hit = results.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && hit != null) {
                event.consume();
                onOpen.accept(hit);
            }
        });
    }

    /** The filters as they stand now. */
    public SearchFilters filters() {
        return new SearchFilters(query.getText(), TimelineFilterBar.orAny(host.getValue()),
                TimelineFilterBar.orAny(step.getValue()), exit.getValue(), range.getValue());
    }

    /** Runs the search now (the debounce normally does this a moment after the last change). */
    public void search() {
        long current = ++generation;
        SearchFilters filters = filters();
        if (filters.blank()) {
            results.getItems().clear();
            showMessage("Type words to search the commands, outputs and notes of this incident.", false);
            return;
        }
        if (filters.textWithoutWords()) {
            results.getItems().clear();
            showMessage("Search words need at least two letters or digits.", false);
            return;
        }
        SearchQuery request = filters.toQuery(incident.id(), clock.instant());
        showMessage("Searching\u2026", false);
        tasks.run("Searching evidence", () -> store.search(request), hits -> {
            if (current == generation) {
                resultWords = SearchHighlight.words(filters.text());
                results.getItems().setAll(hits);
                showMessage(outcome(hits.size(), filters), false);
            }
        }, problem -> {
            if (current == generation) {
                results.getItems().clear();
                showMessage("Search failed: " + ProblemText.describe(problem), true);
            }
        });
    }

    private static String outcome(int found, SearchFilters filters) {
        String narrowed = filters.describeFilters().isEmpty() ? "" : " (" + filters.describeFilters() + ")";
        String what = filters.text().isEmpty() ? "No entry" : "No entry contains \u201c" + filters.text() + "\u201d";
        if (found == 0) {
            return what + narrowed + ". Try fewer words or filters.";
        }
        if (found >= SearchFilters.LIMIT) {
            return "Showing the newest " + found + " matches" + narrowed + "; add words or filters to narrow them.";
        }
        return found + (found == 1 ? " entry matches" : " entries match") + narrowed + ", newest first.";
    }

    private void showMessage(String text, boolean error) {
        message.setText(text);
        message.pseudoClassStateChanged(EntryDetailPane.ERROR, error);
    }

    /** Puts the keyboard in the query field with its text selected. */
    public void focusQuery() {
        query.requestFocus();
        query.selectAll();
    }

    public ListView<SearchHit> results() {
        return results;
    }
}
