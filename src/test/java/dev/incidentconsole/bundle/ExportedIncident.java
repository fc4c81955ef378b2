package dev.incidentconsole.bundle;

import dev.incidentconsole.bundle.export.BundleExporter;
import dev.incidentconsole.bundle.export.ExportProgress;
import dev.incidentconsole.bundle.export.ExportRequest;
import dev.incidentconsole.bundle.export.ExportResult;
import dev.incidentconsole.bundle.signing.AllowedSigners;
import dev.incidentconsole.bundle.signing.BundleSigner;
import dev.incidentconsole.bundle.signing.KeyPassphrasePrompt;
import dev.incidentconsole.bundle.signing.SshKeySigner;
import dev.incidentconsole.bundle.verify.AnalystTrust;
import dev.incidentconsole.bundle.verify.BundleVerifier;
import dev.incidentconsole.bundle.verify.VerificationReport;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** An incident recorded in a real store in {@code dir}, a signing key made by ssh-keygen, and an exporter. */
public final class ExportedIncident implements AutoCloseable {

    public static final Instant EXPORTED_AT = Instant.parse("2026-11-21T05:00:00Z");

    public final Path dir;
    public final H2EvidenceStore store;
    public final IncidentFixture fixture;
    public final IncidentRecord incident;
    public final SshKeySigner signer;
    public final BundleExporter exporter;

    public ExportedIncident(Path dir, int largeBytes) throws IOException, InterruptedException {
        this.dir = dir;
        this.store = H2EvidenceStore.open(dir.resolve("evidence"), null);
        this.fixture = new IncidentFixture(store);
        this.incident = fixture.record(largeBytes);
        this.signer = newSigner("ada");
        this.exporter = new BundleExporter(store, Clock.fixed(EXPORTED_AT, ZoneOffset.UTC), "test");
    }

    /** A signer with a fresh key, signing as the fixture's principal. */
    public SshKeySigner newSigner(String keyName) throws IOException, InterruptedException {
        try {
            return SshKeySigner.fromKeyFile(StockTools.newKey(dir, keyName), IncidentFixture.PRINCIPAL,
                    KeyPassphrasePrompt.NONE);
        } catch (dev.incidentconsole.bundle.signing.KeyFileException e) {
            throw new AssertionError("ssh-keygen made a key we cannot read", e);
        }
    }

    public ExportRequest request(String fileName, boolean redact) {
        return request(fileName, redact, false);
    }

    public ExportRequest request(String fileName, boolean redact, boolean compress) {
        return new ExportRequest(incident.id(), dir.resolve(fileName), signer, IncidentFixture.OPERATOR, redact, compress,
                null);
    }

    public ExportResult export(String fileName, boolean redact) throws IOException {
        return export(fileName, redact, false);
    }

    public ExportResult export(String fileName, boolean redact, boolean compress) throws IOException {
        return exporter.export(request(fileName, redact, compress), ExportProgress.NONE, () -> false);
    }

    /** An allowed_signers file that trusts {@code who} for bundles. */
    public Path trusting(BundleSigner who) throws IOException {
        return Files.writeString(dir.resolve("trusted-" + Integer.toHexString(who.fingerprint().hashCode())),
                AllowedSigners.lineFor(who.principal(), who.publicKeyLine(), BundleSigner.NAMESPACE) + "\n");
    }

    /** Verifies as an analyst with {@code allowedSigners} (null: one without any). */
    public VerificationReport verify(Path bundle, Path allowedSigners) throws IOException {
        AnalystTrust trust = allowedSigners == null ? AnalystTrust.none(dir.resolve("no-allowed-signers"))
                : AnalystTrust.read(allowedSigners);
        return new BundleVerifier(trust, Clock.systemUTC()).verify(bundle);
    }

    @Override
    public void close() {
        store.close();
    }
}
