package dev.incidentconsole.bundle.verify;

/**
 * Hears how far a verification is. Called on the verifying thread: once at the start, then after about every
 * mebibyte hashed (never per buffer), and once when every file has been hashed, with {@code bytesChecked} never
 * going down and ending equal to {@code bytesTotal}. {@code bytesTotal} stays the same throughout one verification:
 * the declared sizes of every file that SHA256SUMS covers, as the zip's central directory gives them. After the
 * last call the verifier still recomputes the hash chain from timeline.jsonl, which takes a fraction of the time.
 *
 * <p>A listener must be quick (hand the numbers on, do not draw); it runs between two buffers of hashing.
 */
@FunctionalInterface
public interface VerifyProgress {

    VerifyProgress NONE = (checked, total, file) -> { };

    /** {@code currentFile} is the bundle path of the file being hashed, e.g. {@code evidence/12-stdout.bin}. */
    void progress(long bytesChecked, long bytesTotal, String currentFile);
}
