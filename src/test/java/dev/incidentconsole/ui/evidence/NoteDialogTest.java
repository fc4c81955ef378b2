package dev.incidentconsole.ui.evidence;

import static dev.incidentconsole.ui.evidence.TimelineEvidence.fx;
import static dev.incidentconsole.ui.evidence.TimelineEvidence.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.EntryKind;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The note dialog on screen, driven from the keyboard as a responder would. */
class NoteDialogTest {

    private static final KeyCodeCombination CTRL_ENTER = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final FxRobot robot = new FxRobot();
    private NoteDialog dialog;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            dialog.close();
            return null;
        });
        FxToolkit.cleanupStages();
    }

    private void open(EntryKind kind) throws Exception {
        FxToolkit.setupFixture(() -> {
            dialog = new NoteDialog(null, kind);
            dialog.show();
        });
        waitUntil(() -> robot.lookup("#note-text").query().isFocused());
    }

    @Test
    void ctrlEnterSavesTheTextAsWrittenOnSeveralLines() throws Exception {
        open(EntryKind.NOTE);
        assertThat(fx(() -> robot.lookup("#note-save").query().isDisabled())).as("nothing written yet").isTrue();
        robot.write("Disk on web1 at 97%").push(KeyCode.ENTER).write("rotating logs  ");
        assertThat(fx(() -> dialog.isShowing())).as("Enter alone starts a new line").isTrue();
        robot.push(CTRL_ENTER);
        waitUntil(() -> !dialog.isShowing());
        assertThat(fx(() -> dialog.getResult()))
                .isEqualTo(new NoteDialog.Written(EntryKind.NOTE, "Disk on web1 at 97%\nrotating logs"));
    }

    @Test
    void escapeCancelsAndReturnsNothing() throws Exception {
        open(EntryKind.NOTE);
        robot.write("half a thought");
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !dialog.isShowing());
        assertThat(fx(() -> dialog.getResult())).isNull();
    }

    @Test
    void anEscalationCanBeChosenOrPreselected() throws Exception {
        open(EntryKind.NOTE);
        robot.clickOn("#note-kind-escalation").clickOn("#note-text").write("Paging the DBA");
        robot.push(CTRL_ENTER);
        waitUntil(() -> !dialog.isShowing());
        assertThat(fx(() -> dialog.getResult())).isEqualTo(new NoteDialog.Written(EntryKind.ESCALATION, "Paging the DBA"));

        open(EntryKind.ESCALATION);
        robot.write("SLA breach in 10 minutes").push(CTRL_ENTER);
        waitUntil(() -> !dialog.isShowing());
        assertThat(fx(() -> dialog.getResult().kind())).isEqualTo(EntryKind.ESCALATION);
    }

    @Test
    void ctrlEnterOnBlankTextKeepsTheDialogOpen() throws Exception {
        open(EntryKind.NOTE);
        robot.write("   ").push(CTRL_ENTER);
        Thread.sleep(200);
        assertThat(fx(() -> dialog.isShowing())).isTrue();
    }
}
