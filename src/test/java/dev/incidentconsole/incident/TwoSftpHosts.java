package dev.incidentconsole.incident;

import dev.incidentconsole.bundle.StockTools;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Two SFTP hosts, alpha and beta, trusted through a known_hosts file, a real SSH transport, a real H2 evidence
 * store and an open incident on a one-step runbook ({@code gather-logs}) worked by {@link #OPERATOR}.
 */
public final class TwoSftpHosts implements AutoCloseable {

    public static final String LOG = "/var/log/mcp/gateway.log";
    public static final String RELAY = "/etc/mcp/relay.yaml";
    public static final Operator OPERATOR = new Operator("Ana Responder", "ana@example.com");

    public final SftpHost alpha;
    public final SftpHost beta;
    public final HostTarget alphaTarget;
    public final HostTarget betaTarget;
    public final SshTransport transport;
    public final H2EvidenceStore store;
    public final IncidentSession session;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    public TwoSftpHosts(Path dir) throws IOException, InterruptedException {
        alpha = new SftpHost("alpha", dir);
        beta = new SftpHost("beta", dir);
        Path knownHosts = Files.writeString(dir.resolve("known_hosts"), alpha.knownHostsLine() + "\n" + beta.knownHostsLine() + "\n");
        Path key = StockTools.newKey(dir, "id_responder");
        alphaTarget = alpha.target(key, knownHosts);
        betaTarget = beta.target(key, knownHosts);
        transport = new SshTransport(new KnownHostsVerification(new AppKnownHostsFile(dir.resolve("app_known_hosts")),
                HostKeyApprover.REFUSE_ALL), PassphrasePrompt.NONE, alias -> null, 8);
        store = H2EvidenceStore.open(dir.resolve("evidence"), null);
        session = new IncidentSession(incident(), runbook(), store, transport, workers, OPERATOR, Clock.systemUTC());
    }

    private static Runbook runbook() {
        String text = String.join("\n", "---", "id: relay-down", "title: Relay down", "severity: high", "owner: test",
                "version: 1", "last_reviewed: 2026-11-01", "response_time: 5m", "---", "# Relay down", "",
                "## Confirm (0-5 minutes)", "", "1. **Gather logs**", "   ```bash {timeout=20s}", "   uptime", "   ```", "");
        return new MarkdownRunbookParser().parse("relay-down.md", text.getBytes(StandardCharsets.UTF_8), false).runbooks().get(0);
    }

    private IncidentRecord incident() {
        return store.openIncident(new NewIncident("Relay down", "high", false, OPERATOR.name(), OPERATOR.email(),
                List.of("relay-down"), List.of("alpha", "beta"), Map.of(), Clock.systemUTC().instant()));
    }

    public static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        store.close();
        transport.close();
        alpha.close();
        beta.close();
    }
}
