package dev.incidentconsole.app;

import dev.incidentconsole.bundle.export.BundleExporter;
import dev.incidentconsole.bundle.signing.AppIdentity;
import dev.incidentconsole.bundle.verify.AnalystTrust;
import dev.incidentconsole.bundle.verify.BundleVerifier;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import dev.incidentconsole.incident.Operator;
import dev.incidentconsole.remote.HostInventory;
import dev.incidentconsole.remote.HostKeyApprover;
import dev.incidentconsole.remote.LocalAccount;
import dev.incidentconsole.remote.PassphrasePrompt;
import dev.incidentconsole.remote.ssh.AppKnownHostsFile;
import dev.incidentconsole.remote.ssh.KnownHostsVerification;
import dev.incidentconsole.remote.ssh.SshTransport;
import dev.incidentconsole.runbook.RunbookLibrary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The composition root: every long-lived object is built here and handed on by constructor. */
public final class Wiring {

    /** OpenSSH allows 10 sessions per connection by default; staying below leaves room for the responder's own. */
    static final int SESSIONS_PER_HOST = 8;

    private final AppPaths paths;
    private final Clock clock;
    private final LocalAccount account;
    private final Path agentSocket;

    public Wiring(AppPaths paths, Clock clock) {
        this(paths, clock, LocalAccount.current(), agentFromEnvironment());
    }

    private static Path agentFromEnvironment() {
        String socket = System.getenv("SSH_AUTH_SOCK");
        return socket == null || socket.isBlank() ? null : Path.of(socket);
    }

    /**
     * {@code account} is whose ~/.ssh is read (tests pass a temporary home); {@code agentSocket} is the ssh-agent
     * to use, or null.
     */
    public Wiring(AppPaths paths, Clock clock, LocalAccount account, Path agentSocket) {
        this.paths = paths;
        this.clock = clock;
        this.account = account;
        this.agentSocket = agentSocket;
    }

    public static Wiring forCurrentUser() {
        return new Wiring(AppPaths.forCurrentUser(), Clock.systemDefaultZone());
    }

    public AppPaths paths() {
        return paths;
    }

    public Clock clock() {
        return clock;
    }

    /** The responder's hosts: ~/.ssh/config (or {@code sshConfig}, as ssh -F) plus the app's saved hosts and groups. */
    public HostInventory hostInventory(Path sshConfig) {
        Path saved = paths.configDir().resolve("hosts.json");
        return sshConfig == null ? HostInventory.load(account, saved) : HostInventory.load(account, sshConfig, saved);
    }

    /** An SSH transport that trusts the responder's known_hosts plus the app's own, asking {@code approver} about new keys. */
    public SshTransport sshTransport(HostInventory inventory, HostKeyApprover approver, PassphrasePrompt passphrases) {
        AppKnownHostsFile appKnownHosts = new AppKnownHostsFile(paths.configDir().resolve("known_hosts"));
        return new SshTransport(new KnownHostsVerification(appKnownHosts, approver), passphrases, inventory::resolve,
                SESSIONS_PER_HOST, agentSocket);
    }

    /** The responder's settings; read each time, since the window may have changed them. */
    public Settings settings() {
        return Settings.load(paths.configDir().resolve("settings.json"));
    }

    /** Saves the theme choice; synchronized so that quick toggles are written one after the other. */
    public synchronized void rememberTheme(boolean dark) {
        updateSettings(settings -> settings.darkTheme = dark);
    }

    /** Saves where the window was, so it opens there next time. */
    public synchronized void rememberPlacement(double x, double y, double width, double height, boolean maximized,
                                               java.util.Map<String, Double> dividers) {
        updateSettings(settings -> settings.window = new Settings.Window(x, y, width, height, maximized, dividers));
    }

    private void updateSettings(java.util.function.Consumer<Settings> change) {
        Path file = paths.configDir().resolve("settings.json");
        Settings settings = Settings.load(file);
        change.accept(settings);
        try {
            settings.save(file);
        } catch (java.io.IOException e) {
            // The choice still applies for this run; only remembering it failed.
            System.getLogger("settings").log(System.Logger.Level.WARNING, "cannot save " + file + ": " + e.getMessage());
        }
    }

    /** Who every evidence entry names: the settings' operator, or the account name. */
    public Operator operator() {
        return settings().operator(account.userName());
    }

    /** The evidence database: {@code db} if given, else "evidence" in the data folder; {@code passphrase} for an encrypted one. */
    public EvidenceStore openEvidenceStore(Path db, char[] passphrase) {
        Path file = db != null ? db : paths.dataDir().resolve("evidence");
        return H2EvidenceStore.open(file, passphrase);
    }

    /** Loads the bundled runbooks and the user's own (plus {@code extraFolders}); this reads files, so never call it on the FX thread. */
    public RunbookLibrary loadRunbookLibrary(List<Path> extraFolders) throws IOException {
        List<Path> folders = new ArrayList<>();
        folders.add(paths.userRunbooks());
        folders.addAll(extraFolders);
        return RunbookLibrary.load(true, folders);
    }

    /** The app's own bundle signing key, for responders without an SSH key of their own. */
    public AppIdentity appIdentity() {
        return new AppIdentity(paths.configDir());
    }

    public BundleExporter bundleExporter(EvidenceStore store) {
        String version = Wiring.class.getPackage().getImplementationVersion();
        return new BundleExporter(store, clock, version == null ? "development build" : version);
    }

    /** Trusts the keys in {@code allowedSigners}, or when null in allowed_signers of the settings folder if present. */
    public BundleVerifier bundleVerifier(Path allowedSigners) throws IOException {
        return new BundleVerifier(AnalystTrust.resolve(allowedSigners, paths.configDir().resolve("allowed_signers")), clock);
    }
}
