package dev.incidentconsole.ui.incident;

import static dev.incidentconsole.ui.incident.Fx.fx;
import static dev.incidentconsole.ui.incident.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The checklist and step pane in a real window, running steps over SSH on two hosts into a real H2 store. */
class IncidentWorkspaceTest extends WithTwoHosts {

    private final FxRobot robot = new FxRobot();
    private IncidentRecord incident;
    private IncidentWorkspace workspace;

    @AfterEach
    void closeWorkspace() throws Exception {
        if (workspace != null) fx(() -> { workspace.close(); return null; });
    }

    private void openWorkspace(Clock clock) throws Exception {
        openWorkspace(clock, clock.instant());
    }

    private void openWorkspace(Clock clock, Instant openedAt) throws Exception {
        incident = parts.open(openedAt);
        var session = parts.session(incident, clock);
        workspace = Fx.show(() -> new IncidentWorkspace(session, parts.store, parts.hosts(), parts.screenWork, clock,
                StepRunWatcher.NONE, FXCollections.observableArrayList("beta")));
        fx(() -> { workspace.focusChecklist(); return null; });
    }

    @Test
    void enterRunsTheSelectedDiagnosticStepOnBothHostsAndTheEvidenceHoldsBoth() throws Exception {
        openWorkspace(Clock.systemUTC());
        assertThat(selectedId()).isEqualTo("say-hello");

        robot.push(KeyCode.ENTER);

        waitUntil(30, () -> state("say-hello").equals("succeeded"));
        List<EvidenceEntry> commands = parts.entries(incident.id(), "say-hello", EntryKind.COMMAND);
        assertThat(commands).extracting(EvidenceEntry::hostAlias).containsExactlyInAnyOrder("alpha", "beta");
        assertThat(commands).allSatisfy(e -> {
            assertThat(e.completeness()).isEqualTo(Completeness.COMPLETE);
            assertThat(e.command()).contains("PORT='8080'");
        });
        assertThat(fx(() -> robot.lookup("#row-say-hello").query().getStyleClass())).contains("state-succeeded");
        assertThat(text("#selected-step-outcome")).isEqualTo("passed on alpha, beta");

        robot.push(KeyCode.J);
        assertThat(selectedId()).isEqualTo("look-at-the-dashboard");
        robot.push(KeyCode.DOWN);
        assertThat(selectedId()).isEqualTo("create-the-marker");
        robot.push(KeyCode.K);
        assertThat(selectedId()).isEqualTo("look-at-the-dashboard");
    }

    @Test
    void aChangeStepNamesBothHostsAndCancelSendsNothingWhileConfirmRunsIt() throws Exception {
        openWorkspace(Clock.systemUTC());
        robot.clickOn("#row-create-the-marker");
        robot.clickOn("#run-all-button");

        waitUntil(10, () -> robot.lookup("#change-confirmation").tryQuery().isPresent());
        assertThat(text("#confirm-host-alpha")).startsWith("alpha").contains("responder@127.0.0.1:" + parts.alpha.port());
        assertThat(text("#confirm-host-beta")).startsWith("beta").contains(":" + parts.beta.port());
        assertThat(fx(() -> codeText("#confirm-command-1"))).contains("touch '" + parts.marker + "'");
        assertThat(text("#confirm-values")).contains("PORT='8080'");
        assertThat(fx(() -> robot.lookup("#confirm-run").queryAs(Button.class).isDisabled())).isTrue();
        assertThat(fx(() -> robot.lookup("#confirm-cancel").queryAs(Button.class).isDefaultButton())).isTrue();

        // A click puts the keyboard in the dialog's window; Enter then presses its default button.
        robot.clickOn("#confirm-host-alpha").push(KeyCode.ENTER);

        waitUntil(10, () -> robot.lookup("#change-confirmation").tryQuery().isEmpty());
        assertThat(state("create-the-marker")).isEqualTo("pending");
        assertThat(text("#incident-status")).contains("was not confirmed");
        assertThat(parts.store.timeline(incident.id())).noneMatch(e -> "create-the-marker".equals(e.stepId()));
        assertThat(parts.anyServerRan("touch")).isFalse();
        assertThat(parts.marker).doesNotExist();

        robot.clickOn("#run-all-button");
        waitUntil(10, () -> robot.lookup("#confirm-reviewed").tryQuery().isPresent());
        robot.clickOn("#confirm-reviewed").clickOn("#confirm-run");

        waitUntil(30, () -> state("create-the-marker").equals("succeeded"));
        assertThat(parts.marker).exists();
        assertThat(parts.entries(incident.id(), "create-the-marker", EntryKind.COMMAND)).hasSize(2);
        assertThat(parts.entries(incident.id(), "create-the-marker", EntryKind.STATUS))
                .anySatisfy(e -> assertThat(e.text()).contains("change confirmed").contains("alpha, beta"));
    }

