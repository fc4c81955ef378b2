package dev.incidentconsole.ui.review;

import dev.incidentconsole.bundle.ExportedIncident;
import dev.incidentconsole.bundle.signing.BundleSigner;
import dev.incidentconsole.bundle.verify.VerifyProgress;
import dev.incidentconsole.ui.common.ThemeSwitcher;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A bundle exported from a real store, an analyst's services around it, and the review view in a real stage. */
final class ReviewFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-22T09:30:00Z");

    /** What the lead's wiring would supply; {@code allowedSigners} may name a file that does not exist. */
    record Services(Path allowedSigners, Path notesFolder, String analyst, Supplier<BundleSigner> signer)
            implements ReviewServices {

        @Override
        public BundleSigner addendumSigner() {
            return signer.get();
        }

        @Override
        public Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    final ExportedIncident exported;
    final Path bundle;
    private final ExecutorService work = Executors.newFixedThreadPool(2);
    private final AtomicInteger jobsRunning = new AtomicInteger();
    /** The window's executor as the view sees it, counting the jobs that have started and not yet ended. */
    private final Executor tracked = job -> work.execute(() -> {
        jobsRunning.incrementAndGet();
        try {
            job.run();
        } finally {
            jobsRunning.decrementAndGet();
        }
    });

    ReviewFixture(Path dir) throws Exception {
        this(dir, 20_000);
    }

    /** {@code largeBytes}: the size of the incident's largest output. */
    ReviewFixture(Path dir, int largeBytes) throws Exception {
        FxToolkit.registerPrimaryStage();
        exported = new ExportedIncident(dir, largeBytes);
        bundle = exported.export("incident.zip", false).bundle();
    }

    /** Background jobs of the views shown by this fixture that are running now. */
    int jobsRunning() {
        return jobsRunning.get();
    }

    Services services(Path allowedSigners) {
        return new Services(allowedSigners, exported.dir.resolve("reviews"), "Grace Analyst", () -> exported.signer);
    }

    /** The review of {@code file} shown alone in a new window; {@code saved} answers its save dialogs. */
    ReviewView show(Path file, ReviewServices services, Supplier<File> saved) throws Exception {
        return show(file, services, saved, VerifyProgress.NONE);
    }

    /** {@code watcher} hears the verifier's progress on the verifying thread, after the view was told. */
    ReviewView show(Path file, ReviewServices services, Supplier<File> saved, VerifyProgress watcher) throws Exception {
        return FxToolkit.setupFixture(() -> {
            Application.setUserAgentStylesheet(ThemeSwitcher.stylesheet(false));
            ReviewView view = new ReviewView(file, services, tracked, (chooser, window) -> saved.get(), ZoneOffset.UTC,
                    watcher);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1260, 780));
            stage.show();
            return view;
        });
    }

    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(20, TimeUnit.SECONDS);
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(condition));
    }

    static void waitForPhase(ReviewView view, ReviewModel.Phase phase) throws Exception {
        waitUntil(() -> view.model().phaseProperty().get() == phase);
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        work.shutdownNow();
        exported.close();
    }
}
