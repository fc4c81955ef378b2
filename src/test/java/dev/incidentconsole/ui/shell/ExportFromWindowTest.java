package dev.incidentconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.bundle.verify.AnalystTrust;
import dev.incidentconsole.bundle.verify.BundleVerifier;
import dev.incidentconsole.bundle.verify.VerificationReport;
import dev.incidentconsole.bundle.verify.Verdict;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.incident.StepState;
import dev.incidentconsole.remote.HostInventory;
import dev.incidentconsole.remote.ssh.MinaSshServer;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.RunbookLibrary;
import dev.incidentconsole.ui.common.ThemeSwitcher;
import dev.incidentconsole.ui.incident.NewIncidentRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Export from the window: an incident with a command run on a real SSH host, exported with the app's signing key
 * created on first use through the passphrase dialog; the bundle then verifies as trusted for that key.
 */
class ExportFromWindowTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private MinaSshServer alpha;
    private MainWindow window;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        // The store closes behind the window; the temporary folder can only go once it has.
        if (window != null) assertThat(window.awaitShutDown(30)).isTrue();
        if (alpha != null) alpha.close();
    }

    @Test
    void anIncidentIsExportedAsABundleSignedWithANewAppKey() throws Exception {
        alpha = new MinaSshServer(Files.createDirectories(folder.resolve("alpha")));
        Path knownHosts = Files.writeString(folder.resolve("known_hosts"), alpha.knownHostsLine("[127.0.0.1]:" + alpha.port()) + "\n");
        Path sshConfig = Files.writeString(folder.resolve("ssh_config"), String.join("\n", "Host alpha",
                "  HostName 127.0.0.1", "  Port " + alpha.port(), "  User responder", "  IdentityFile " + alpha.clientKeyFile(),
                "  UserKnownHostsFile " + knownHosts, ""));
        Path runbooks = Files.createDirectories(folder.resolve("runbooks"));
        Files.writeString(runbooks.resolve("uptime.md"), String.join("\n", "---", "id: uptime-check", "title: Uptime check",
                "severity: low", "---", "# Uptime check", "", "## Look", "", "1. **Uptime**", "   ```bash", "   echo up 3 days",
                "   ```", ""));
        FixtureServices services = new FixtureServices(folder, () -> RunbookLibrary.load(false, List.of(runbooks)), sshConfig);
        window = FxToolkit.setupFixture(() -> {
            MainWindow shown = new MainWindow(new Stage(), services, new ThemeSwitcher(false), null, Executors.newCachedThreadPool());
            shown.show();
            return shown;
        });
        waitUntil(30, window::ready);

        Runbook runbook = RunbookLibrary.load(false, List.of(runbooks)).find("uptime-check").orElseThrow();
        HostInventory inventory = services.loadHosts();
        fx(() -> {
            window.incidents().create(new NewIncidentRequest(new NewIncident("Uptime drill", "low", true, "Ana Responder",
                    "ana@example.com", List.of("uptime-check"), List.of("alpha"), Map.of(), Instant.now()), runbook,
                    List.of(inventory.resolve("alpha"))), () -> { });
            return null;
        });
        waitUntil(30, () -> window.incidents().activeProperty().get() != null);
        IncidentView view = fx(() -> window.incidents().activeProperty().get());
        fx(() -> {
            view.workspace().model().runOnAll(view.workspace().model().item("uptime"));
            return null;
        });
        waitUntil(30, () -> view.workspace().model().item("uptime").state() == StepState.SUCCEEDED);

        Path bundle = folder.resolve("uptime-bundle.zip");
        fx(() -> {
            window.exportActiveIncidentTo(bundle.toFile());
            return null;
        });
        waitUntil(20, () -> robot.lookup("#new-passphrase-dialog").tryQuery().isPresent());
        robot.clickOn("#new-passphrase").write("correct horse battery");
        robot.clickOn("#new-passphrase-again").write("correct horse battery");
        robot.clickOn("#create-signing-key");
        waitUntil(60, () -> Files.exists(bundle) && robot.lookup("#export-progress").tryQuery().isEmpty());

        Path trusted = Files.writeString(folder.resolve("allowed_signers"), "ana@example.com namespaces=\"mcp-incident-bundle\" "
                + Files.readString(services.signingIdentity().publicKeyFile()).trim().split(" ")[0] + " "
                + Files.readString(services.signingIdentity().publicKeyFile()).trim().split(" ")[1] + "\n");
        VerificationReport report = new BundleVerifier(AnalystTrust.read(trusted), Clock.systemUTC()).verify(bundle);
        assertThat(report.problems()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.TRUSTED);
        assertThat(report.principal()).isEqualTo("ana@example.com");
        assertThat(Files.readString(services.signingIdentity().keyFile())).doesNotContain("correct horse battery");
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }

    private static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
    }
}
