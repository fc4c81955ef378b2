package dev.incidentconsole.remote;

import java.time.Instant;

/**
 * What collecting one file from one host gave. The bytes went to the sink; only their count and SHA-256 are
 * here.
 *
 * <p>{@code status} says how the transfer ended: {@link ExecStatus#SUCCEEDED} when the file was read to its
 * end, {@link ExecStatus#FAILED} when the file itself stopped it (see {@code problem}), otherwise what happened
 * to the connection ({@code CANCELLED}, {@code CONNECTION_LOST}, {@code TIMED_OUT}, {@code UNREACHABLE},
 * {@code HOST_KEY_*}, {@code AUTHENTICATION_FAILED}). {@code problem} is null when nothing was wrong with the
 * file; {@link FileProblem#CHANGED_WHILE_READING} comes with {@code SUCCEEDED}: every byte up to the end was
 * read, kept and hashed, but the file's size or mtime moved while it was read.
 *
 * <p>{@code resolvedPath} is the server's canonical path (symbolic links followed) and is what was read. The
 * attributes ({@code size}, {@code mode} as four octal digits, {@code uid}, {@code gid}, {@code mtime}, whole
 * seconds as SFTP gives them) are those stat'ed before reading; each is null when unknown. {@code sha256}
 * (lower-case hex) covers the {@code bytesReceived} bytes given to the sink, also for a partial transfer; it is
 * null when nothing was opened. {@code detail} is one line for a responder, starting with
 * {@code alias:path}.
 */
public record CollectedFile(String hostAlias, String remotePath, String resolvedPath, Long size, String mode,
                            Integer uid, Integer gid, Instant mtime, String sha256, long bytesReceived,
                            ExecStatus status, FileProblem problem, String hostKeyFingerprint, Instant started,
                            Instant ended, String detail) {

    /** Collected whole and unchanged while read: the only outcome that is a faithful copy. */
    public boolean complete() {
        return status == ExecStatus.SUCCEEDED && problem == null;
    }
}
