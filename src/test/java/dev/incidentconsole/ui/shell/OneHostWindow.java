package dev.incidentconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.remote.ssh.MinaSshServer;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.RunbookLibrary;
import dev.incidentconsole.ui.common.ThemeSwitcher;
import dev.incidentconsole.ui.incident.NewIncidentRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window over {@link FixtureServices} with one in-process SSH host, alpha (its key already trusted), and a
 * one-step runbook whose step runs {@code command}. Closing it closes the window and waits for its store to close,
 * so the folder can be deleted and the store opened again to read what was recorded.
 */
final class OneHostWindow implements AutoCloseable {

    static final String RUNBOOK_ID = "one-step";
    static final String STEP_ID = "look";

    final MinaSshServer alpha;
    final FixtureServices services;
    final MainWindow window;
    private final Path runbooks;

    private OneHostWindow(MinaSshServer alpha, FixtureServices services, MainWindow window, Path runbooks) {
        this.alpha = alpha;
        this.services = services;
        this.window = window;
        this.runbooks = runbooks;
    }

    static OneHostWindow open(Path folder, String command) throws Exception {
        MinaSshServer alpha = new MinaSshServer(Files.createDirectories(folder.resolve("alpha")));
        Path knownHosts = Files.writeString(folder.resolve("known_hosts"), alpha.knownHostsLine("[127.0.0.1]:" + alpha.port()) + "\n");
        Path sshConfig = Files.writeString(folder.resolve("ssh_config"), String.join("\n", "Host alpha",
                "  HostName 127.0.0.1", "  Port " + alpha.port(), "  User responder", "  IdentityFile " + alpha.clientKeyFile(),
                "  UserKnownHostsFile " + knownHosts, ""));
        Path runbooks = Files.createDirectories(folder.resolve("runbooks"));
        Files.writeString(runbooks.resolve("one-step.md"), String.join("\n", "---", "id: " + RUNBOOK_ID, "title: One step",
                "severity: low", "---", "# One step", "", "## Look", "", "1. **Look**", "   ```bash", "   " + command,
                "   ```", ""));
        FixtureServices services = new FixtureServices(folder, () -> RunbookLibrary.load(false, List.of(runbooks)), sshConfig);
        MainWindow window = FxToolkit.setupFixture(() -> {
            MainWindow shown = new MainWindow(new Stage(), services, new ThemeSwitcher(false), null, Executors.newCachedThreadPool());
            shown.show();
            return shown;
        });
        waitUntil(30, window::ready);
        return new OneHostWindow(alpha, services, window, runbooks);
    }

    /** Opens an exercise incident on alpha with the one-step runbook; returns its view once its tab is active. */
    IncidentView openIncident(String title) throws Exception {
        Runbook runbook = RunbookLibrary.load(false, List.of(runbooks)).find(RUNBOOK_ID).orElseThrow();
        var alphaTarget = services.loadHosts().resolve("alpha");
        fx(() -> {
            window.incidents().create(new NewIncidentRequest(new NewIncident(title, "low", true, "Ana Responder",
                    "ana@example.com", List.of(RUNBOOK_ID), List.of("alpha"), Map.of(), Instant.now()), runbook,
                    List.of(alphaTarget)), () -> { });
            return null;
        });
        waitUntil(30, () -> window.incidents().activeProperty().get() != null);
        return fx(() -> window.incidents().activeProperty().get());
    }

    @Override
    public void close() throws Exception {
        try {
            FxToolkit.cleanupStages();
            assertThat(window.awaitShutDown(30)).as("the window's store closed").isTrue();
        } finally {
            alpha.close();
        }
    }

    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }

    static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
    }
}
