package dev.incidentconsole.ui.review;

import dev.incidentconsole.bundle.archive.BundleRejectedException;
import dev.incidentconsole.bundle.review.AnalystNote;
import dev.incidentconsole.bundle.review.NotesAddendum;
import dev.incidentconsole.bundle.verify.AnalystTrust;
import dev.incidentconsole.bundle.verify.BundleVerifier;
import dev.incidentconsole.bundle.verify.VerificationCancelledException;
import dev.incidentconsole.bundle.verify.VerificationReport;
import dev.incidentconsole.bundle.verify.VerifyProgress;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.ProblemText;
import dev.incidentconsole.ui.common.PulseBatcher;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * One bundle under review: verified first, then opened read-only, with the analyst's notes beside it. Every step
 * that reads or writes a file runs on the executor; state changes happen on the FX thread.
 */
public final class ReviewModel {

    /** Why a file is not shown: a headline and what to know about it. */
    public record Refusal(String headline, String detail) {
    }

    /** How far the verifier has hashed the bundle's files; {@code currentFile} is the one it is reading. */
    public record Checked(long bytesChecked, long bytesTotal, String currentFile) {

        /** From 0 to 1; an empty bundle is all checked. */
        public double fraction() {
            return bytesTotal <= 0 ? 1 : Math.min(1, (double) bytesChecked / bytesTotal);
        }

        public boolean done() {
            return bytesChecked >= bytesTotal;
        }
    }

    /** A report from the verifying thread, tagged with the run it belongs to so a cancelled run's last words drop. */
    private record Heard(long generation, Checked checked) {
    }

    /** Where the review stands. */
    public enum Phase {
        VERIFYING,
        /** The analyst stopped the verification; nothing of the bundle is shown. */
        CANCELLED,
        /** The file is not a bundle that can be shown safely; only the reason is. */
        REFUSED,
        /** Verified (with whatever verdict) and open for reading. */
        OPEN
    }

