package dev.incidentconsole.ui.review;

import static dev.incidentconsole.ui.review.ReviewFixture.fx;
import static dev.incidentconsole.ui.review.ReviewFixture.waitForPhase;
import static dev.incidentconsole.ui.review.ReviewFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.bundle.BundleLayout;
import dev.incidentconsole.bundle.IncidentFixture;
import dev.incidentconsole.bundle.verify.VerifyProgress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * An analyst watching a real bundle with several MB of output being verified: the bar, the share and the file
 * being read, then a cancel that stops the verifying thread, says how far it got and offers to verify again.
 */
class ReviewVerifyProgressTest {

    private static final int LARGE_OUTPUT = 8 * 1024 * 1024;

    @TempDir
    static Path dir;

    private static ReviewFixture fixture;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void export() throws Exception {
        fixture = new ReviewFixture(dir, LARGE_OUTPUT);
    }

    @AfterAll
    static void close() throws Exception {
        fixture.close();
    }

    /** The review of the bundle, alone on screen, with its verifying thread held at {@code pause}. */
    private static ReviewView openHeld(PauseMidway pause) throws Exception {
        FxToolkit.cleanupStages();
        Path trusting = fixture.exported.trusting(fixture.exported.signer);
        ReviewView view = fixture.show(fixture.bundle, fixture.services(trusting), () -> null, pause);
        assertThat(pause.paused.await(30, TimeUnit.SECONDS)).as("the verifier reported progress").isTrue();
        return view;
    }

    /**
     * Holds the verifying thread at the first report past the start, where the view has been told about it, until
     * released; an interrupt lets it go on (to find itself cancelled). Passes everything through after that.
     */
    private static final class PauseMidway implements VerifyProgress {

        final CountDownLatch paused = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<Long> heard = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean once = new AtomicBoolean();

        @Override
        public void progress(long bytesChecked, long bytesTotal, String currentFile) {
            heard.add(bytesChecked);
            if (bytesChecked > 0 && bytesChecked < bytesTotal && once.compareAndSet(false, true)) {
                paused.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static long hashedBytes(Path bundle) throws Exception {
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            return zip.stream().filter(e -> !e.getName().equals(BundleLayout.SUMS)
                    && !e.getName().equals(BundleLayout.SIGNATURE)).mapToLong(ZipEntry::getSize).sum();
        }
    }

    @Test
    void theBarShowsTheShareCheckedAndCancelStopsTheVerifyingThread() throws Exception {
        PauseMidway pause = new PauseMidway();
        ReviewView view = openHeld(pause);

        // The start's 0% may be drawn first; the report the thread is held at follows within a pulse.
        waitUntil(() -> robot.lookup("#review-verify-percent").queryLabeled().getText().matches("[1-9]\\d?%"));
        String percent = fx(() -> robot.lookup("#review-verify-percent").queryLabeled().getText());
        assertThat(Integer.parseInt(percent.replace("%", ""))).isBetween(1, 99);
        double bar = fx(() -> robot.lookup("#review-verify-progress").queryAs(ProgressBar.class).getProgress());
        assertThat(bar).isStrictlyBetween(0.0, 1.0);
        assertThat(fx(() -> robot.lookup("#review-verify-checked").queryLabeled().getText()))
                .matches("Checked \\d+(\\.\\d)? MB of \\d+(\\.\\d)? MB \u00B7 evidence/\\d+-stdout\\.bin");
        assertThat(fixture.jobsRunning()).as("the verification, held mid-way").isEqualTo(1);

        robot.clickOn("#review-cancel");
        waitForPhase(view, ReviewModel.Phase.CANCELLED);
        long cancelled = System.nanoTime();
        waitUntil(() -> fixture.jobsRunning() == 0);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelled)).as("ms until the thread ended")
                .isLessThan(3000);
        assertThat(pause.heard).as("nothing hashed after the cancel").hasSize(2);

        assertThat(fx(() -> view.banner().headline())).isEqualTo("Verification of incident.zip was cancelled");
        assertThat(fx(() -> robot.lookup("#review-cancelled-at").queryLabeled().getText()))
                .startsWith("Stopped after checking ").contains("(" + percent + ")").contains("neither verified");
        assertThat(fx(() -> robot.lookup("#review-tabs").tryQuery().isPresent())).isFalse();
        assertThat(fx(() -> robot.lookup("#review-retry").query().isFocused())).isTrue();

        robot.clickOn("#review-retry");
        waitForPhase(view, ReviewModel.Phase.OPEN);
        assertThat(fx(() -> view.banner().headline())).isEqualTo("Verified: signed by " + IncidentFixture.PRINCIPAL
                + " (" + fixture.exported.signer.fingerprint() + "), trusted");
        long total = hashedBytes(fixture.bundle);
        waitUntil(() -> view.model().checkedProperty().get().bytesChecked() == total);
        assertThat(fx(() -> view.model().checkedProperty().get().bytesTotal())).isEqualTo(total);
    }

    @Test
    void escapeCancelsAsTheButtonDoes() throws Exception {
        ReviewView view = openHeld(new PauseMidway());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitForPhase(view, ReviewModel.Phase.CANCELLED);
        waitUntil(() -> fixture.jobsRunning() == 0);
        assertThat(fx(() -> robot.lookup("#review-retry").tryQuery().isPresent())).isTrue();
    }
}
