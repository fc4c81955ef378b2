package dev.incidentconsole.app;

import dev.incidentconsole.remote.LocalAccount;
import dev.incidentconsole.remote.ssh.MinaSshServer;
import dev.incidentconsole.ui.shell.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console built by the real wiring in a temporary home: ~/.ssh/config naming three in-process SSH servers
 * (alpha and beta in ~/.ssh/known_hosts, gamma not yet), a saved group "relays" of all three, the evidence store in
 * the data folder and the "relay-drill" runbook in the user's runbook folder. Gamma runs an older relay, so its
 * version check stands out in a compare.
 */
final class ConsoleFixture implements AutoCloseable {

    static final String RUNBOOK_ID = "relay-drill";

    final Path home;
    final MinaSshServer alpha;
    final MinaSshServer beta;
    final MinaSshServer gamma;
    final AppPaths paths;
    final Wiring wiring;

    ConsoleFixture(Path home) throws IOException {
        this.home = home;
        alpha = new MinaSshServer(Files.createDirectories(home.resolve("alpha")), "export RELAY_VERSION=2.4.1;");
        beta = new MinaSshServer(Files.createDirectories(home.resolve("beta")), "export RELAY_VERSION=2.4.1;");
        gamma = new MinaSshServer(Files.createDirectories(home.resolve("gamma")), "export RELAY_VERSION=2.3.0;");
        Path ssh = Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(ssh.resolve("known_hosts"), alpha.knownHostsLine("[127.0.0.1]:" + alpha.port()) + "\n"
                + beta.knownHostsLine("[127.0.0.1]:" + beta.port()) + "\n");
        Files.writeString(ssh.resolve("config"), String.join("\n",
                host("alpha", alpha), host("beta", beta), host("gamma", gamma),
                "Host *", "  User responder", "  StrictHostKeyChecking ask", ""));
        paths = new AppPaths(home.resolve("data"), home.resolve("config"));
        Files.createDirectories(paths.userRunbooks());
        Files.writeString(paths.userRunbooks().resolve(RUNBOOK_ID + ".md"), runbook());
        wiring = new Wiring(paths, Clock.systemUTC(), new LocalAccount("ana", home), null);
        wiring.hostInventory(null).saveGroup("relays", List.of("alpha", "beta", "gamma"));
    }

    private static String host(String alias, MinaSshServer server) {
        return String.join("\n", "Host " + alias, "  HostName 127.0.0.1", "  Port " + server.port(),
                "  IdentityFile " + server.clientKeyFile());
    }

    private static String runbook() {
        return String.join("\n",
                "---", "id: " + RUNBOOK_ID, "title: Relay drill", "severity: high", "response_time: 30m", "owner: test",
                "version: 1", "last_reviewed: 2026-01-01", "tags: [relay, mcp]", "---", "# Relay drill", "",
                "The MCP relay in front of the tool servers refuses connections.", "",
                "## Confirm (0-5 minutes)", "",
                "1. **Say hello**", "   ```bash {timeout=20s}", "   echo \"hello from relay\"", "   ```", "",
                "2. **Check the relay version**", "   Every relay should run the same release.",
                "   ```bash {timeout=20s}", "   echo \"relay ${RELAY_VERSION}\"", "   echo \"listeners: 3\"",
                "   echo \"tls: enabled\"", "   ```", "",
                "3. **Look at the dashboard**", "   Nothing to run: confirm the error rate by eye.", "",
                "## Fix (5-30 minutes)", "",
                "4. **Restart the relay**", "   ```bash {kind=change timeout=20s}", "   echo restarting relay", "   ```", "",
                "## Escalation Criteria", "", "- Relay still refusing connections after the restart", "",
                "## Documentation Requirements", "", "- Relay versions before and after", "");
    }

    private final List<MainWindow> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    MainWindow open() throws Exception {
        MainWindow window = FxToolkit.setupFixture(() -> ConsoleApp.openMainWindow(wiring, new Stage()));
        opened.add(window);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.library().libraryProperty().get() != null));
        return window;
    }

    /**
     * Opens an incident on the relays group through the new-incident dialog and trusts gamma's new host key when
     * the console asks, as a responder would; returns when the incident's tab is open and connected.
     */
    static void openIncidentThroughTheDialog(FxRobot robot, String title) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(20, () -> robot.lookup("#new-incident-dialog").tryQuery().isPresent());
        robot.clickOn("#incident-title-field").write(title);
        robot.clickOn("#runbook-search").write("relay drill").push(KeyCode.DOWN);
        robot.clickOn("#group-relays");
        waitUntil(10, () -> !robot.lookup("#open-incident-button").query().isDisabled());
        robot.clickOn("#open-incident-button");
        waitUntil(30, () -> robot.lookup("#host-key-dialog").tryQuery().isPresent());
    }

    static void trustTheNewHostKey(FxRobot robot) throws Exception {
        robot.clickOn("#trust-host-key");
        waitUntil(20, () -> robot.lookup("#host-key-dialog").tryQuery().isEmpty());
    }

    /** Runs a step from the checklist (selected with a click, started with Ctrl+R) and waits for it to succeed. */
    static void runStep(FxRobot robot, String stepId) throws Exception {
        robot.clickOn("#row-" + stepId).press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitUntil(30, () -> robot.lookup("#state-" + stepId).queryAs(javafx.scene.control.Label.class).getText()
                .equals("succeeded"));
    }

    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }

    static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
    }

    /** Call once the windows were closed: waits for their stores to close, so their folder can be deleted. */
    @Override
    public void close() {
        for (MainWindow window : opened) {
            try {
                if (!window.awaitShutDown(30)) {
                    throw new IllegalStateException("the window's store did not close within 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        alpha.close();
        beta.close();
        gamma.close();
    }
}
