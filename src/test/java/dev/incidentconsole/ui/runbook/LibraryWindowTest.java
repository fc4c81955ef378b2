package dev.incidentconsole.ui.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.app.AppPaths;
import dev.incidentconsole.app.ConsoleApp;
import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.ui.common.Shortcuts;
import dev.incidentconsole.ui.common.ThemeSwitcher;
import dev.incidentconsole.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The library window on the real wiring: bundled runbooks plus one of the test's own in the user folder. */
class LibraryWindowTest {

    @TempDir
    Path home;

    private final FxRobot robot = new FxRobot();
    private MainWindow window;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openWindow() throws Exception {
        AppPaths paths = new AppPaths(home.resolve("data"), home.resolve("config"));
        FixtureRunbook.writeInto(paths.userRunbooks());
        Wiring wiring = new Wiring(paths, Clock.systemDefaultZone());
        window = FxToolkit.setupFixture(() -> ConsoleApp.openMainWindow(wiring, new Stage()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> listItems().stream().anyMatch(r -> r.id().equals(FixtureRunbook.ID))));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void showsTheLoadedRunbooksWithCountAndStatus() throws Exception {
        int total = fx(() -> listItems().size());
        assertThat(total).isGreaterThanOrEqualTo(1);
        assertThat(text("#runbook-count")).isEqualTo(total + " of " + total + (total == 1 ? " runbook" : " runbooks"));
        assertThat(text("#status-label")).startsWith("Loaded " + total + " runbook");
        assertThat(robot.lookup("#library-loading").query().isVisible()).isFalse();
        assertThat(robot.lookup("#library-error").query().isVisible()).isFalse();
        assertThat(fx(() -> window.stage().getTitle())).isEqualTo("MCP Incident Console");
    }

    @Test
    void typingInTheSearchFieldFiltersTheList() throws Exception {
        int total = fx(() -> listItems().size());
        robot.clickOn("#search-field").write(FixtureRunbook.UNIQUE_TAG);
        waitUntil(() -> text("#runbook-count").equals("1 of " + total + " runbooks"));
        assertThat(fx(() -> listItems().stream().map(Runbook::id).toList())).containsExactly(FixtureRunbook.ID);

        robot.write(" no-such-word");
        waitUntil(() -> text("#runbook-count").equals("0 of " + total + " runbooks"));
        assertThat(fx(this::listItems)).isEmpty();

        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> text("#runbook-count").equals(total + " of " + total + " runbooks"));
    }

    @Test
    void downFromTheSearchSelectsTheRunbookAndThePreviewShowsItsChecklist() throws Exception {
        robot.clickOn("#search-field").write(FixtureRunbook.UNIQUE_TAG);
        waitUntil(() -> listItems().size() == 1);
        robot.push(KeyCode.DOWN);
        waitUntil(() -> text("#preview-title").equals(FixtureRunbook.TITLE));
        assertThat(fx(() -> robot.lookup("#runbook-list").query().isFocused())).isTrue();

        assertThat(text("#phase-time-1")).isEqualTo("0m\u20135m");
        assertThat(text("#phase-time-2")).isEqualTo("5m\u201315m");
        assertThat(styleClasses("#step-measure-the-queue-depth")).contains("step-diagnostic");
        assertThat(styleClasses("#step-tell-the-queue-owner")).contains("step-manual");
        assertThat(styleClasses("#step-restart-the-consumer")).contains("step-change");
        assertThat(text("#step-kind-restart-the-consumer")).isEqualTo("CHANGE");
        assertThat(texts("#step-restart-the-consumer")).anyMatch(t -> t.contains("asks you to confirm the hosts"));

        List<Text> code = fx(() -> codeTexts("#command-restart-the-consumer-1"));
        assertThat(code).extracting(Text::getText).containsExactly("systemctl restart \"consumer@", "${QUEUE}", ".service\"");
        assertThat(code).filteredOn(t -> t.getStyleClass().contains("param-ref")).extracting(Text::getText)
                .containsExactly("${QUEUE}");

        assertThat(fx(() -> robot.lookup("#command-measure-the-queue-depth-1").queryAs(javafx.scene.layout.VBox.class)
                .getChildren().size())).as("one row per script line").isEqualTo(2);
        assertThat(texts("#command-measure-the-queue-depth-1")).contains("1", "2", "queue-tool consumers \"${QUEUE}\" --verbose");

        assertThat(texts("#parameter-table")).contains("QUEUE", "identifier", "required", "name of the queue that backs up");
        assertThat(texts("#checklist-symptoms")).contains("Queue depth rises for ten minutes");
        assertThat(texts("#checklist-escalation")).contains("Escalation Criteria", "Depth still rising after the restart");
        assertThat(robot.lookup("#checklist-escalation").lookup(".check-box").queryAllAs(CheckBox.class))
                .isNotEmpty().allMatch(Node::isDisabled);
        assertThat(texts("#checklist-documentation")).contains("Depth before and after the restart");
    }

