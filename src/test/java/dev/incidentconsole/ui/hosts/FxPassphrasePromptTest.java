package dev.incidentconsole.ui.hosts;

import static dev.incidentconsole.ui.hosts.FxTesting.fx;
import static dev.incidentconsole.ui.hosts.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The passphrase dialog as the transport's worker thread meets it. */
class FxPassphrasePromptTest {

    private static final Path KEY = Path.of("/home/responder/.ssh/id_ed25519");

    private final FxRobot robot = new FxRobot();
    private final ExecutorService workers = Executors.newSingleThreadExecutor();
    private FxPassphrasePrompt prompt;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openOwnerWindow() throws Exception {
        Stage owner = FxTesting.ownerWindow();
        prompt = new FxPassphrasePrompt(() -> owner);
    }

    @AfterEach
    void close() throws Exception {
        workers.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void namesTheKeyAndReturnsWhatWasTypedThenEmptiesTheField() throws Exception {
        Future<char[]> answer = workers.submit(() -> prompt.passphraseFor(KEY, 1));
        waitUntil(this::dialogShown);
        assertThat(label("#passphrase-key-file")).contains(KEY.toString()).contains("encrypted");
        assertThat(fx(() -> robot.lookup("#passphrase-retry").query().isVisible())).isFalse();
        PasswordField field = fx(() -> robot.lookup("#passphrase-field").queryAs(PasswordField.class));
        assertThat(fx(field::isFocused)).as("typing goes straight into the field").isTrue();

        robot.clickOn("#passphrase-field").write("correct horse");
        robot.push(KeyCode.ENTER);

        assertThat(answer.get(10, TimeUnit.SECONDS)).containsExactly("correct horse".toCharArray());
        assertThat(fx(() -> field.getText().length())).isZero();
        waitUntil(() -> !dialogShown());
    }

    @Test
    void aLaterAttemptSaysThePassphraseWasWrong() throws Exception {
        Future<char[]> answer = workers.submit(() -> prompt.passphraseFor(KEY, 2));
        waitUntil(this::dialogShown);

        assertThat(fx(() -> robot.lookup("#passphrase-retry").query().isVisible())).isTrue();
        assertThat(label("#passphrase-retry")).isEqualTo("Wrong passphrase, try again (attempt 2 of 3).");

        robot.clickOn("#passphrase-field").write("second try");
        robot.clickOn("#passphrase-ok");
        assertThat(answer.get(10, TimeUnit.SECONDS)).containsExactly("second try".toCharArray());
    }

    @Test
    void cancelAndEscapeReturnNullAndForgetWhatWasTyped() throws Exception {
        Future<char[]> cancelled = workers.submit(() -> prompt.passphraseFor(KEY, 1));
        waitUntil(this::dialogShown);
        PasswordField field = fx(() -> robot.lookup("#passphrase-field").queryAs(PasswordField.class));
        robot.clickOn("#passphrase-field").write("typed but cancelled");
        assertThat(fx(() -> field.getText().length())).isEqualTo(19);
        robot.clickOn("#passphrase-cancel");
        assertThat(cancelled.get(10, TimeUnit.SECONDS)).isNull();
        assertThat(fx(() -> field.getText().length())).isZero();
        waitUntil(() -> !dialogShown());

        Future<char[]> escaped = workers.submit(() -> prompt.passphraseFor(KEY, 1));
        waitUntil(this::dialogShown);
        robot.clickOn("#passphrase-field").write("also typed");
        robot.push(KeyCode.ESCAPE);
        assertThat(escaped.get(10, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void interruptingTheWaitingWorkerClosesTheDialog() throws Exception {
        AtomicReference<char[]> answer = new AtomicReference<>(new char[] {'x'});
        Thread worker = new Thread(() -> answer.set(prompt.passphraseFor(KEY, 1)), "ssh-auth");
        worker.start();
        waitUntil(this::dialogShown);

        worker.interrupt();
        worker.join(10_000);

        assertThat(worker.isAlive()).isFalse();
        assertThat(answer.get()).isNull();
        waitUntil(() -> !dialogShown());
    }

    @Test
    void onTheFxThreadItGivesUpAtOnce() throws Exception {
        char[] answer = WaitForAsyncUtils.asyncFx(() -> prompt.passphraseFor(KEY, 1)).get(5, TimeUnit.SECONDS);

        assertThat(answer).isNull();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogShown()).isFalse();
    }

    private boolean dialogShown() throws Exception {
        return fx(() -> robot.lookup("#passphrase-dialog").tryQuery().isPresent());
    }

    private String label(String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }
}
