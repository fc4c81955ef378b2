package dev.incidentconsole.ui.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.incident.StepState;
import dev.incidentconsole.runbook.MarkdownRunbookParser;
import dev.incidentconsole.runbook.Phase;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.ui.common.ThemeSwitcher;
import java.nio.charset.StandardCharsets;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A checklist row names what its step does: a step that collects files says COLLECT, not just that it reads. */
@ExtendWith(ApplicationExtension.class)
class StepRowTest {

    private static final String RUNBOOK = String.join("\n", "---", "id: relay-breach", "title: Relay breach", "---",
            "# Relay breach", "", "## Investigate (0-30 minutes)", "", "1. **Look at the relay**", "   ```bash",
            "   systemctl status relay", "   ```", "", "2. **Keep its configuration**", "   ```collect",
            "   /etc/mcp/relay.yaml", "   ```", "");

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Runbook runbook = new MarkdownRunbookParser().parse("relay-breach.md", RUNBOOK.getBytes(StandardCharsets.UTF_8), false)
                .runbooks().get(0);
        Phase phase = runbook.phases().get(0);
        VBox rows = new VBox();
        phase.steps().forEach(step -> rows.getChildren().add(new StepRow(new StepItem(step, phase, StepState.PENDING))));
        Application.setUserAgentStylesheet(ThemeSwitcher.stylesheet(false));
        Scene scene = new Scene(rows, 600, 200);
        scene.getStylesheets().add(StepRow.class.getResource("incident.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aCollectStepIsTaggedCollectAndACommandStepDiagnostic() {
        Label look = (Label) stage.getScene().lookup("#row-look-at-the-relay .row-kind");
        Label keep = (Label) stage.getScene().lookup("#row-keep-its-configuration .row-kind");

        assertThat(look.getText()).isEqualTo("DIAGNOSTIC");
        assertThat(look.getStyleClass()).contains("row-kind-diagnostic");
        assertThat(keep.getText()).isEqualTo("COLLECT");
        assertThat(keep.getStyleClass()).contains("row-kind-collect");
        assertThat(keep.getTooltip().getText()).contains("into the evidence");
    }
}
