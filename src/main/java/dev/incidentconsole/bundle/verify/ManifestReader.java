package dev.incidentconsole.bundle.verify;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidentconsole.bundle.BundleLayout;
import dev.incidentconsole.bundle.BundleManifest;
import java.io.IOException;
import java.util.Objects;

/** Reads manifest.json strictly and refuses one whose structure has holes, so later checks need no null guards. */
final class ManifestReader {

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** Thrown with a message that says what is wrong. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    BundleManifest read(byte[] content) throws Unreadable {
        BundleManifest manifest;
        try {
            manifest = json.readValue(content, BundleManifest.class);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("is not a readable manifest: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (manifest == null) {
            throw new Unreadable("is empty");
        }
        if (!BundleLayout.FORMAT.equals(manifest.format()) || manifest.formatVersion() != BundleLayout.FORMAT_VERSION) {
            throw new Unreadable("is of format " + manifest.format() + " version " + manifest.formatVersion()
                    + "; this console reads " + BundleLayout.FORMAT + " version " + BundleLayout.FORMAT_VERSION);
        }
        try {
            Objects.requireNonNull(manifest.exporter(), "exporter");
            Objects.requireNonNull(manifest.exporter().principal(), "exporter.principal");
            Objects.requireNonNull(manifest.incident(), "incident");
            Objects.requireNonNull(manifest.chain(), "chain");
            manifest.hosts().forEach(host -> {
                Objects.requireNonNull(host.alias(), "hosts[].alias");
                Objects.requireNonNull(host.hostKeyFingerprints(), "hosts[].hostKeyFingerprints");
            });
            manifest.runbooks().forEach(runbook -> Objects.requireNonNull(runbook.status(), "runbooks[].status"));
            manifest.entries().forEach(entry -> {
                Objects.requireNonNull(entry.stdout(), "entries[].stdout");
                Objects.requireNonNull(entry.stderr(), "entries[].stderr");
            });
        } catch (NullPointerException e) {
            throw new Unreadable("lacks " + e.getMessage());
        }
        return manifest;
    }
}
