package dev.incidentconsole.bundle.signing;

import java.io.IOException;
import java.io.InputStream;

/**
 * Signs a bundle's SHA256SUMS so that an analyst can check it with stock OpenSSH:
 * {@code ssh-keygen -Y verify -f allowed_signers -I <principal> -n mcp-incident-bundle -s SHA256SUMS.sig < SHA256SUMS}.
 */
public interface BundleSigner {

    /** The SSHSIG namespace of incident bundles; a signature for any other purpose does not verify as one. */
    String NAMESPACE = "mcp-incident-bundle";

    /** Who signs, as written into allowed_signers, e.g. {@code alice@example.org}. */
    String principal();

    /** The public key as {@code type base64}, the form of .pub files and allowed_signers. */
    String publicKeyLine();

    /** {@code SHA256:...}, as {@code ssh-keygen -l} prints it. */
    String fingerprint();

    /** Signs everything {@code data} yields (read to its end, not closed) and returns the armored signature text. */
    String sign(InputStream data, String namespace) throws IOException;
}
