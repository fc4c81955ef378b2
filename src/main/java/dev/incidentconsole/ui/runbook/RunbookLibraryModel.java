package dev.incidentconsole.ui.runbook;

import dev.incidentconsole.runbook.ParseResult;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.RunbookLibrary;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.ProblemText;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the library screen, independent of its controls: the loaded library, the search query, the
 * runbooks that match it, the selected runbook and the load state. Only touched on the FX thread.
 */
public final class RunbookLibraryModel {

    private final BackgroundTasks tasks;
    private final Callable<RunbookLibrary> source;

    private final ReadOnlyObjectWrapper<LoadState> state = new ReadOnlyObjectWrapper<>(this, "state", LoadState.LOADING);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObjectProperty<RunbookLibrary> library = new SimpleObjectProperty<>(this, "library");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Runbook> matches = FXCollections.observableArrayList();
    private final ObjectProperty<Runbook> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringBinding count;

    /** {@code source} reads files, so it runs on the {@code tasks} executor, never on the FX thread. */
    public RunbookLibraryModel(BackgroundTasks tasks, Callable<RunbookLibrary> source) {
        this.tasks = tasks;
        this.source = source;
        query.addListener((obs, was, now) -> refilter());
        library.addListener((obs, was, now) -> refilter());
        count = Bindings.createStringBinding(() -> countText(matches.size(), total()), matches, library);
    }

    /** Reads the library in the background; the state says when it is done. */
    public void load() {
        state.set(LoadState.LOADING);
        problem.set("");
        status.set("Loading runbooks\u2026");
        tasks.run("Load runbook library", source, this::loaded, this::failed);
    }

    private void loaded(RunbookLibrary loaded) {
        library.set(loaded);
        state.set(LoadState.LOADED);
        status.set(loadedText(loaded));
        if (selected.get() == null && !matches.isEmpty()) {
            selected.set(matches.get(0));
        }
    }

    private void failed(Throwable error) {
        problem.set(ProblemText.describe(error));
        status.set("Could not load the runbook library: " + problem.get());
        state.set(LoadState.FAILED);
    }

    private void refilter() {
        RunbookLibrary current = library.get();
        List<Runbook> found = current == null ? List.of() : current.search(query.get());
        matches.setAll(found);
    }

    private int total() {
        return library.get() == null ? 0 : library.get().runbooks().size();
    }

    static String countText(int shown, int total) {
        return shown + " of " + total + (total == 1 ? " runbook" : " runbooks");
    }

    static String loadedText(RunbookLibrary loaded) {
        int count = loaded.runbooks().size();
        String text = "Loaded " + count + (count == 1 ? " runbook" : " runbooks");
        long broken = loaded.results().stream().filter(ParseResult::hasErrors).count();
        if (broken > 0) {
            text += " \u00b7 " + broken + (broken == 1 ? " file has" : " files have")
                    + " errors (incident-console lint shows them)";
        }
        return text;
    }

    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last load failed, in one sentence; empty while loading or after a successful load. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObjectProperty<RunbookLibrary> libraryProperty() {
        return library;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The runbooks matching the query, in library order. */
    public ObservableList<Runbook> matches() {
        return matches;
    }

    public ObjectProperty<Runbook> selectedProperty() {
        return selected;
    }

    public StringBinding countText() {
        return count;
    }
}
