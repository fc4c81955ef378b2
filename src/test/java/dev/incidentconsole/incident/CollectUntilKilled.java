package dev.incidentconsole.incident;

import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.HostKeyApprover;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.PassphrasePrompt;
import dev.incidentconsole.remote.ssh.AppKnownHostsFile;
import dev.incidentconsole.remote.ssh.KnownHostsVerification;
import dev.incidentconsole.remote.ssh.SshTransport;
import dev.incidentconsole.runbook.MarkdownRunbookParser;
import dev.incidentconsole.runbook.Runbook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Run in a forked JVM by {@link CollectCrashTest}: opens a store, opens an incident and collects one file from an
 * SFTP host on loopback through {@link IncidentSession#collect}, printing "incident ID", then "received N" about
 * once a MiB so the test knows when to kill it, and "ended ..." should the transfer ever finish.
 * Arguments: store file, host port, client key, known_hosts file, remote path.
 */
public final class CollectUntilKilled {

    static final String HOST = "vault";
    private static final long MIB = 1024 * 1024;
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);

    private CollectUntilKilled() {
    }

    public static void main(String[] args) throws IOException {
        Path storeFile = Path.of(args[0]);
        HostTarget host = new HostTarget(HOST, "127.0.0.1", Integer.parseInt(args[1]), "responder", List.of(Path.of(args[2])),
                List.of(), List.of(Path.of(args[3])), HostTarget.HostKeyChecking.STRICT, Duration.ofSeconds(3),
                Duration.ofSeconds(5), 3);
        String remotePath = args[4];
        stopWhenOrphaned();
        ExecutorService workers = Executors.newSingleThreadExecutor();
        try (H2EvidenceStore store = H2EvidenceStore.open(storeFile, null);
             SshTransport transport = new SshTransport(new KnownHostsVerification(
                     new AppKnownHostsFile(storeFile.resolveSibling("app_known_hosts")), HostKeyApprover.REFUSE_ALL),
                     PassphrasePrompt.NONE, alias -> null, 2)) {
            IncidentRecord incident = store.openIncident(new NewIncident("Vault leaking tokens", "critical", false,
                    "Kim Responder", "kim@example.com", List.of("vault-leak"), List.of(HOST), Map.of(),
                    Clock.systemUTC().instant()));
            System.out.println("incident " + incident.id());
            IncidentSession session = new IncidentSession(incident, runbook(), store, transport, workers,
                    new Operator("Kim Responder", "kim@example.com"), Clock.systemUTC());
            CollectionOutcome outcome = session.collect(new CollectionRequest(List.of(remotePath), List.of(host), null),
                    new ProgressPrinter(), Cancellation.none());
            System.out.println("collected: " + outcome.summary());
        } finally {
            workers.shutdownNow();
        }
    }

    /** Leaves no stray JVM behind: the parent's end closes our stdin, and a test run never takes minutes. */
    private static void stopWhenOrphaned() {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // The parent never writes; only the end of input matters.
                }
            } catch (IOException e) {
                // A broken pipe means the same as an end of input.
            }
            Runtime.getRuntime().halt(3);
        }, "orphan-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Thread deadline = new Thread(() -> {
            try {
                Thread.sleep(GIVE_UP_AFTER.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(4);
        }, "deadline");
        deadline.setDaemon(true);
        deadline.start();
    }

    private static Runbook runbook() {
        String text = """
                ---
                id: vault-leak
                title: Vault leaking tokens
                severity: critical
                owner: security
                version: 2
                last_reviewed: 2026-10-01
                response_time: 15m
                ---
                # Vault leaking tokens

                ## Contain (0-15 minutes)

                1. **List sessions**
                   ```bash {timeout=10s}
                   who
                   ```
                """;
        return new MarkdownRunbookParser().parse("vault-leak.md", text.getBytes(StandardCharsets.UTF_8), false)
                .runbooks().get(0);
    }

    /** Runs on the one collecting thread, after each chunk was handed to the store's capture. */
    private static final class ProgressPrinter implements CollectionListener {

        private long received;
        private long reported;

        @Override
        public void received(HostTarget host, String path, int bytes) {
            received += bytes;
            if (received - reported >= MIB) {
                System.out.println("received " + received);
                reported = received;
                pause();
            }
        }

        @Override
        public void fileEnded(CollectionOutcome.File file) {
            System.out.println("ended " + file.reason());
        }

        /** At most ~125 MB/s, so the parent's kill lands mid-transfer even on a fast machine. */
        private static void pause() {
            try {
                Thread.sleep(8);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
