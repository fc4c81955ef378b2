package dev.incidentconsole.bundle.verify;

import dev.incidentconsole.bundle.BundleLayout;
import dev.incidentconsole.bundle.archive.BundleArchive;
import dev.incidentconsole.bundle.archive.Sha256Sums;
import dev.incidentconsole.evidence.EntryHashing;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads every file of the bundle once, streaming, for its length and SHA-256, and compares them with SHA256SUMS:
 * every listed file present and matching, no file unlisted. Later checks use these digests instead of reading
 * large files again. This is where nearly all of a verification's time goes, so it is what progress counts.
 */
final class ContentDigests {

    private static final int SLICE = 256 * 1024;

    record Digest(long length, String sha256) {
    }

    private final Map<String, Digest> digests = new LinkedHashMap<>();

    Optional<Digest> of(String name) {
        return Optional.ofNullable(digests.get(name));
    }

    static ContentDigests read(BundleArchive archive, Sha256Sums sums, Findings findings, VerifyPacer pacer)
            throws IOException {
        List<String> names = archive.fileNames().stream().filter(ContentDigests::covered).toList();
        long total = 0;
        for (String name : names) {
            total += archive.size(name);
        }
        pacer.begin(total, names.isEmpty() ? null : names.get(0));
        ContentDigests result = new ContentDigests();
        byte[] buffer = new byte[SLICE];
        for (String name : names) {
            pacer.startFile(name, archive.size(name));
            MessageDigest sha256 = EntryHashing.sha256();
            long length = 0;
            try (InputStream in = archive.open(name)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    sha256.update(buffer, 0, n);
                    length += n;
                    pacer.hashed(n);
                }
            } catch (VerificationCancelledException e) {
                throw e;
            } catch (IOException e) {
                pacer.stopIfCancelled(e);
                findings.problem(name, null, "cannot be read: " + e.getMessage());
                continue;
            } finally {
                pacer.endFile();
            }
            result.digests.put(name, new Digest(length, HexFormat.of().formatHex(sha256.digest())));
        }
        pacer.finish();
        if (sums != null) {
            result.compare(archive, sums, findings);
        }
        return result;
    }

    /** Every file but SHA256SUMS and its signature, which cannot list themselves. */
    private static boolean covered(String name) {
        return !name.equals(BundleLayout.SUMS) && !name.equals(BundleLayout.SIGNATURE);
    }

    private void compare(BundleArchive archive, Sha256Sums sums, Findings findings) {
        for (var listed : sums.digests()) {
            String name = listed.path();
            if (!covered(name)) {
                findings.problem(BundleLayout.SUMS, null, "lists " + name + ", which it cannot cover");
            } else if (!archive.contains(name)) {
                findings.problem(name, null, "is listed in " + BundleLayout.SUMS + " but missing from the bundle");
            } else if (digests.containsKey(name) && !digests.get(name).sha256().equals(listed.sha256())) {
                findings.problem(name, null, "does not match its " + BundleLayout.SUMS + " line: the file was changed"
                        + " after the bundle was signed");
            }
        }
        for (String name : archive.fileNames()) {
            if (covered(name) && sums.sha256Of(name).isEmpty()) {
                findings.problem(name, null, "is not listed in " + BundleLayout.SUMS + ": it was added after the bundle"
                        + " was signed, and nothing vouches for it");
            }
        }
    }
}
