package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CollectedFile;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.FileProblem;
import dev.incidentconsole.remote.FileSink;
import dev.incidentconsole.remote.HostTarget;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.schmizz.sshj.sftp.FileAttributes;
import net.schmizz.sshj.sftp.Response;
import net.schmizz.sshj.sftp.SFTPException;

/**
 * Collects one file over SFTP as evidence. The path is resolved to its real path and stat'ed first, and anything
 * but a regular file is refused before it is opened (opening a FIFO blocks the server; a device never ends).
 * The file is opened read-only and streamed with read-ahead; the bytes go to the hash and the sink together on
 * the calling thread as they arrive; nothing is held whole and nothing is written. A stat after reading says
 * whether the file changed meanwhile.
 *
 * <p>The SFTP round trips run on a {@link SftpFileReader} thread, so cancelling returns within a fraction of a
 * second even from a host that has stopped answering. The SFTP channel counts as a session of the host's pooled
 * connection until it is closed.
 */
final class SftpCollector {

    /** 2 GiB. */
    static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024 * 1024;
    private static final long POLL_MILLIS = 50;

    /** Where connections come from: the transport's pool. */
    @FunctionalInterface
    interface Connections {
        /** Throws a ConnectFailure with CANCELLED when {@code cancellation} fires while the connection is being made. */
        SshConnection connection(HostTarget host, Cancellation cancellation) throws ConnectFailure;
    }

    private final Connections connections;
    private final Executor readers;
    private final long maxBytes;

    SftpCollector(Connections connections, Executor readers) {
        this(connections, readers, DEFAULT_MAX_BYTES);
    }

