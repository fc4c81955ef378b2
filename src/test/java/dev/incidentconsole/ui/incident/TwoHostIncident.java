package dev.incidentconsole.ui.incident;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import dev.incidentconsole.incident.IncidentSession;
import dev.incidentconsole.incident.Operator;
import dev.incidentconsole.incident.ParameterValues;
import dev.incidentconsole.remote.HostInventory;
import dev.incidentconsole.remote.HostKeyApprover;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.LocalAccount;
import dev.incidentconsole.remote.PassphrasePrompt;
import dev.incidentconsole.remote.ssh.AppKnownHostsFile;
import dev.incidentconsole.remote.ssh.KnownHostsVerification;
import dev.incidentconsole.remote.ssh.MinaSshServer;
import dev.incidentconsole.remote.ssh.SshTransport;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.RunbookLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Real parts for the incident screens: two in-process SSH hosts (alpha, beta) named in an ssh_config, an SSH
 * transport that trusts exactly their keys, an H2 evidence file and a runbook library holding one runbook.
 */
final class TwoHostIncident implements AutoCloseable {

    static final String RUNBOOK_ID = "relay-drill";
    static final Operator OPERATOR = new Operator("Ana Responder", "ana@example.com");

    final MinaSshServer alpha;
    final MinaSshServer beta;
    final Path marker;
    final HostInventory inventory;
    final SshTransport transport;
    final EvidenceStore store;
    final RunbookLibrary library;
    final Runbook runbook;
    /** Runs the hosts of one step in parallel, inside the session. */
    final ExecutorService hostWorkers = Executors.newFixedThreadPool(4);
    /** Runs steps and store writes for the screens, a thread per running step. */
    final ExecutorService screenWork = Executors.newCachedThreadPool();

    TwoHostIncident(Path dir) throws IOException {
        alpha = new MinaSshServer(Files.createDirectories(dir.resolve("alpha")));
        beta = new MinaSshServer(Files.createDirectories(dir.resolve("beta")));
        marker = dir.resolve("marker");
        Path knownHosts = Files.writeString(dir.resolve("known_hosts"), alpha.knownHostsLine("[127.0.0.1]:" + alpha.port())
                + "\n" + beta.knownHostsLine("[127.0.0.1]:" + beta.port()) + "\n");
        Path sshConfig = Files.writeString(dir.resolve("ssh_config"), String.join("\n",
                "Host alpha", "  HostName 127.0.0.1", "  Port " + alpha.port(), "  IdentityFile " + alpha.clientKeyFile(),
                "Host beta", "  HostName 127.0.0.1", "  Port " + beta.port(), "  IdentityFile " + beta.clientKeyFile(),
                "Host *", "  User responder", "  StrictHostKeyChecking yes", "  UserKnownHostsFile " + knownHosts, ""));
        inventory = HostInventory.load(new LocalAccount("ana", dir), sshConfig, dir.resolve("config/hosts.json"));
        inventory.saveGroup("relays", List.of("alpha", "beta"));
        transport = new SshTransport(new KnownHostsVerification(new AppKnownHostsFile(dir.resolve("app_known_hosts")),
                HostKeyApprover.REFUSE_ALL), PassphrasePrompt.NONE, inventory::resolve, 8);
        store = H2EvidenceStore.open(dir.resolve("evidence"), null);
        Path runbooks = Files.createDirectories(dir.resolve("runbooks"));
        Files.writeString(runbooks.resolve(RUNBOOK_ID + ".md"), runbookText(marker));
        library = RunbookLibrary.load(false, List.of(runbooks));
        runbook = library.find(RUNBOOK_ID).orElseThrow(() -> new AssertionError("fixture runbook did not parse: "
                + library.results()));
    }

    private static String runbookText(Path marker) {
        return String.join("\n",
                "---", "id: " + RUNBOOK_ID, "title: Relay drill", "severity: high", "response_time: 10m", "owner: test",
                "version: 1", "last_reviewed: 2026-01-01",
                "parameters:",
                "  - name: GREETING", "    type: text", "    default: hello",
                "  - name: PORT", "    type: port", "    required: true", "    description: port the relay listens on",
                "---", "# Relay drill", "",
                "## Confirm (0-5 minutes)", "",
                "1. **Say hello**", "   ```bash {timeout=20s expect=\"^hello\"}", "   echo \"${GREETING} on ${PORT}\"", "   ```", "",
                "2. **Look at the dashboard**", "   Nothing to run.", "",
                "## Fix (5-30 minutes)", "",
                "3. **Create the marker**", "   ```bash {kind=change timeout=20s}", "   touch '" + marker + "'", "   ```", "",
                "4. **Wait a long time**", "   ```bash {timeout=60s}", "   echo waiting; sleep 30", "   ```", "",
                "## Escalation Criteria", "", "- Relay still down after the fix", "",
                "## Documentation Requirements", "", "- Relay port before and after", "");
    }

    IncidentRecord open(Instant openedAt) {
        return store.openIncident(new NewIncident("Relay down", "high", false, OPERATOR.name(), OPERATOR.email(),
                List.of(RUNBOOK_ID), List.of("alpha", "beta"), ParameterValues.resolve(runbook, Map.of("PORT", "8080")), openedAt));
    }

    IncidentSession session(IncidentRecord incident, Clock clock) {
        return new IncidentSession(incident, runbook, store, transport, hostWorkers, OPERATOR, clock);
    }

    List<HostTarget> hosts() {
        return List.of(inventory.resolve("alpha"), inventory.resolve("beta"));
    }

    /** The entries the incident's step has in the store, of one kind. */
    List<EvidenceEntry> entries(String incidentId, String stepId, EntryKind kind) {
        return store.timeline(incidentId).stream()
                .filter(e -> e.kind() == kind && stepId.equals(e.stepId())).toList();
    }

    /** Whether either server was asked to run a command containing {@code text}. */
    boolean anyServerRan(String text) {
        return alpha.commands().stream().anyMatch(c -> c.contains(text)) || beta.commands().stream().anyMatch(c -> c.contains(text));
    }

    @Override
    public void close() {
        screenWork.shutdownNow();
        hostWorkers.shutdownNow();
        transport.close();
        store.close();
        alpha.close();
        beta.close();
    }
}
