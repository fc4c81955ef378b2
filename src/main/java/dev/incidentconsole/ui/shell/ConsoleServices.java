package dev.incidentconsole.ui.shell;

import dev.incidentconsole.bundle.export.BundleExporter;
import dev.incidentconsole.bundle.signing.AppIdentity;
import dev.incidentconsole.bundle.signing.KeyPassphrasePrompt;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.incident.Operator;
import dev.incidentconsole.remote.HostInventory;
import dev.incidentconsole.remote.HostKeyApprover;
import dev.incidentconsole.remote.PassphrasePrompt;
import dev.incidentconsole.remote.Transport;
import dev.incidentconsole.report.ReportNarrative;
import dev.incidentconsole.runbook.RunbookLibrary;
import dev.incidentconsole.ui.review.ReviewServices;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What the window needs from the rest of the application, supplied by the composition root. Every method but
 * {@link #clock} may touch files or the network: call them off the FX thread only.
 */
public interface ConsoleServices {

    Clock clock();

    RunbookLibrary loadRunbooks() throws Exception;

    /** The evidence store in the data folder; fails with a message a person can act on (for example, in use). */
    EvidenceStore openEvidenceStore();

    /** ~/.ssh/config plus the saved hosts and groups. */
    HostInventory loadHosts();

    /** An SSH transport that asks {@code approver} about new host keys and {@code passphrases} for encrypted keys. */
    Transport openTransport(HostInventory inventory, HostKeyApprover approver, PassphrasePrompt passphrases);

    Operator operator();

    /** The responder's write-up of an incident (impact, root cause, ...); kept beside the evidence, not in it. */
    ReportNarrative narrative(String incidentId);

    void saveNarrative(String incidentId, ReportNarrative narrative) throws IOException;

    /** The app's own bundle signing key (an encrypted Ed25519 key in the settings folder, created on first use). */
    AppIdentity signingIdentity();

    BundleExporter bundleExporter(EvidenceStore store);

    /** What reviewing a received bundle needs; {@code passphrases} unlocks the key that signs analysts' addenda. */
    ReviewServices reviewServices(KeyPassphrasePrompt passphrases);

    /** Opens a file the console wrote, such as an exported report, in the desktop's application for it. */
    void openDocument(Path file) throws IOException;

    void rememberTheme(boolean dark);

    void rememberPlacement(WindowPlacement placement);
}
