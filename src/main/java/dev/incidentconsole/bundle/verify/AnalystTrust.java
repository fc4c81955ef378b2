package dev.incidentconsole.bundle.verify;

import dev.incidentconsole.bundle.signing.AllowedSigners;
import dev.incidentconsole.bundle.signing.BundleSigner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The analyst's own allowed_signers: the keys they decided to trust, as opposed to the one the bundle brings
 * along. Without such a file nothing is trusted, and the verdict says so.
 */
public final class AnalystTrust {

    private final Path file;
    private final AllowedSigners signers;

    private AnalystTrust(Path file, AllowedSigners signers) {
        this.file = file;
        this.signers = signers;
    }

    /** Reads {@code file}; a file that is named but cannot be read is an error, not an empty trust list. */
    public static AnalystTrust read(Path file) throws IOException {
        return new AnalystTrust(file, AllowedSigners.read(file));
    }

    /** No allowed_signers file: every signature is at best "valid, but untrusted". */
    public static AnalystTrust none(Path lookedFor) {
        return new AnalystTrust(lookedFor, null);
    }

    /** {@code explicit} when given, else {@code fallback} if it exists, else nothing trusted. */
    public static AnalystTrust resolve(Path explicit, Path fallback) throws IOException {
        if (explicit != null) {
            return read(explicit);
        }
        return fallback != null && Files.isRegularFile(fallback) ? read(fallback) : none(fallback);
    }

    boolean trusts(String principal, String publicKey, Instant at) {
        return signers != null && signers.trusts(principal, publicKey, BundleSigner.NAMESPACE, at);
    }

    String source() {
        return "your allowed_signers file " + file;
    }

    String whyNot() {
        if (signers == null) {
            return "You have no allowed_signers file" + (file == null ? "" : " (looked for " + file + ")") + ".";
        }
        return "It is not in your allowed_signers file " + file + " for this principal and namespace.";
    }
}