    @Test
    void cancelStopsALongRunningStepOnBothHosts() throws Exception {
        openWorkspace(Clock.systemUTC());
        robot.clickOn("#row-wait-a-long-time");
        robot.clickOn("#run-all-button");
        waitUntil(20, () -> parts.alpha.commands().stream().anyMatch(c -> c.contains("sleep 30"))
                && parts.beta.commands().stream().anyMatch(c -> c.contains("sleep 30")));
        assertThat(state("wait-a-long-time")).isEqualTo("running");
        Instant cancelledAt = Instant.now();

        robot.clickOn("#cancel-run-button");

        waitUntil(20, () -> state("wait-a-long-time").equals("cancelled"));
        assertThat(Duration.between(cancelledAt, Instant.now())).isLessThan(Duration.ofSeconds(20));
        assertThat(parts.entries(incident.id(), "wait-a-long-time", EntryKind.COMMAND))
                .hasSize(2).allSatisfy(e -> assertThat(e.completeness()).isEqualTo(Completeness.CANCELLED));
        assertThat(fx(() -> robot.lookup("#cancel-run-button").query().isVisible())).isFalse();
    }

    @Test
    void skippingNeedsAReasonAndAnEscalationTickIsRecorded() throws Exception {
        openWorkspace(Clock.systemUTC());
        robot.clickOn("#row-look-at-the-dashboard");
        robot.push((KeyCodeCombination) IncidentShortcuts.SKIP);
        waitUntil(10, () -> robot.lookup("#prompt-text").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#prompt-ok").queryAs(Button.class).isDisabled())).isTrue();
        robot.clickOn("#prompt-text").write("   ");
        assertThat(fx(() -> robot.lookup("#prompt-ok").queryAs(Button.class).isDisabled())).isTrue();
        robot.write("dashboard is down too");
        robot.clickOn("#prompt-ok");

        waitUntil(10, () -> state("look-at-the-dashboard").equals("skipped"));
        assertThat(parts.entries(incident.id(), "look-at-the-dashboard", EntryKind.SKIP))
                .extracting(EvidenceEntry::text).containsExactly("dashboard is down too");

        robot.clickOn("#tick-escalation-1");
        waitUntil(10, () -> robot.lookup("#tick-escalation-1").queryAs(CheckBox.class).isDisabled());
        waitUntil(10, () -> parts.store.timeline(incident.id()).stream().anyMatch(e -> e.kind() == EntryKind.ESCALATION
                && e.text().equals("Escalation criterion met: Relay still down after the fix")));
        assertThat(fx(() -> robot.lookup("#tick-escalation-1").queryAs(CheckBox.class).isSelected())).isTrue();
    }

    @Test
    void phaseClocksRunFromTheIncidentsOpeningAndAnOverduePhaseIsRed() throws Exception {
        Instant opened = Instant.parse("2026-03-01T10:00:00Z");
        openWorkspace(Clock.fixed(opened.plus(Duration.ofMinutes(20)), ZoneOffset.UTC), opened);

        assertThat(text("#phase-clock-1")).isEqualTo("OVERDUE 15:00");
        assertThat(fx(() -> robot.lookup("#phase-clock-1").query().getStyleClass())).contains("clock-overdue");
        assertThat(text("#phase-clock-2")).isEqualTo("10:00 left");
        assertThat(fx(() -> robot.lookup("#phase-clock-2").query().getStyleClass())).contains("clock-active");
        assertThat(text("#response-clock")).isEqualTo("Response time 10m exceeded by 10:00");
        assertThat(fx(() -> robot.lookup("#response-clock").query().getStyleClass())).contains("clock-overdue");
    }

    private String selectedId() throws Exception {
        return fx(() -> workspace.model().selectedProperty().get().id());
    }

    private String state(String stepId) throws Exception {
        return text("#state-" + stepId);
    }

    private String text(String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    /** The text of a command block, row by row. */
    private String codeText(String query) {
        StringBuilder out = new StringBuilder();
        robot.lookup(query).lookup((Node n) -> n instanceof Text).queryAllAs(Text.class)
                .forEach(t -> out.append(t.getText()));
        return out.toString();
    }
}
