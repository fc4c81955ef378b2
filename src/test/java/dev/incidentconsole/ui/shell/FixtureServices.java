package dev.incidentconsole.ui.shell;

import dev.incidentconsole.bundle.export.BundleExporter;
import dev.incidentconsole.bundle.signing.AppIdentity;
import dev.incidentconsole.bundle.signing.KeyPassphrasePrompt;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import dev.incidentconsole.incident.Operator;
import dev.incidentconsole.remote.HostInventory;
import dev.incidentconsole.remote.HostKeyApprover;
import dev.incidentconsole.remote.LocalAccount;
import dev.incidentconsole.remote.PassphrasePrompt;
import dev.incidentconsole.remote.Transport;
import dev.incidentconsole.remote.ssh.AppKnownHostsFile;
import dev.incidentconsole.remote.ssh.KnownHostsVerification;
import dev.incidentconsole.remote.ssh.SshTransport;
import dev.incidentconsole.report.ReportNarrative;
import dev.incidentconsole.runbook.RunbookLibrary;
import dev.incidentconsole.ui.review.ReviewServices;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Real parts for a window under test, all inside one folder: an H2 evidence file, an SSH transport over an
 * ssh_config (empty unless given) with the app's own known_hosts, and the runbook library {@code runbooks}
 * yields. Report sections and window placements are kept in memory for assertions.
 */
public final class FixtureServices implements ConsoleServices {

    private final Path folder;
    private final Callable<RunbookLibrary> runbooks;
    private final Path sshConfig;
    final Map<String, ReportNarrative> narratives = new ConcurrentHashMap<>();
    final List<WindowPlacement> placements = new CopyOnWriteArrayList<>();

    public FixtureServices(Path folder, Callable<RunbookLibrary> runbooks, Path sshConfig) {
        this.folder = folder;
        this.runbooks = runbooks;
        this.sshConfig = sshConfig;
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public RunbookLibrary loadRunbooks() throws Exception {
        return runbooks.call();
    }

    @Override
    public EvidenceStore openEvidenceStore() {
        return H2EvidenceStore.open(folder.resolve("evidence"), null);
    }

    @Override
    public HostInventory loadHosts() {
        LocalAccount account = new LocalAccount("ana", folder);
        Path saved = folder.resolve("config/hosts.json");
        return sshConfig == null ? HostInventory.load(account, saved) : HostInventory.load(account, sshConfig, saved);
    }

    @Override
    public Transport openTransport(HostInventory inventory, HostKeyApprover approver, PassphrasePrompt passphrases) {
        return new SshTransport(new KnownHostsVerification(new AppKnownHostsFile(folder.resolve("config/known_hosts")),
                approver), passphrases, inventory::resolve, 8);
    }

    @Override
    public Operator operator() {
        return new Operator("Ana Responder", "ana@example.com");
    }

    @Override
    public ReportNarrative narrative(String incidentId) {
        return narratives.getOrDefault(incidentId, ReportNarrative.blank());
    }

    @Override
    public void saveNarrative(String incidentId, ReportNarrative narrative) {
        narratives.put(incidentId, narrative);
    }

    @Override
    public AppIdentity signingIdentity() {
        return new AppIdentity(folder.resolve("config"));
    }

    @Override
    public BundleExporter bundleExporter(EvidenceStore store) {
        return new BundleExporter(store, clock(), "test");
    }

    @Override
    public ReviewServices reviewServices(KeyPassphrasePrompt passphrases) {
        throw new UnsupportedOperationException("reviews are tested through the real wiring");
    }

    /** Files the window asked the desktop to open; a test has no desktop to open them with. */
    public final List<Path> openedDocuments = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void openDocument(Path file) {
        openedDocuments.add(file);
    }

    @Override
    public void rememberTheme(boolean dark) {
    }

    @Override
    public void rememberPlacement(WindowPlacement placement) {
        placements.add(placement);
    }
}
