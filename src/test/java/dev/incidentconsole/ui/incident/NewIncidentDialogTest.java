package dev.incidentconsole.ui.incident;

import static dev.incidentconsole.ui.incident.Fx.fx;
import static dev.incidentconsole.ui.incident.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.incident.IncidentSession;
import dev.incidentconsole.remote.HostTarget;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A responder's first minutes: the new-incident dialog, then the first diagnostic run of the incident it opened. */
class NewIncidentDialogTest extends WithTwoHosts {

    private final FxRobot robot = new FxRobot();
    private final Instant now = Instant.parse("2026-03-01T10:00:00Z");
    private NewIncidentDialog dialog;
    private IncidentWorkspace workspace;

    @BeforeEach
    void showDialog() throws Exception {
        FxToolkit.setupFixture(() -> {
            dialog = new NewIncidentDialog(parts.library, parts.inventory, TwoHostIncident.OPERATOR, Clock.fixed(now, ZoneOffset.UTC));
            dialog.show();
        });
        waitUntil(10, () -> robot.lookup("#new-incident-dialog").tryQuery().isPresent());
    }

    @AfterEach
    void closeWindows() throws Exception {
        if (workspace != null) fx(() -> { workspace.close(); return null; });
        FxToolkit.setupFixture(() -> dialog.close());
    }

    @Test
    void badParameterValuesKeepTheDialogFromOpeningAndTheIncidentItOpensRunsOnBothHosts() throws Exception {
        assertThat(openDisabled()).isTrue();
        robot.clickOn("#incident-title-field").write("Relay refuses connections");
        robot.clickOn("#runbook-search").write("relay").push(KeyCode.DOWN);
        waitUntil(10, () -> robot.lookup("#param-PORT").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#incident-severity").queryAs(ComboBox.class).getValue().toString())).isEqualTo("HIGH");
        assertThat(field("#param-GREETING")).isEqualTo("hello");
        assertThat(error("#param-PORT-error")).isEqualTo("PORT is required");
        robot.clickOn("#group-relays");
        waitUntil(10, () -> !robot.lookup("#hosts-error").query().isVisible());

        robot.clickOn("#param-PORT").write("80; reboot");
        assertThat(error("#param-PORT-error")).isEqualTo("PORT is not a port number from 1 to 65535");
        assertThat(openDisabled()).isTrue();

        robot.eraseText("80; reboot".length()).write("8080");
        waitUntil(10, () -> !robot.lookup("#param-PORT-error").query().isVisible());
        assertThat(openDisabled()).isFalse();
        robot.clickOn("#mode-exercise").clickOn("#open-incident-button");

        waitUntil(10, () -> !dialog.isShowing());
        NewIncidentRequest request = fx(() -> dialog.getResult());
        NewIncident incident = request.incident();
        assertThat(incident.title()).isEqualTo("Relay refuses connections");
        assertThat(incident.severity()).isEqualTo("high");
        assertThat(incident.exercise()).isTrue();
        assertThat(incident.runbookIds()).containsExactly(TwoHostIncident.RUNBOOK_ID);
        assertThat(incident.hostAliases()).containsExactly("alpha", "beta");
        assertThat(incident.parameters()).isEqualTo(Map.of("GREETING", "hello", "PORT", "8080"));
        assertThat(incident.openedAt()).isEqualTo(now);
        assertThat(incident.operatorName()).isEqualTo("Ana Responder");
        assertThat(request.hosts()).extracting(HostTarget::port).containsExactly(parts.alpha.port(), parts.beta.port());

        IncidentRecord record = parts.store.openIncident(incident);
        IncidentSession session = parts.session(record, Clock.systemUTC());
        workspace = Fx.show(() -> new IncidentWorkspace(session, parts.store, request.hosts(), parts.screenWork,
                Clock.systemUTC(), StepRunWatcher.NONE, FXCollections.observableArrayList()));
        assertThat(fx(() -> robot.lookup("#incident-workspace").lookup(".badge-exercise").tryQuery().isPresent())).isTrue();
        robot.clickOn("#row-say-hello").push(KeyCode.ENTER);

        waitUntil(30, () -> robot.lookup("#state-say-hello").queryAs(Label.class).getText().equals("succeeded"));
        List<EvidenceEntry> timeline = parts.store.timeline(record.id());
        assertThat(timeline).filteredOn(e -> e.kind() == EntryKind.COMMAND)
                .extracting(EvidenceEntry::hostAlias).containsExactlyInAnyOrder("alpha", "beta");
        assertThat(parts.store.incidents()).extracting(IncidentRecord::exercise).containsExactly(true);
    }

    @Test
    void cancellingTheDialogOpensNothing() throws Exception {
        robot.clickOn("#incident-title-field").write("Never mind");
        robot.clickOn("#new-incident-cancel");

        waitUntil(10, () -> !dialog.isShowing());
        assertThat(fx(() -> Optional.ofNullable(dialog.getResult()))).isEmpty();
        assertThat(parts.store.incidents()).isEmpty();
    }

    private boolean openDisabled() throws Exception {
        return fx(() -> robot.lookup("#open-incident-button").queryAs(Button.class).isDisabled());
    }

    private String field(String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(TextField.class).getText());
    }

    private String error(String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}