    SftpCollector(Connections connections, Executor readers, long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maximum size must not be negative: " + maxBytes);
        }
        this.connections = connections;
        this.readers = readers;
        this.maxBytes = maxBytes;
    }

    CollectedFile collect(HostTarget host, String remotePath, FileSink sink, Cancellation cancellation) {
        FileCollection collection = new FileCollection(host.alias(), remotePath);
        if (cancellation.isCancelled()) {
            return collection.finish(ExecStatus.CANCELLED, null, "cancelled before it started");
        }
        SshConnection connection;
        try {
            connection = connections.connection(host, cancellation);
        } catch (ConnectFailure failure) {
            return collection.finish(failure.status(), null, "not collected: " + failure.getMessage());
        }
        collection.connectedTo(connection);
        try {
            while (!connection.sessions().tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (cancellation.isCancelled()) {
                    return collection.finish(ExecStatus.CANCELLED, null, "cancelled while waiting for a free session");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return collection.finish(ExecStatus.CANCELLED, null, "interrupted while waiting for a free session");
        }
        SftpFileReader reader = new SftpFileReader(connection.client(), remotePath, maxBytes, connection.sessions()::release);
        try {
            readers.execute(reader);
        } catch (RejectedExecutionException e) {
            connection.sessions().release();
            return collection.finish(ExecStatus.CONNECTION_LOST, null, "not collected: the transport is closed");
        }
        try {
            return follow(reader, connection, sink, cancellation, collection);
        } finally {
            reader.stop();
        }
    }

    private CollectedFile follow(SftpFileReader reader, SshConnection connection, FileSink sink, Cancellation cancellation,
                                 FileCollection collection) {
        try {
            while (true) {
                if (cancellation.isCancelled()) {
                    return cancelled(collection);
                }
                SftpFileReader.Event event = reader.next(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (event == null && reader.exited() && (event = reader.next(0, TimeUnit.MILLISECONDS)) == null) {
                    return collection.finish(ExecStatus.CONNECTION_LOST, null, "the SFTP reader ended without a result");
                }
                if (event instanceof SftpFileReader.Chunk) {
                    SftpFileReader.Chunk chunk = (SftpFileReader.Chunk) event;
                    collection.received(chunk.data(), 0, chunk.length());
                    sink.chunk(chunk.data(), 0, chunk.length());
                } else if (event instanceof SftpFileReader.Resolved) {
                    collection.resolvedTo(((SftpFileReader.Resolved) event).path());
                } else if (event instanceof SftpFileReader.Stat) {
                    collection.statBefore(((SftpFileReader.Stat) event).attributes());
                } else if (event instanceof SftpFileReader.Opened) {
                    collection.opened();
                } else if (event instanceof SftpFileReader.Refused) {
                    return collection.finish(ExecStatus.FAILED, FileProblem.NOT_A_REGULAR_FILE,
                            ((SftpFileReader.Refused) event).why());
                } else if (event instanceof SftpFileReader.End) {
                    SftpFileReader.End end = (SftpFileReader.End) event;
                    return end.whole() ? finished(collection, end.after()) : tooLarge(collection);
                } else if (event instanceof SftpFileReader.Failed) {
                    SftpFileReader.Failed failed = (SftpFileReader.Failed) event;
                    return failed(failed.error(), failed.stage(), connection, collection);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return cancelled(collection);
        }
    }

    private CollectedFile tooLarge(FileCollection collection) {
        FileAttributes before = collection.before();
        String size = before.has(FileAttributes.Flag.SIZE) ? " (the file is " + before.getSize() + " bytes)" : "";
        return collection.finish(ExecStatus.FAILED, FileProblem.TOO_LARGE, FileProblem.TOO_LARGE.words()
                + ": stopped at the limit of " + maxBytes + " bytes" + size + "; the bytes read are kept");
    }

    private static CollectedFile finished(FileCollection collection, FileAttributes after) {
        FileAttributes before = collection.before();
        if (before.getSize() != after.getSize() || before.getMtime() != after.getMtime()) {
            return collection.finish(ExecStatus.SUCCEEDED, FileProblem.CHANGED_WHILE_READING, FileProblem.CHANGED_WHILE_READING.words()
                    + ": size " + before.getSize() + " -> " + after.getSize() + " bytes, mtime "
                    + Instant.ofEpochSecond(before.getMtime()) + " -> " + Instant.ofEpochSecond(after.getMtime())
                    + "; the " + collection.bytes() + " bytes read are kept");
        }
        String note = collection.bytes() == before.getSize() ? ""
                : " (the server gave its size as " + before.getSize() + ", as pseudo-files such as /proc ones do)";
        return collection.finish(ExecStatus.SUCCEEDED, null, "collected " + collection.bytes() + " bytes" + note);
    }

    private static CollectedFile failed(IOException e, String stage, SshConnection connection, FileCollection collection) {
        Response.StatusCode code = e instanceof SFTPException ? ((SFTPException) e).getStatusCode() : null;
        if (code == Response.StatusCode.NO_SUCH_FILE || code == Response.StatusCode.NO_SUCH_PATH) {
            return collection.finish(ExecStatus.FAILED, FileProblem.NOT_FOUND, FileProblem.NOT_FOUND.words());
        }
        if (code == Response.StatusCode.PERMISSION_DENIED) {
            return collection.finish(ExecStatus.FAILED, FileProblem.PERMISSION_DENIED, FileProblem.PERMISSION_DENIED.words());
        }
        if (code == Response.StatusCode.LINK_LOOP) {
            return collection.finish(ExecStatus.FAILED, FileProblem.READ_ERROR, FileProblem.READ_ERROR.words() + ": " + reason(e));
        }
        String when = stage != null ? stage : collection.bytes() > 0 ? "after " + collection.bytes() + " bytes" : null;
        String context = when == null ? ": " : " " + when + ": ";
        boolean alive = connection.isAlive();
        if (alive && (stage != null || code != null && code != Response.StatusCode.UNKNOWN)) {
            String said = code == null || code == Response.StatusCode.UNKNOWN ? reason(e) : "the server said " + code + " (" + reason(e) + ")";
            return collection.finish(ExecStatus.FAILED, FileProblem.READ_ERROR, FileProblem.READ_ERROR.words() + context + said);
        }
        if (alive && causedBy(e, TimeoutException.class)) {
            return collection.finish(ExecStatus.TIMED_OUT, null, "the SFTP server stopped answering" + context + reason(e));
        }
        return collection.finish(ExecStatus.CONNECTION_LOST, null, "connection lost" + context + reason(e));
    }

    private static CollectedFile cancelled(FileCollection collection) {
        return collection.finish(ExecStatus.CANCELLED, null, "cancelled after " + collection.bytes() + " bytes");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
