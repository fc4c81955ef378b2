package dev.incidentconsole.ui.shell;

import static dev.incidentconsole.ui.shell.OneHostWindow.fx;
import static dev.incidentconsole.ui.shell.OneHostWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Collecting from the window: Ctrl+Shift+F on an open incident, a path typed into the dialog, and the file's
 * bytes come back from a real SSH host into the evidence; the status bar sums it up.
 */
class CollectFromWindowTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private OneHostWindow console;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (console != null) console.close();
    }

    @Test
    void aFileNamedInTheDialogIsCollectedIntoTheEvidenceAndTheOutcomeShown() throws Exception {
        Path log = Files.writeString(folder.resolve("gateway.log"), "upstream timeout\n".repeat(1000));
        console = OneHostWindow.open(folder, "tail -n 5 /var/log/syslog");
        String incidentId = console.openIncident("Log drill").session().incident().id();

        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.SHORTCUT);
        waitUntil(10, () -> robot.lookup("#collect-files-dialog").tryQuery().isPresent());
        robot.clickOn("#collect-paths").write(log.toString());
        robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);

        waitUntil(30, () -> robot.lookup("#status-activity").queryAs(Label.class).getText().contains("Files collected"));
        assertThat(fx(() -> robot.lookup("#status-activity").queryAs(Label.class).getText()))
                .endsWith("Files collected: Collected 1 of 1 file");
        assertThat(fx(() -> robot.lookup("#collect-progress").query().isVisible())).isFalse();

        console.close();
        console = null;
        EvidenceStore store = H2EvidenceStore.open(folder.resolve("evidence"), null);
        try {
            List<EvidenceEntry> files = store.timeline(incidentId).stream().filter(entry -> entry.kind() == EntryKind.FILE).toList();
            assertThat(files).singleElement().satisfies(entry -> {
                assertThat(entry.hostAlias()).isEqualTo("alpha");
                assertThat(entry.command()).isEqualTo(log.toString());
                assertThat(entry.status()).isEqualTo("SUCCEEDED");
            });
            try (InputStream in = store.output(incidentId, files.get(0).seq(), OutputStreamKind.STDOUT)) {
                assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(log));
            }
            assertThat(store.verify(incidentId).intact()).isTrue();
        } finally {
            store.close();
        }
    }
}
