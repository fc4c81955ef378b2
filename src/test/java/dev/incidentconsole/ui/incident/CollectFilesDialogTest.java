package dev.incidentconsole.ui.incident;

import static dev.incidentconsole.ui.incident.Fx.fx;
import static dev.incidentconsole.ui.incident.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.incident.CollectionOutcome;
import dev.incidentconsole.incident.CollectionRequest;
import dev.incidentconsole.incident.TwoSftpHosts;
import dev.incidentconsole.remote.HostTarget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The collect dialog refuses a bad list with the line to fix; the progress strip runs a real collection. */
class CollectFilesDialogTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final CompletableFuture<CollectionRequest> result = new CompletableFuture<>();
    private CollectFilesDialog dialog;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (dialog != null) FxToolkit.setupFixture(() -> dialog.close());
        FxToolkit.cleanupStages();
    }

    private static HostTarget host(String alias) {
        return new HostTarget(alias, alias + ".example.org", 22, "ops", List.of(), List.of(), List.of(),
                HostTarget.HostKeyChecking.STRICT, Duration.ofSeconds(3), Duration.ofSeconds(5), 3);
    }

    private boolean collectDisabled() throws Exception {
        return fx(() -> robot.lookup("#collect-ok").queryAs(Button.class).isDisabled());
    }

    private String problem() throws Exception {
        return fx(() -> robot.lookup("#collect-problem").queryAs(Label.class).getText());
    }

    @Test
    void aBadLineIsNamedAndCollectWaitsForAUsableListAndAHost() throws Exception {
        FxToolkit.setupFixture(() -> {
            dialog = new CollectFilesDialog(null, List.of(host("alpha"), host("beta")), List.of("beta"), "gather-logs");
            dialog.setOnHidden(event -> result.complete(dialog.getResult()));
            dialog.show();
        });
        waitUntil(10, () -> robot.lookup("#collect-files-dialog").tryQuery().isPresent());
        assertThat(collectDisabled()).isTrue();
        assertThat(problem()).isEmpty();
        assertThat(fx(() -> robot.lookup("#collect-host-beta").queryAs(CheckBox.class).isSelected())).isTrue();
        assertThat(fx(() -> robot.lookup("#collect-host-alpha").queryAs(CheckBox.class).isSelected())).isFalse();

        robot.clickOn("#collect-paths").write("/var/log/mcp/gateway.log\n\netc/mcp/relay.yaml");
        waitUntil(5, () -> !problem().isEmpty());
        assertThat(problem()).startsWith("line 3: 'etc/mcp/relay.yaml' is not an absolute path");
        assertThat(collectDisabled()).isTrue();

        robot.push(KeyCode.HOME).write("/");
        waitUntil(5, () -> problem().isEmpty());
        assertThat(collectDisabled()).isFalse();

        robot.clickOn("#collect-host-beta");
        assertThat(collectDisabled()).as("no host ticked").isTrue();
        robot.clickOn("#collect-host-alpha");
        robot.clickOn("#collect-paths").push(KeyCode.SHORTCUT, KeyCode.ENTER);

        CollectionRequest request = result.get(10, TimeUnit.SECONDS);
        assertThat(request.paths()).containsExactly("/var/log/mcp/gateway.log", "/etc/mcp/relay.yaml");
        assertThat(request.hosts()).extracting(HostTarget::alias).containsExactly("alpha");
        assertThat(request.stepId()).isEqualTo("gather-logs");
    }

    @Test
    void theProgressStripRunsACollectionAndHidesWithItsOutcome() throws Exception {
        ExecutorService work = Executors.newCachedThreadPool();
        try (TwoSftpHosts hosts = new TwoSftpHosts(dir)) {
            hosts.alpha.write(TwoSftpHosts.LOG, TwoSftpHosts.random(2 * 1024 * 1024, 5));
            hosts.beta.write(TwoSftpHosts.LOG, "one line\n".getBytes(StandardCharsets.UTF_8));
            CollectionProgress strip = Fx.show(() -> new CollectionProgress(hosts.session, work));
            CompletableFuture<CollectionOutcome> done = new CompletableFuture<>();
            CollectionRequest request = new CollectionRequest(List.of(TwoSftpHosts.LOG, TwoSftpHosts.RELAY),
                    List.of(hosts.alphaTarget, hosts.betaTarget), null);

            fx(() -> {
                strip.start(request, done::complete, done::completeExceptionally);
                return null;
            });
            assertThat(fx(strip::isVisible)).isTrue();
            assertThat(fx(strip::running)).isTrue();

            CollectionOutcome outcome = done.get(30, TimeUnit.SECONDS);
            assertThat(outcome.summary()).isEqualTo("Collected 2 of 4 files; alpha:" + TwoSftpHosts.RELAY
                    + ": does not exist; beta:" + TwoSftpHosts.RELAY + ": does not exist");
            assertThat(fx(strip::isVisible)).isFalse();
            assertThat(fx(strip::running)).isFalse();
        } finally {
            work.shutdownNow();
        }
    }
}
