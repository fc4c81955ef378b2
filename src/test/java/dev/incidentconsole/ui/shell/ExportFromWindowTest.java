package dev.incidentconsole.ui.shell;

import static dev.incidentconsole.ui.shell.OneHostWindow.fx;
import static dev.incidentconsole.ui.shell.OneHostWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.bundle.verify.AnalystTrust;
import dev.incidentconsole.bundle.verify.BundleVerifier;
import dev.incidentconsole.bundle.verify.VerificationReport;
import dev.incidentconsole.bundle.verify.Verdict;
import dev.incidentconsole.incident.StepState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Export from the window: an incident with a command run on a real SSH host, exported with the app's signing key
 * created on first use through the passphrase dialog; the bundle then verifies as trusted for that key.
 */
class ExportFromWindowTest {

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
    void anIncidentIsExportedAsABundleSignedWithANewAppKey() throws Exception {
        console = OneHostWindow.open(folder, "echo up 3 days");
        IncidentView view = console.openIncident("Uptime drill");
        fx(() -> {
            view.workspace().model().runOnAll(view.workspace().model().item(OneHostWindow.STEP_ID));
            return null;
        });
        waitUntil(30, () -> view.workspace().model().item(OneHostWindow.STEP_ID).state() == StepState.SUCCEEDED);

        Path bundle = folder.resolve("uptime-bundle.zip");
        fx(() -> {
            console.window.exportActiveIncidentTo(bundle.toFile());
            return null;
        });
        waitUntil(20, () -> robot.lookup("#new-passphrase-dialog").tryQuery().isPresent());
        robot.clickOn("#new-passphrase").write("correct horse battery");
        robot.clickOn("#new-passphrase-again").write("correct horse battery");
        robot.clickOn("#create-signing-key");
        waitUntil(60, () -> Files.exists(bundle) && robot.lookup("#export-progress").tryQuery().isEmpty());

        String[] publicKey = Files.readString(console.services.signingIdentity().publicKeyFile()).trim().split(" ");
        Path trusted = Files.writeString(folder.resolve("allowed_signers"),
                "ana@example.com namespaces=\"mcp-incident-bundle\" " + publicKey[0] + " " + publicKey[1] + "\n");
        VerificationReport report = new BundleVerifier(AnalystTrust.read(trusted), Clock.systemUTC()).verify(bundle);
        assertThat(report.problems()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.TRUSTED);
        assertThat(report.principal()).isEqualTo("ana@example.com");
        assertThat(Files.readString(console.services.signingIdentity().keyFile())).doesNotContain("correct horse battery");
    }
}
