package dev.incidentconsole.ui.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.runbook.MarkdownRunbookParser;
import dev.incidentconsole.runbook.Parameter;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.Step;
import dev.incidentconsole.ui.common.ThemeSwitcher;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A collect step's card in a real window: its paths under a caption, references highlighted, a COLLECT tag. */
@ExtendWith(ApplicationExtension.class)
class CollectStepCardTest {

    private static final String RUNBOOK = String.join("\n", "---", "id: relay-breach", "title: Relay breach",
            "parameters:", "  - name: SERVICE", "    type: identifier", "    default: relay.service", "---",
            "# Relay breach", "", "## Investigate (0-30 minutes)", "", "1. **Keep the unit and its configuration**",
            "   Copies both before anything changes them.", "   ```collect", "   /etc/systemd/system/${SERVICE}",
            "   /etc/mcp/relay.yaml", "   ```", "");

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Runbook runbook = new MarkdownRunbookParser().parse("relay-breach.md", RUNBOOK.getBytes(StandardCharsets.UTF_8), false)
                .runbooks().get(0);
        Step step = runbook.steps().findFirst().orElseThrow();
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        runbook.parameters().forEach(p -> parameters.put(p.name(), p));
        Application.setUserAgentStylesheet(ThemeSwitcher.stylesheet(false));
        Scene scene = new Scene(new ScrollPane(StepCard.of(step, parameters)), 700, 400);
        scene.getStylesheets().add(StepCard.class.getResource("runbook.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private Node lookup(String selector) {
        return stage.getScene().lookup(selector);
    }

    @Test
    void theCardListsThePathsWithParametersHighlightedUnderACaption() {
        Node paths = lookup("#collect-keep-the-unit-and-its-configuration");
        assertThat(paths).isNotNull();
        List<String> rows = paths.lookupAll(".code-flow").stream()
                .map(flow -> ((TextFlow) flow).getChildren().stream().map(t -> ((Text) t).getText()).collect(Collectors.joining()))
                .toList();
        assertThat(rows).containsExactly("/etc/systemd/system/${SERVICE}", "/etc/mcp/relay.yaml");
        assertThat(paths.lookupAll(".param-ref")).extracting(t -> ((Text) t).getText()).containsExactly("${SERVICE}");
        assertThat(((Label) lookup(".collect-caption")).getText()).isEqualTo("Files to collect");
        assertThat(((Label) lookup("#step-kind-keep-the-unit-and-its-configuration")).getText()).isEqualTo("COLLECT");
    }

    @Test
    void theTagTakesItsColoursFromTheThemeInLightAndDark() throws Exception {
        Label tag = (Label) lookup("#step-kind-keep-the-unit-and-its-configuration");
        Color light = (Color) tag.getTextFill();
        WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(ThemeSwitcher.stylesheet(true));
            stage.getScene().getRoot().applyCss();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Color dark = (Color) tag.getTextFill();
        WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(ThemeSwitcher.stylesheet(false))).get(10, TimeUnit.SECONDS);

        assertThat(light.getGreen()).isGreaterThan(light.getRed());
        assertThat(dark).isNotEqualTo(light);
        assertThat(dark.getBrightness()).isGreaterThan(light.getBrightness());
    }
}
