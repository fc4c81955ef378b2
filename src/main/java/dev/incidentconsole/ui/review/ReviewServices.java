package dev.incidentconsole.ui.review;

import dev.incidentconsole.bundle.signing.BundleSigner;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What reviewing a bundle needs from the application, supplied by the composition root. {@link #addendumSigner}
 * may read key files and ask for a passphrase: it is only called off the FX thread.
 */
public interface ReviewServices {

    /** The analyst's allowed_signers file (the settings folder's); when it does not exist, no signer is trusted. */
    Path allowedSigners();

    /** Where notes on bundles are kept, e.g. {@code reviews/} in the data folder; never the bundle's own folder. */
    Path notesFolder();

    /** The analyst's name, as their notes carry it. */
    String analyst();

    /** The key that signs note addenda; may prompt for a passphrase. Fails with a message a person can act on. */
    BundleSigner addendumSigner() throws Exception;

    Clock clock();
}
