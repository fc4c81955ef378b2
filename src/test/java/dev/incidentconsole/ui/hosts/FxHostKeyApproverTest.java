package dev.incidentconsole.ui.hosts;

import static dev.incidentconsole.ui.hosts.FxTesting.fx;
import static dev.incidentconsole.ui.hosts.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.remote.UnknownHostKey;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The trust dialog as the transport's worker thread meets it: it blocks until the responder answers. */
class FxHostKeyApproverTest {

    static final UnknownHostKey REQUEST = new UnknownHostKey("mcp-7", "[10.0.0.7]:2222", "ssh-ed25519",
            "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s");

    private final FxRobot robot = new FxRobot();
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private FxHostKeyApprover approver;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openOwnerWindow() throws Exception {
        Stage owner = FxTesting.ownerWindow();
        approver = new FxHostKeyApprover(() -> owner);
    }

    @AfterEach
    void close() throws Exception {
        workers.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void showsTheFingerprintAndTrustsOnlyWhenTrustIsClicked() throws Exception {
        Future<Boolean> answer = workers.submit(() -> approver.approve(REQUEST));
        waitUntil(this::dialogShown);

        assertThat(fx(() -> robot.lookup("#host-key-fingerprint").queryAs(TextField.class).getText()))
                .isEqualTo(REQUEST.fingerprint());
        assertThat(fx(() -> robot.lookup("#host-key-fingerprint").queryAs(TextField.class).isEditable())).isFalse();
        assertThat(label("#host-key-alias")).isEqualTo("mcp-7");
        assertThat(label("#host-key-address")).isEqualTo("[10.0.0.7]:2222");
        assertThat(label("#host-key-type")).isEqualTo("ssh-ed25519");
        assertThat(label("#host-key-explanation")).contains("Compare this fingerprint")
                .contains("/etc/ssh/ssh_host_ed25519_key.pub");
        assertThat(fx(() -> button("#refuse-host-key").isDefaultButton())).isTrue();
        assertThat(fx(() -> button("#refuse-host-key").isCancelButton())).isTrue();
        assertThat(fx(() -> button("#trust-host-key").isDefaultButton())).isFalse();
        assertThat(answer.isDone()).as("the worker waits for the answer").isFalse();

        robot.clickOn("#trust-host-key");

        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
        waitUntil(() -> !dialogShown());
    }

    @Test
    void refuseReturnsFalse() throws Exception {
        Future<Boolean> answer = workers.submit(() -> approver.approve(REQUEST));
        waitUntil(this::dialogShown);

        robot.clickOn("#refuse-host-key");

        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
        waitUntil(() -> !dialogShown());
    }

    @Test
    void escapeRefuses() throws Exception {
        Future<Boolean> answer = workers.submit(() -> approver.approve(REQUEST));
        waitUntil(this::dialogShown);

        robot.clickOn("#host-key-fingerprint").push(KeyCode.ESCAPE);

        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
        waitUntil(() -> !dialogShown());
    }

    @Test
    void enterRefusesBecauseRefuseIsTheDefault() throws Exception {
        Future<Boolean> answer = workers.submit(() -> approver.approve(REQUEST));
        waitUntil(this::dialogShown);

        robot.push(KeyCode.ENTER);

        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void interruptingTheWaitingWorkerClosesTheDialogAndRefuses() throws Exception {
        AtomicReference<Boolean> answer = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            answer.set(approver.approve(REQUEST));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        }, "ssh-reader");
        worker.start();
        waitUntil(this::dialogShown);

        worker.interrupt();
        worker.join(10_000);

        assertThat(worker.isAlive()).isFalse();
        assertThat(answer.get()).isFalse();
        assertThat(stillInterrupted.get()).as("the interrupt is kept for the transport to see").isTrue();
        waitUntil(() -> !dialogShown());
    }

    @Test
    void onTheFxThreadItRefusesAtOnceInsteadOfFreezingTheWindow() throws Exception {
        boolean answer = WaitForAsyncUtils.asyncFx(() -> approver.approve(REQUEST)).get(5, TimeUnit.SECONDS);

        assertThat(answer).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogShown()).isFalse();
    }

    @Test
    void hostsAskingAtOnceGetOneDialogAtATime() throws Exception {
        UnknownHostKey second = new UnknownHostKey("mcp-8", "10.0.0.8", "ecdsa-sha2-nistp256",
                "SHA256:3d5nq4Ox9oEC0M0ExUhl6u1kzf4UGHJQb1jC2vGSd3I");
        Future<Boolean> first = workers.submit(() -> approver.approve(REQUEST));
        waitUntil(() -> "mcp-7".equals(label("#host-key-alias")));
        Future<Boolean> next = workers.submit(() -> approver.approve(second));
        Thread.sleep(300);
        assertThat(fx(() -> robot.lookup("#host-key-dialog").queryAll().size())).isEqualTo(1);

        robot.clickOn("#refuse-host-key");
        waitUntil(() -> "mcp-8".equals(label("#host-key-alias")));
        robot.clickOn("#trust-host-key");

        assertThat(first.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(next.get(10, TimeUnit.SECONDS)).isTrue();
    }

    private boolean dialogShown() throws Exception {
        return fx(() -> robot.lookup("#host-key-dialog").tryQuery().isPresent());
    }

    private Button button(String id) {
        return robot.lookup(id).queryAs(Button.class);
    }

    private String label(String id) throws Exception {
        return fx(() -> robot.lookup(id).tryQuery().map(node -> ((Label) node).getText()).orElse(null));
    }
}
