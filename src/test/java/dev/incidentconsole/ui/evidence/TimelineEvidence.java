package dev.incidentconsole.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.CommandEnd;
import dev.incidentconsole.evidence.CommandStart;
import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryDraft;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import dev.incidentconsole.ui.common.BackgroundTasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real H2 evidence store holding one incident on two hosts: the opening status, a failed and a succeeded
 * command, a note, a cancelled command with a long output, and an escalation (seq 1 to 6).
 */
public final class TimelineEvidence implements AutoCloseable {

    public static final Instant T0 = Instant.parse("2026-11-21T03:01:00.123Z");
    public static final String TITLE = "Gateway answers 502 on web1";
    public static final String FAILED_STDOUT = "Active: failed (Result: exit-code)\nmemory pressure detected\n";
    public static final String FAILED_STDERR = "warning: journal rotated\n";
    public static final String NOTE = "Customer reports 502 from the gateway";
    public static final String ESCALATION = "Paging the database on-call";

    private final H2EvidenceStore store;
    private final String incidentId;
    private final byte[] longOutput;
    private final ExecutorService background = Executors.newFixedThreadPool(2);

    private TimelineEvidence(Path file) {
        store = H2EvidenceStore.open(file, null);
        incidentId = store.openIncident(new NewIncident(TITLE, "SEV2", false, "Ada Responder", "ada@example.org",
                List.of("server-down"), List.of("web1", "web2"), Map.of("SERVICE", "mcp-gateway"), T0)).id();
        command("web1", "check-service", "systemctl status mcp-gateway", 10, FAILED_STDOUT, FAILED_STDERR, exited(3, 12));
        command("web2", "check-service", "systemctl status mcp-gateway", 11, "Active: active (running)\n", "", exited(0, 12));
        record(EntryKind.NOTE, NOTE, 30);
        StringBuilder lines = new StringBuilder("oomkiller chose the gateway worker\n");
        for (int i = 0; lines.length() < 300_000; i++) {
            lines.append(String.format("%06d gateway log line with nothing new in it\n", i));
        }
        longOutput = lines.toString().getBytes(StandardCharsets.UTF_8);
        command("web1", "read-logs", "journalctl -u mcp-gateway -n 50000", 40, lines.toString(), "",
                new CommandEnd(T0.plusSeconds(55), 15_000_000_000L, null, null, "CANCELLED", Completeness.CANCELLED,
                        "SHA256:web1hostkeyfingerprint0123456789abcdefghijk", -250L, "cancelled by the responder"));
        record(EntryKind.ESCALATION, ESCALATION, 60);
    }

    /** The evidence in {@code folder}, with the FX toolkit started for a test that shows it. */
    public static TimelineEvidence create(Path folder) throws Exception {
        FxToolkit.registerPrimaryStage();
        return new TimelineEvidence(folder.resolve("evidence"));
    }

    /** Background work for the view under test, on a pool that {@link #close} stops. */
    public BackgroundTasks tasks() {
        return new BackgroundTasks(background);
    }

    /** Shows the view built by {@code view} alone in a new stage (within Monocle's 1280x800 screen). */
    public static void showInStage(Supplier<Parent> view) throws Exception {
        FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(view.get(), 1260, 780));
            stage.show();
        });
    }

    public H2EvidenceStore store() {
        return store;
    }

    public String incidentId() {
        return incidentId;
    }

    public byte[] longOutput() {
        return longOutput.clone();
    }

    public EvidenceEntry entry(long seq) {
        return store.entry(incidentId, seq).orElseThrow();
    }

    public EvidenceEntry note(String text, long secondsAfterStart) {
        return record(EntryKind.NOTE, text, secondsAfterStart);
    }

    /** Waits until the search index holds every entry (it is built in the store's idle time). */
    public void awaitIndexed() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.searchBacklog() == 0);
    }

    private EvidenceEntry record(EntryKind kind, String text, long second) {
        return store.record(new EntryDraft(incidentId, kind, "server-down", null, null, text, "Ada Responder",
                T0.plusSeconds(second)));
    }

    private void command(String host, String step, String command, long second, String stdout, String stderr,
                         CommandEnd end) {
        CommandCapture capture = store.startCommand(new CommandStart(incidentId, EntryKind.COMMAND, "server-down",
                "ab".repeat(32), step, host, host + ".example.org", "ops", command, Map.of("SERVICE", "mcp-gateway"),
                "Ada Responder", T0.plusSeconds(second)));
        byte[] out = stdout.getBytes(StandardCharsets.UTF_8);
        capture.append(OutputStreamKind.STDOUT, out, 0, out.length);
        byte[] err = stderr.getBytes(StandardCharsets.UTF_8);
        capture.append(OutputStreamKind.STDERR, err, 0, err.length);
        capture.seal(end);
    }

    private static CommandEnd exited(int code, long second) {
        return new CommandEnd(T0.plusSeconds(second), 2_000_000_123L, code, null, code == 0 ? "SUCCEEDED" : "FAILED",
                Completeness.COMPLETE, "SHA256:web1hostkeyfingerprint0123456789abcdefghijk", 15L, null);
    }

    /** Closes the stages, then the pool and the store. */
    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        background.shutdownNow();
        store.close();
    }

    /** Reads a value on the FX thread. */
    public static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** Waits (on the FX thread's view of things) until the condition holds; fails after 10 seconds. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(condition));
    }

    static void assertSeqs(List<EvidenceEntry> entries, Long... seqs) {
        assertThat(entries).extracting(EvidenceEntry::seq).containsExactly(seqs);
    }
}
