package dev.incidentconsole.bundle.review;

import dev.incidentconsole.bundle.BundleLayout;
import dev.incidentconsole.bundle.BundleManifest;
import dev.incidentconsole.bundle.archive.BundleZipWriter;
import dev.incidentconsole.bundle.signing.AllowedSigners;
import dev.incidentconsole.bundle.signing.BundleSigner;
import dev.incidentconsole.evidence.CanonicalJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An analyst's notes as a signed addendum to a bundle: a small zip of its own holding addendum.json (the bundle's
 * SHA-256, incident and chain head, and the notes), the signer's allowed_signers line, VERIFY.txt, SHA256SUMS
 * and its SSHSIG signature under {@link #NAMESPACE}, so that it checks with stock tools the way a bundle does.
 * The bundle itself is never touched.
 */
public final class NotesAddendum {

    /** Not the bundle namespace: an addendum signature must never pass for a bundle's, nor the other way round. */
    public static final String NAMESPACE = "mcp-incident-addendum";
    public static final String FILE = "addendum.json";
    static final String FORMAT = "mcp-incident-addendum";

    /** addendum.json. */
    record Content(String format, int formatVersion, String createdAt, Subject bundle, Analyst analyst,
                   List<AnalystNote> notes) {
    }

    /** The bundle the notes are about, named so that no other bundle can be passed off as it. */
    record Subject(String file, String sha256, String incidentId, long chainHeadSeq, String chainHeadHash) {
    }

    record Analyst(String principal, String keyFingerprint, String publicKey) {
    }

    private final Clock clock;

    public NotesAddendum(Clock clock) {
        this.clock = clock;
    }

    /**
     * Writes the addendum to {@code target}, which must not exist; it appears complete or not at all.
     *
     * @param manifest the bundle's manifest, for its incident and chain head
     */
    public Path export(AnalystNotes notes, BundleManifest manifest, BundleSigner signer, Path target) throws IOException {
        if (notes.notes().isEmpty()) {
            throw new IllegalStateException("there are no notes on this bundle yet, so there is nothing to sign");
        }
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, "a file is already there; choose another name");
        }
        Instant now = clock.instant();
        Content content = new Content(FORMAT, 1, CanonicalJson.instant(now),
                new Subject(notes.bundleFile(), notes.bundleSha256(), manifest.incident().id(),
                        manifest.chain().headSeq(), manifest.chain().headHash()),
                new Analyst(signer.principal(), signer.fingerprint(), signer.publicKeyLine()), notes.notes());
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            try (BundleZipWriter zip = BundleZipWriter.create(partial, now)) {
                zip.write(FILE, AnalystNotes.JSON.writeValueAsBytes(content));
                zip.write(BundleLayout.ALLOWED_SIGNERS, (AllowedSigners.lineFor(signer.principal(),
                        signer.publicKeyLine(), NAMESPACE) + "\n").getBytes(StandardCharsets.UTF_8));
                zip.write(BundleLayout.VERIFY_TEXT, instructions(content, absolute.getFileName().toString())
                        .getBytes(StandardCharsets.UTF_8));
                byte[] sums = zip.sums().toBytes();
                String signature = signer.sign(new ByteArrayInputStream(sums), NAMESPACE);
                zip.write(BundleLayout.SUMS, sums);
                zip.write(BundleLayout.SIGNATURE, signature.getBytes(StandardCharsets.US_ASCII));
            }
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return absolute;
    }

    private static String instructions(Content content, String fileName) {
        String principal = content.analyst().principal();
        String quoted = principal.indexOf(' ') >= 0 ? "'" + principal + "'" : principal;
        return String.join("\n",
                "Analyst notes on evidence bundle " + content.bundle().file() + " (incident " + content.bundle().incidentId() + ")",
                "The bundle's SHA-256: " + content.bundle().sha256(),
                "Signed by " + principal + " with key " + content.analyst().keyFingerprint(),
                "",
                "These notes are not part of the bundle; they are about it. To check them:",
                "",
                "     unzip -d addendum " + fileName + " && cd addendum",
                "     sha256sum -c " + BundleLayout.SUMS,
                "     ssh-keygen -Y verify -f " + BundleLayout.ALLOWED_SIGNERS + " -I " + quoted + " -n " + NAMESPACE
                        + " -s " + BundleLayout.SIGNATURE + " < " + BundleLayout.SUMS,
                "",
                "A good signature proves the notes were signed by the key in " + BundleLayout.ALLOWED_SIGNERS + ", not who",
                "holds it: compare the fingerprint with one you know, or use your own allowed_signers with -f.",
                "Then check that sha256sum of the bundle you hold gives the SHA-256 above.",
                "");
    }
}
