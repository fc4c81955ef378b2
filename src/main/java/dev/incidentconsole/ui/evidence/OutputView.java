package dev.incidentconsole.ui.evidence;

import atlantafx.base.theme.Styles;
import dev.incidentconsole.remote.OutputSink;
import dev.incidentconsole.ui.common.FxPacer;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.PulseBatcher;
import dev.incidentconsole.ui.common.Shortcuts;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The live output of one command on one host. Worker threads write through {@link #sink()}; the view keeps the
 * newest {@code maxLines} lines (each cut at {@code maxLineChars}), updates at most once per pulse, follows the
 * end unless the responder scrolled away, and finds, copies and opens the full output kept in the evidence store.
 */
public final class OutputView extends VBox {

    public static final int DEFAULT_MAX_LINES = 10_000;
    public static final int DEFAULT_MAX_LINE_CHARS = 2_000;
    /** Twenty updates a second read as live; several views at this rate leave most pulses free for input. */
    static final Duration UPDATE_GAP = Duration.ofMillis(50);
    /** While lines arrive faster than anyone reads them, four updates a second still show them moving. */
    static final Duration FLOOD_GAP = Duration.ofMillis(250);
    static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");
    static final KeyCombination COPY_ALL = KeyCombination.keyCombination("Shortcut+Shift+C");

    private final VisibleLines lines;
    private final OutputFeed feed;
    private final OutputSearch search = new OutputSearch();
    private final ListView<OutputLine> list = new ListView<>();
    private final TailFollower follower = new TailFollower(list);
    private final OutputFindBar findBar = new OutputFindBar(() -> moveToMatch(true), () -> moveToMatch(false), this::closeFind);
    private final Label status = new Label("Running\u2026", Icons.icon(MaterialDesignP.PLAY_CIRCLE_OUTLINE));
    private final Label counts = new Label();
    private final Label hiddenText = new Label();
    private final HBox hiddenBanner;

    /** {@code openFullOutput} runs on the FX thread when the responder asks for the whole output. */
    public OutputView(Runnable openFullOutput) {
        this(openFullOutput, DEFAULT_MAX_LINES, DEFAULT_MAX_LINE_CHARS);
    }

    public OutputView(Runnable openFullOutput, int maxLines, int maxLineChars) {
        this(openFullOutput, maxLines, maxLineChars, null, new FxPacer());
    }

    /**
     * {@code turns}, shared by the views of one window (or null), lets only one of them update per pulse;
     * {@code pacer}, shared the same way, makes the threads writing to the views give way when the window is late.
     */
    public OutputView(Runnable openFullOutput, int maxLines, int maxLineChars, PulseBatcher.Turns turns, FxPacer pacer) {
        lines = new VisibleLines(maxLines);
        feed = new OutputFeed(maxLineChars, new PulseBatcher<>(maxLines, UPDATE_GAP, FLOOD_GAP, turns, this::apply), pacer);
        setId("output-view");
        getStyleClass().add("output-view");
        getStylesheets().add(OutputView.class.getResource("output.css").toExternalForm());

        Hyperlink openHidden = new Hyperlink("Open full output");
        openHidden.setId("output-hidden-open");
        openHidden.setOnAction(event -> openFullOutput.run());
        hiddenText.setId("output-hidden-lines");
        hiddenBanner = new HBox(6, Icons.icon(MaterialDesignA.ARCHIVE_OUTLINE), hiddenText, openHidden);
        hiddenBanner.setId("output-hidden-banner");
        hiddenBanner.getStyleClass().add("output-hidden-banner");
        hiddenBanner.setAlignment(Pos.CENTER_LEFT);
        showBanner(false);

        configureList();
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header(openFullOutput), hiddenBanner, list, findBar);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /**
     * Where the command's output goes; safe for one thread per stream, as {@link OutputSink} asks. A writing
     * thread may be held back briefly while the window is late (see {@link FxPacer}).
     */
    public OutputSink sink() {
        return feed;
    }

    /**
     * The command ended: unfinished lines are shown as lines and the status (for example {@code exited 0 in 1.2 s})
     * replaces "Running". Callable from any thread.
     */
    public void finished(String statusText, boolean ok) {
        feed.endOfOutput();
        if (Platform.isFxApplicationThread()) {
            showFinished(statusText, ok);
        } else {
            Platform.runLater(() -> showFinished(statusText, ok));
        }
    }

    /** Opens the find bar, as Ctrl+F does inside the view. */
    public void openFind() {
        findBar.open();
    }

    /** Ends the current command's lines without a final status, for a step that runs further commands here. */
    void endOfCommand() {
        feed.endOfOutput();
    }

    private HBox header(Runnable openFullOutput) {
        status.setId("output-status");
        status.getStyleClass().add("output-status");
        counts.setId("output-counts");
        counts.getStyleClass().addAll("output-counts", Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ToggleButton follow = new ToggleButton("Fo_llow", Icons.icon(MaterialDesignA.ARROW_COLLAPSE_DOWN));
        follow.setId("output-follow");
        follow.selectedProperty().bindBidirectional(follower.followingProperty());
        follow.setTooltip(new Tooltip("Keep the newest line in view (End, Alt+L); scrolling up pauses it"));
        Button find = toolButton("output-find-button", MaterialDesignM.MAGNIFY, Shortcuts.hint("Find in output", Shortcuts.FIND),
                this::openFind);
        Button copyAll = toolButton("output-copy-all", MaterialDesignC.CONTENT_COPY,
                Shortcuts.hint("Copy every line shown", COPY_ALL) + "\n" + Shortcuts.hint("Copy the selected lines", COPY), this::copyAll);
        Button open = new Button("_Open full output", Icons.icon(MaterialDesignO.OPEN_IN_NEW));
        open.setId("output-open-full");
        open.setMnemonicParsing(true);
        open.setTooltip(new Tooltip("Open the complete output from the evidence store (Alt+O)"));
        open.setOnAction(event -> openFullOutput.run());
        HBox header = new HBox(8, status, spacer, counts, follow, find, copyAll, open);
        header.getStyleClass().add("output-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static Button toolButton(String id, Ikon ikon, String tooltip, Runnable action) {
        Button button = new Button(null, Icons.icon(ikon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        return button;
    }

    private void configureList() {
        list.setId("output-list");
        list.getStyleClass().add("output-list");
        list.setItems(lines.rows());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new OutputCell(search));
        Label empty = new Label("No output yet.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        findBar.queryProperty().addListener((obs, was, query) -> {
            search.search(query, lines.rows());
            findBar.setCountText(search.countText());
            list.refresh();
        });
    }

    /** One pulse's worth of output: rows, find index, counts, banner, then the scroll position. */
    private void apply(PulseBatcher.Batch<OutputLine> batch) {
        List<OutputLine> added = lines.apply(batch, feed.openRows());
        long hidden = lines.hiddenLines();
        if (search.active()) {
            search.trimmedBefore(hidden);
            search.appended(added);
            findBar.setCountText(search.countText());
        }
        counts.setText(CountText.of(lines.finishedTotal(), feed.stdoutBytes(), feed.stderrBytes()));
        if (hidden > 0) {
            hiddenText.setText(CountText.number(hidden) + (hidden == 1 ? " earlier line is" : " earlier lines are")
                    + " in the evidence store.");
        }
        showBanner(hidden > 0);
        follower.rowsChanged();
    }

    private void showBanner(boolean show) {
        hiddenBanner.setVisible(show);
        hiddenBanner.setManaged(show);
    }

    private void showFinished(String statusText, boolean ok) {
        status.setText(statusText);
        status.setGraphic(Icons.icon(ok ? MaterialDesignC.CHECK_CIRCLE_OUTLINE : MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        status.getStyleClass().removeAll("output-status-ok", "output-status-failed");
        status.getStyleClass().add(ok ? "output-status-ok" : "output-status-failed");
    }

    private void onKey(KeyEvent event) {
        if (Shortcuts.FIND.match(event)) {
            openFind();
        } else if (OutputFindBar.NEXT.match(event)) {
            moveToMatch(true);
        } else if (OutputFindBar.PREVIOUS.match(event)) {
            moveToMatch(false);
        } else if (COPY_ALL.match(event)) {
            copyAll();
        } else if (COPY.match(event) && list.isFocused()) {
            copy(list.getSelectionModel().getSelectedItems());
        } else {
            return;
        }
        event.consume();
    }

    private void moveToMatch(boolean forward) {
        (forward ? search.next() : search.previous()).ifPresent(match -> {
            follower.followingProperty().set(false);
            int index = (int) (match.ordinal() - lines.hiddenLines());
            list.scrollTo(Math.max(0, index - 3));
            list.getSelectionModel().clearAndSelect(index);
        });
        findBar.setCountText(search.countText());
        list.refresh();
    }

    private void closeFind() {
        findBar.queryProperty().set("");
        list.requestFocus();
    }

    private void copyAll() {
        copy(lines.rows());
    }

    private static void copy(List<OutputLine> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String text = rows.stream().sorted(Comparator.comparingLong(OutputLine::ordinal)).map(OutputLine::text)
                .collect(Collectors.joining("\n", "", "\n"));
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
    }
}