    private final Path bundle;
    private final ReviewServices services;
    private final Executor executor;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.VERIFYING);
    private final ReadOnlyObjectWrapper<VerificationReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<Checked> checked = new ReadOnlyObjectWrapper<>(this, "checked");
    private final PulseBatcher<Heard> progressFeed = new PulseBatcher<>(1, this::heard);
    private final VerifyProgress watcher;
    private final ObservableList<AnalystNote> notes = FXCollections.observableArrayList();
    private Refusal refusal = new Refusal("", "");
    private OpenedBundle opened;
    private Task<?> verifying;
    private AtomicBoolean stopVerifying = new AtomicBoolean();
    private long generation;
    private boolean closed;

    public ReviewModel(Path bundle, ReviewServices services, Executor executor) {
        this(bundle, services, executor, VerifyProgress.NONE);
    }

    /** {@code watcher} also hears the verifier's progress, on the verifying thread (tests pause it there). */
    ReviewModel(Path bundle, ReviewServices services, Executor executor, VerifyProgress watcher) {
        this.bundle = bundle;
        this.services = services;
        this.executor = executor;
        this.tasks = new BackgroundTasks(executor);
        this.watcher = watcher;
    }

    /** Verifies the bundle, then opens it. Call on the FX thread; again after a cancel to start over. */
    public void start() {
        long current = ++generation;
        AtomicBoolean stop = new AtomicBoolean();
        stopVerifying = stop;
        phase.set(Phase.VERIFYING);
        report.set(null);
        checked.set(null);
        verifying = tasks.run("Verifying " + bundle.getFileName(), () -> verify(current, stop), verified -> {
            verifying = null;
            if (current == generation) {
                report.set(verified);
                open(current);
            }
        }, failure -> {
            verifying = null;
            if (current != generation) {
                return;
            }
            if (failure instanceof VerificationCancelledException) {
                // Stopped from elsewhere (the executor shutting down): the same outcome as the analyst's cancel.
                generation++;
                phase.set(Phase.CANCELLED);
            } else {
                refuse(new Refusal("Cannot verify " + bundle.getFileName(), ProblemText.describe(failure) + "."));
            }
        });
    }

    private VerificationReport verify(long current, AtomicBoolean stop) throws Exception {
        AnalystTrust trust = AnalystTrust.resolve(null, services.allowedSigners());
        VerifyProgress progress = (bytesChecked, bytesTotal, file) -> {
            progressFeed.post(new Heard(current, new Checked(bytesChecked, bytesTotal, file)));
            watcher.progress(bytesChecked, bytesTotal, file);
        };
        return new BundleVerifier(trust, services.clock()).verify(bundle, progress, stop::get);
    }

    /** Only the newest report counts: the feed holds one, so the FX thread sees at most one per pulse. */
    private void heard(PulseBatcher.Batch<Heard> batch) {
        List<Heard> items = batch.items();
        if (!items.isEmpty() && items.get(items.size() - 1).generation() == generation) {
            checked.set(items.get(items.size() - 1).checked());
        }
    }

    /** Opening is not interrupted (a half-opened archive would be lost); a result no longer wanted is closed. */
    private void open(long current) {
        tasks.run("Opening " + bundle.getFileName(), () -> OpenedBundle.read(bundle, services.notesFolder()),
                read -> {
                    if (closed || current != generation) {
                        executor.execute(read.evidence()::close);
                        return;
                    }
                    opened = read;
                    notes.setAll(read.notes().notes());
                    phase.set(Phase.OPEN);
                }, failure -> {
                    if (current == generation) {
                        refuse(failure instanceof BundleRejectedException
                                ? new Refusal("Refused: " + bundle.getFileName() + " is not a safe evidence bundle",
                                        "Nothing in it was opened: " + ProblemText.describe(failure) + ".")
                                : new Refusal("Cannot show " + bundle.getFileName(), ProblemText.describe(failure) + "."));
                    }
                });
    }

    private void refuse(Refusal why) {
        refusal = why;
        phase.set(Phase.REFUSED);
    }

    /**
     * Stops a verification or opening under way; the bundle is then not shown. The verifier polls the stop flag
     * after every buffer it hashes, so the worker ends within milliseconds; the interrupt also wakes it from any
     * wait (reading the analyst's allowed_signers, say). An opening already started finishes and is closed unseen.
     */
    public void cancel() {
        if (phase.get() != Phase.VERIFYING) {
            return;
        }
        generation++;
        stopVerifying.set(true);
        if (verifying != null) {
            verifying.cancel(true);
            verifying = null;
        }
        phase.set(Phase.CANCELLED);
    }

    /** Saves a note in the background; {@code failed} hears why it could not be saved. */
    public void addNote(String text, Long seq, Consumer<AnalystNote> saved, Consumer<Throwable> failed) {
        OpenedBundle bundleOpen = requireOpen();
        tasks.run("Saving a note", () -> bundleOpen.notes().add(new AnalystNote(services.analyst(),
                services.clock().instant(), text, seq)), note -> {
                    notes.add(note);
                    saved.accept(note);
                }, failed);
    }

    /** Signs and writes the notes addendum to {@code target} in the background. */
    public void exportAddendum(Path target, Consumer<Path> written, Consumer<Throwable> failed) {
        OpenedBundle bundleOpen = requireOpen();
        tasks.run("Exporting the notes addendum", () -> new NotesAddendum(services.clock()).export(bundleOpen.notes(),
                bundleOpen.evidence().manifest(), services.addendumSigner(), target), written, failed);
    }

    private OpenedBundle requireOpen() {
        if (opened == null) {
            throw new IllegalStateException("the bundle is not open");
        }
        return opened;
    }

    /** Closes the bundle file (in the background); the view is not used afterwards. */
    public void close() {
        closed = true;
        cancel();
        if (opened != null) {
            executor.execute(opened.evidence()::close);
        }
    }

    public Path bundle() {
        return bundle;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /**
     * How far the verification hashed the files, updated on the FX thread at most once per pulse; null until the
     * verifier first reports. Kept after a cancel, to say how far it got.
     */
    public ReadOnlyObjectProperty<Checked> checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VerificationReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Why the bundle is not shown, in the REFUSED phase. */
    public Refusal refusal() {
        return refusal;
    }

    /** The analyst's notes on this bundle, oldest first (read-only). */
    public ObservableList<AnalystNote> notes() {
        return FXCollections.unmodifiableObservableList(notes);
    }

    OpenedBundle opened() {
        return opened;
    }

    ReviewServices services() {
        return services;
    }
}
