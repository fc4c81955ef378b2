package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.remote.CollectedFile;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.FileProblem;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import net.schmizz.sshj.sftp.FileAttributes;

/** What one collection has learnt so far; becomes a {@link CollectedFile} when it ends, however it ends. */
final class FileCollection {

    private final String alias;
    private final String remotePath;
    private final Instant started = Instant.now();
    private String fingerprint;
    private String resolvedPath;
    private FileAttributes before;
    private MessageDigest digest;
    private long bytes;

    FileCollection(String alias, String remotePath) {
        this.alias = alias;
        this.remotePath = remotePath;
    }

    void connectedTo(SshConnection connection) {
        fingerprint = connection.hostKeyFingerprint();
    }

    void resolvedTo(String path) {
        resolvedPath = path;
    }

    String resolvedPath() {
        return resolvedPath;
    }

    void statBefore(FileAttributes attributes) {
        before = attributes;
    }

    FileAttributes before() {
        return before;
    }

    /** From here on the bytes are counted and hashed, even if none arrive. */
    void opened() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    void received(byte[] data, int offset, int length) {
        digest.update(data, offset, length);
        bytes += length;
    }

    long bytes() {
        return bytes;
    }

    /** {@code alias:path}, with the resolved path when it differs, to start every detail line. */
    String where() {
        String where = alias + ":" + remotePath;
        return resolvedPath == null || resolvedPath.equals(remotePath) ? where : where + " (" + resolvedPath + ")";
    }

    CollectedFile finish(ExecStatus status, FileProblem problem, String detail) {
        FileAttributes a = before;
        boolean hasMode = a != null && a.has(FileAttributes.Flag.MODE);
        boolean hasOwner = a != null && a.has(FileAttributes.Flag.UIDGID);
        return new CollectedFile(alias, remotePath, resolvedPath,
                a != null && a.has(FileAttributes.Flag.SIZE) ? a.getSize() : null,
                hasMode ? String.format("%04o", a.getMode().getPermissionsMask()) : null,
                hasOwner ? a.getUID() : null, hasOwner ? a.getGID() : null,
                a != null && a.has(FileAttributes.Flag.ACMODTIME) ? Instant.ofEpochSecond(a.getMtime()) : null,
                digest == null ? null : HexFormat.of().formatHex(digest.digest()), bytes, status, problem, fingerprint,
                started, Instant.now(), where() + ": " + detail);
    }
}
