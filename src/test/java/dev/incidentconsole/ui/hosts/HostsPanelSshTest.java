package dev.incidentconsole.ui.hosts;

import static dev.incidentconsole.ui.hosts.FxTesting.fx;
import static dev.incidentconsole.ui.hosts.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CommandSpec;
import dev.incidentconsole.remote.ExecResult;
import dev.incidentconsole.remote.HostConnection;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.OutputSink;
import dev.incidentconsole.remote.ssh.AppKnownHostsFile;
import dev.incidentconsole.remote.ssh.HostKeyFingerprint;
import dev.incidentconsole.remote.ssh.KnownHostsVerification;
import dev.incidentconsole.remote.ssh.MinaSshServer;
import dev.incidentconsole.remote.ssh.SshTransport;
import dev.incidentconsole.ui.common.ThemeSwitcher;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The hosts panel on a real SSH transport against in-process SSH servers on 127.0.0.1: a host whose key is
 * known, a port nobody listens on, a host nobody has seen (approved through the real trust dialog) and a host
 * whose known_hosts entry names a different key.
 */
class HostsPanelSshTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private MinaSshServer known;
    private MinaSshServer stranger;
    private MinaSshServer rekeyed;
    private Path appKnownHosts;
    private SshTransport transport;
    private HostTarget web;
    private HostTarget db;
    private HostTarget fresh;
    private HostTarget changed;
    private HostsPanel panel;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void startHostsAndPanel() throws Exception {
        known = new MinaSshServer(Files.createDirectories(dir.resolve("known")));
        stranger = new MinaSshServer(Files.createDirectories(dir.resolve("stranger")));
        rekeyed = new MinaSshServer(Files.createDirectories(dir.resolve("rekeyed")));
        Path userKnownHosts = dir.resolve("known_hosts");
        Files.write(userKnownHosts, List.of(known.knownHostsLine(knownHostsName(known)),
                knownHostsName(rekeyed) + " " + HostKeyFingerprint.knownHostsKeyText(rekeyed.clientKeyPublic())));
        appKnownHosts = dir.resolve("app").resolve("known_hosts");

        web = target("web-1", known.port(), known.clientKeyFile(), userKnownHosts);
        db = target("db-1", closedPort(), known.clientKeyFile(), userKnownHosts);
        fresh = target("mcp-new", stranger.port(), stranger.clientKeyFile(), userKnownHosts);
        changed = target("mcp-old", rekeyed.port(), rekeyed.clientKeyFile(), userKnownHosts);

        AtomicReference<Stage> window = new AtomicReference<>();
        FxHostKeyApprover approver = new FxHostKeyApprover(window::get);
        transport = new SshTransport(new KnownHostsVerification(new AppKnownHostsFile(appKnownHosts), approver),
                new FxPassphrasePrompt(window::get), alias -> {
                    throw new IllegalArgumentException("no jump hosts here: " + alias);
                }, 4);
        FxToolkit.setupFixture(() -> {
            Application.setUserAgentStylesheet(ThemeSwitcher.stylesheet(false));
            Stage stage = new Stage();
            window.set(stage);
            panel = new HostsPanel(List.of(web, db, fresh, changed), transport::connect, background);
            stage.setScene(new Scene(panel, 1200, 640));
            stage.show();
        });
    }

    @AfterEach
    void stopEverything() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdownNow();
        transport.close();
        known.close();
        stranger.close();
        rekeyed.close();
    }

    @Test
    void connectAllShowsWhatEachHostReallyDid() throws Exception {
        robot.clickOn("#connect-all");

        waitUntil(() -> fx(() -> robot.lookup("#host-key-dialog").tryQuery().isPresent()));
        assertThat(fx(() -> robot.lookup("#host-key-fingerprint").queryAs(TextField.class).getText()))
                .isEqualTo(HostKeyFingerprint.of(stranger.hostKey()));
        robot.clickOn("#trust-host-key");
        waitUntil(() -> fx(() -> panel.hostRows().stream().allMatch(row -> row.state().settled())));

        HostRow webRow = row("web-1");
        assertThat(webRow.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(fx(() -> webRow.fingerprintProperty().get())).isEqualTo(HostKeyFingerprint.of(known.hostKey()));
        assertThat(fx(() -> webRow.clockOffsetProperty().get().text())).matches("([+-]\\d+|0)\\.\\d s");

        HostRow dbRow = row("db-1");
        assertThat(dbRow.state()).isEqualTo(ConnectionState.FAILED);
        assertThat(dbRow.problemProperty().get().headline()).isEqualTo("Unreachable");
        assertThat(dbRow.problemProperty().get().explanation()).contains("connection refused");

        HostRow freshRow = row("mcp-new");
        assertThat(freshRow.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(fx(() -> freshRow.fingerprintProperty().get())).isEqualTo(HostKeyFingerprint.of(stranger.hostKey()));
        assertThat(Files.readString(appKnownHosts)).as("the trusted key is remembered").isNotBlank();

        HostRow changedRow = row("mcp-old");
        assertThat(changedRow.state()).isEqualTo(ConnectionState.FAILED);
        ConnectionProblem problem = changedRow.problemProperty().get();
        assertThat(problem.headline()).contains("CHANGED");
        assertThat(problem.severe()).isTrue();
        assertThat(problem.explanation()).contains("could be an attack").contains("reinstalled")
                .contains("host's owner").contains("known_hosts").contains("ssh-keygen -R")
                .contains(HostKeyFingerprint.of(rekeyed.hostKey()));
        assertThat(changedRow.fingerprintProperty().get()).as("a refused key is not shown as the host's").isNull();

        assertThat(cellTexts()).contains("connected", "failed", HostKeyFingerprint.of(known.hostKey()),
                "Unreachable", "CHANGED host key, refused");
        assertThat(fx(() -> robot.lookup("#hosts-summary").queryLabeled().getText()))
                .isEqualTo("2 of 4 connected, 2 failed");
        assertThat(fx(() -> robot.lookup("#connect-progress").query().isVisible())).isFalse();

        robot.clickOn("mcp-old");
        assertThat(fx(() -> robot.lookup("#host-detail-problem").queryAs(TextArea.class).getText()))
                .startsWith("CHANGED host key, refused. ").contains("could be an attack");
    }

    @Test
    void refusingAnUnknownKeyLeavesTheHostFailedAndTheKeyUntrusted() throws Exception {
        robot.clickOn("mcp-new");
        robot.clickOn("#connect-selected");
        waitUntil(() -> fx(() -> robot.lookup("#host-key-dialog").tryQuery().isPresent()));
        assertThat(row("mcp-new").state()).isEqualTo(ConnectionState.CONNECTING);
        assertThat(fx(() -> robot.lookup("#connect-progress-text").queryLabeled().getText()))
                .isEqualTo("Connecting: 0 of 1 done");

        robot.clickOn("#host-key-fingerprint").push(KeyCode.ESCAPE);

        waitUntil(() -> fx(() -> row("mcp-new").state() == ConnectionState.FAILED));
        assertThat(row("mcp-new").problemProperty().get().headline()).isEqualTo("Unknown host key refused");
        assertThat(appKnownHosts).doesNotExist();
        assertThat(fx(() -> List.of(row("web-1").state(), row("db-1").state(), row("mcp-old").state())))
                .containsOnly(ConnectionState.NOT_CONNECTED);
    }

    @Test
    void keyboardSelectionIsExposedAndEnterConnectsOnlyTheSelectedHosts() throws Exception {
        robot.clickOn("web-1");
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(fx(() -> List.copyOf(panel.selectedHosts()))).containsExactly(web, db);

        robot.type(KeyCode.ENTER);

        waitUntil(() -> fx(() -> row("web-1").state().settled() && row("db-1").state().settled()));
        assertThat(row("web-1").state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(row("db-1").state()).isEqualTo(ConnectionState.FAILED);
        assertThat(fx(() -> List.of(row("mcp-new").state(), row("mcp-old").state())))
                .containsOnly(ConnectionState.NOT_CONNECTED);

        robot.type(KeyCode.UP);
        assertThat(fx(() -> List.copyOf(panel.selectedHosts()))).containsExactly(web);
        assertThat(fx(() -> robot.lookup("#host-detail-fingerprint").queryAs(TextField.class).getText()))
                .isEqualTo(HostKeyFingerprint.of(known.hostKey()));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(fx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(HostKeyFingerprint.of(known.hostKey()));
    }

    @Test
    void resultsReportedFromOtherThreadsAreShown() throws Exception {
        Thread stepRunner = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                panel.connecting("mcp-old");
                panel.failed("mcp-old", "attempt " + i);
            }
            panel.update(transport.connect(changed));
            panel.connecting("web-1");
            ExecResult result = transport.exec(web, CommandSpec.bash("echo ok", Duration.ofSeconds(10)),
                    OutputSink.DISCARD, Cancellation.none());
            panel.update(result);
        }, "step-runner");
        stepRunner.start();
        stepRunner.join(30_000);

        waitUntil(() -> fx(() -> row("web-1").state() == ConnectionState.CONNECTED));
        assertThat(fx(() -> row("web-1").fingerprintProperty().get())).isEqualTo(HostKeyFingerprint.of(known.hostKey()));
        waitUntil(() -> fx(() -> row("mcp-old").problemProperty().get() != null
                && row("mcp-old").problemProperty().get().severe()));

        HostConnection skewed = new HostConnection("web-1", null, HostKeyFingerprint.of(known.hostKey()),
                Duration.ofMillis(3400), "connected");
        panel.update(skewed);
        waitUntil(() -> fx(() -> cellTexts().contains("+3.4 s")));
        TableCell<?, ?> clock = fx(() -> robot.lookup("#hosts-table .clock-offset-warning").queryAs(TableCell.class));
        assertThat(fx(() -> clock.getTooltip().getText())).contains("3.4 s ahead of yours");
    }

    @Test
    void thePassphraseDialogUnlocksAnEncryptedKeyAndSaysWhenItWasWrong() throws Exception {
        Path lockedKey = encryptedCopy(known.clientKeyFile(), "open sesame");
        HostTarget locked = target("web-locked", known.port(), lockedKey, dir.resolve("known_hosts"));
        fx(() -> {
            panel.showHosts(List.of(web, locked));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("web-locked");
        assertThat(fx(() -> List.copyOf(panel.selectedHosts()))).containsExactly(locked);
        robot.clickOn("#connect-selected");

        waitUntil(() -> fx(() -> robot.lookup("#passphrase-dialog").tryQuery().isPresent()));
        assertThat(fx(() -> robot.lookup("#passphrase-key-file").queryLabeled().getText())).contains(lockedKey.toString());
        robot.clickOn("#passphrase-field").write("guess").push(KeyCode.ENTER);
        waitUntil(() -> fx(() -> robot.lookup("#passphrase-retry").tryQuery().map(n -> n.isVisible()).orElse(false)));
        robot.clickOn("#passphrase-field").write("open sesame").push(KeyCode.ENTER);

        waitUntil(() -> fx(() -> row("web-locked").state().settled()));
        assertThat(row("web-locked").state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(fx(() -> row("web-locked").fingerprintProperty().get())).isEqualTo(HostKeyFingerprint.of(known.hostKey()));
    }

    /** The key re-written by OpenSSH's ssh-keygen in its own format, encrypted with {@code passphrase}. */
    private Path encryptedCopy(Path key, String passphrase) throws Exception {
        Path sshKeygen = Path.of("/usr/bin/ssh-keygen");
        assumeTrue(Files.isExecutable(sshKeygen), "ssh-keygen is needed to encrypt a key the way OpenSSH does");
        Path copy = dir.resolve("id_locked");
        Files.copy(key, copy);
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-------"));
        Process process = new ProcessBuilder(sshKeygen.toString(), "-q", "-p", "-P", "", "-N", passphrase, "-f",
                copy.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(Files.readString(copy)).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
        return copy;
    }

    private HostRow row(String alias) throws Exception {
        return fx(() -> panel.hostRows().stream().filter(r -> r.alias().equals(alias)).findFirst().orElseThrow());
    }

    private List<String> cellTexts() throws Exception {
        return fx(() -> robot.lookup("#hosts-table .table-cell").queryAllAs(TableCell.class).stream()
                .map(TableCell::getText).filter(text -> text != null).toList());
    }

    private static String knownHostsName(MinaSshServer server) {
        return "[127.0.0.1]:" + server.port();
    }

    private static HostTarget target(String alias, int port, Path key, Path userKnownHosts) {
        return new HostTarget(alias, "127.0.0.1", port, "responder", List.of(key), List.of(), List.of(userKnownHosts),
                HostTarget.HostKeyChecking.ASK, Duration.ofSeconds(5), Duration.ofSeconds(5), 3);
    }

    /** A loopback port that was free a moment ago and has no listener now. */
    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