    @Test
    void clickingARunbookShowsItInThePreview() throws Exception {
        robot.clickOn("#search-field").write("queue backlog");
        waitUntil(() -> listItems().size() == 1);
        robot.clickOn(fixtureCell());
        waitUntil(() -> text("#preview-title").equals(FixtureRunbook.TITLE));
        assertThat(text("#preview-alert")).contains("QueueBacklogHigh");
        assertThat(text("#preview-response-time")).contains("10m");
        assertThat(text("#preview-severity")).isEqualTo("HIGH");
    }

    @Test
    void darkThemeShortcutSwitchesTheStylesheetAndBack() throws Exception {
        assertThat(fx(Application::getUserAgentStylesheet)).isEqualTo(ThemeSwitcher.stylesheet(false));
        robot.push((KeyCodeCombination) Shortcuts.DARK_THEME);
        waitUntil(() -> ThemeSwitcher.stylesheet(true).equals(Application.getUserAgentStylesheet()));
        assertThat(fx(() -> window.theme().isDark())).isTrue();
        robot.push((KeyCodeCombination) Shortcuts.DARK_THEME);
        waitUntil(() -> ThemeSwitcher.stylesheet(false).equals(Application.getUserAgentStylesheet()));
    }

    @Test
    void theThemeChoiceIsRememberedForTheNextStart() throws Exception {
        Path settings = home.resolve("config/settings.json");
        robot.push((KeyCodeCombination) Shortcuts.DARK_THEME);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Files.exists(settings) && dev.incidentconsole.app.Settings.load(settings).darkTheme);

        FxToolkit.cleanupStages();
        AppPaths paths = new AppPaths(home.resolve("data"), home.resolve("config"));
        Wiring wiring = new Wiring(paths, Clock.systemDefaultZone());
        dev.incidentconsole.app.Settings remembered = wiring.settings();
        window = FxToolkit.setupFixture(() -> ConsoleApp.openMainWindow(wiring, new Stage(), remembered));
        assertThat(fx(() -> window.theme().isDark())).isTrue();
        robot.push((KeyCodeCombination) Shortcuts.DARK_THEME);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dev.incidentconsole.app.Settings.load(settings).darkTheme);
    }

    @Test
    void shortcutFocusesTheSearchField() throws Exception {
        robot.clickOn("#search-field").write(FixtureRunbook.UNIQUE_TAG);
        waitUntil(() -> listItems().size() == 1);
        robot.clickOn(fixtureCell());
        waitUntil(() -> robot.lookup("#runbook-list").query().isFocused());
        robot.push((KeyCodeCombination) Shortcuts.FIND);
        waitUntil(() -> robot.lookup("#search-field").queryAs(TextField.class).isFocused());
    }

    @Test
    void helpMenuListsTheShortcutsAndQuitClosesTheWindow() throws Exception {
        robot.clickOn("Help").clickOn("Keyboard shortcuts");
        waitUntil(() -> robot.lookup("#shortcuts-grid").tryQuery().isPresent());
        assertThat(texts("#shortcuts-grid")).contains(Shortcuts.text(Shortcuts.FIND), Shortcuts.text(Shortcuts.DARK_THEME));
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#shortcuts-grid").tryQuery().isEmpty());

        robot.push((KeyCodeCombination) Shortcuts.QUIT);
        waitUntil(() -> !window.stage().isShowing());
    }

    /** The fixture's title in the list (the preview may show the same title, so look only inside list cells). */
    private Node fixtureCell() {
        return robot.lookup(".runbook-cell-title").match(LabeledMatchers.hasText(FixtureRunbook.TITLE)).query();
    }

    private List<Runbook> listItems() {
        @SuppressWarnings("unchecked")
        ListView<Runbook> list = robot.lookup("#runbook-list").queryAs(ListView.class);
        return List.copyOf(list.getItems());
    }

    private String text(String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private List<String> styleClasses(String query) throws Exception {
        return fx(() -> List.copyOf(robot.lookup(query).query().getStyleClass()));
    }

    /** Every label text and every text flow under the node, each flow joined into one string. */
    private List<String> texts(String query) throws Exception {
        return fx(() -> {
            Node root = robot.lookup(query).query();
            java.util.ArrayList<String> out = new java.util.ArrayList<>();
            robot.from(root).lookup((Node n) -> n instanceof Label).queryAllAs(Label.class).stream()
                    .map(Label::getText).filter(java.util.Objects::nonNull).forEach(out::add);
            robot.from(root).lookup((Node n) -> n instanceof TextFlow).queryAllAs(TextFlow.class).forEach(f -> out.add(flowText(f)));
            return out;
        });
    }

    /** The text nodes of a command block in reading order: row by row, then along each row's text flow. */
    private List<Text> codeTexts(String query) {
        List<Text> out = new java.util.ArrayList<>();
        for (Node row : robot.lookup(query).queryAs(javafx.scene.layout.VBox.class).getChildren()) {
            for (Node part : ((javafx.scene.layout.HBox) row).getChildren()) {
                if (part instanceof TextFlow flow) {
                    flow.getChildren().forEach(text -> out.add((Text) text));
                }
            }
        }
        return out;
    }

    private static String flowText(TextFlow flow) {
        StringBuilder out = new StringBuilder();
        flow.getChildren().forEach(child -> out.append(((Text) child).getText()));
        return out.toString();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(condition));
    }
}
