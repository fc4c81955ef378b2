package dev.incidentconsole.remote.ssh;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.sftp.FileAttributes;
import net.schmizz.sshj.sftp.OpenMode;
import net.schmizz.sshj.sftp.RemoteFile;
import net.schmizz.sshj.sftp.SFTPClient;

/**
 * Does every SFTP round trip of one collection on a thread of its own and hands what it learns, in order, to the
 * collecting thread through a small bounded queue. A host that stops answering (hung in disk I/O, say) then
 * blocks only this thread: the collecting thread can give up at once, and this one ends when the SFTP request
 * times out or the channel goes. Nothing here touches the sink or the hash.
 */
final class SftpFileReader implements Runnable {

    private static final int CHUNK = 64 * 1024;
    private static final int READS_IN_FLIGHT = 16;
    private static final int QUEUED_CHUNKS = 16;

    /** What the reader hands over; the last one is always {@link End}, {@link Refused} or {@link Failed}. */
    sealed interface Event permits Resolved, Stat, Opened, Chunk, End, Refused, Failed {
    }

    record Resolved(String path) implements Event {
    }

    record Stat(FileAttributes attributes) implements Event {
    }

    /** The file is open: from here on there are bytes to hash, even if none arrive. */
    record Opened() implements Event {
    }

    record Chunk(byte[] data, int length) implements Event {
    }

    /** Read to the end ({@code whole}, with the attributes stat'ed after), or stopped at the size limit. */
    record End(boolean whole, FileAttributes after) implements Event {
    }

    /** Not a regular file; {@code why} says what it is. */
    record Refused(String why) implements Event {
    }

    /** {@code stage} is null once SFTP had started. */
    record Failed(IOException error, String stage) implements Event {
    }

    private final SSHClient client;
    private final String remotePath;
    private final long maxBytes;
    private final Runnable onExit;
    private final BlockingQueue<Event> events = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
    private volatile boolean stopped;
    private volatile boolean exited;

    /** {@code onExit} runs on this thread once the SFTP channel is closed, however the reading ended. */
    SftpFileReader(SSHClient client, String remotePath, long maxBytes, Runnable onExit) {
        this.client = client;
        this.remotePath = remotePath;
        this.maxBytes = maxBytes;
        this.onExit = onExit;
    }

    /** The next event, or null if none came within the wait. */
    Event next(long timeout, TimeUnit unit) throws InterruptedException {
        return events.poll(timeout, unit);
    }

    /** True once {@link #run} has returned; every event it posted is in the queue by then. */
    boolean exited() {
        return exited;
    }

    /** Nobody is listening any more: stop reading and leave without waiting on the server. */
    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        SFTPClient sftp = null;
        try {
            try {
                sftp = client.newSFTPClient();
            } catch (IOException e) {
                post(new Failed(e, "could not start SFTP"));
                return;
            }
            read(sftp);
        } catch (Stopped e) {
            // the collecting thread has gone; closing the channel releases the remote handle
        } catch (IOException e) {
            offerQuietly(new Failed(e, null));
        } catch (RuntimeException e) {
            offerQuietly(new Failed(new IOException(e.toString(), e), null));
            throw e;
        } finally {
            closeQuietly(sftp);
            onExit.run();
            exited = true;
        }
    }

    private void read(SFTPClient sftp) throws IOException {
        String resolved = SftpRealPath.of(sftp, remotePath);
        post(new Resolved(resolved));
        FileAttributes before = sftp.stat(resolved);
        post(new Stat(before));
        String refusal = refusal(before);
        if (refusal != null) {
            post(new Refused(refusal));
            return;
        }
        RemoteFile file = sftp.open(resolved, EnumSet.of(OpenMode.READ));
        refusal = refusal(file.fetchAttributes());
        if (refusal != null) {
            closeQuietly(file);
            post(new Refused("replaced after it was checked: " + refusal));
            return;
        }
        post(new Opened());
        boolean whole = stream(file);
        post(new End(whole, whole ? file.fetchAttributes() : null));
        closeQuietly(file); // when stopped or failed, the handle goes with the channel instead
    }

    /** True when the end of the file was reached, false when the size limit came first. */
    private boolean stream(RemoteFile file) throws IOException {
        InputStream in = file.new ReadAheadRemoteFileInputStream(READS_IN_FLIGHT);
        long total = 0;
        while (true) {
            byte[] chunk = new byte[CHUNK];
            int n = in.read(chunk, 0, chunk.length);
            if (n == -1) {
                return true;
            }
            int keep = (int) Math.min(n, maxBytes - total);
            if (keep > 0) {
                post(new Chunk(chunk, keep));
                total += keep;
            }
            if (keep < n) {
                return false;
            }
        }
    }

    /** Why this is not a file to read, or null when it is a regular file. */
    static String refusal(FileAttributes attributes) {
        if (!attributes.has(FileAttributes.Flag.MODE)) {
            return "is not a regular file: the server did not say what kind of file it is";
        }
        String kind;
        switch (attributes.getType()) {
            case REGULAR: return null;
            case DIRECTORY: kind = "a directory"; break;
            case CHAR_SPECIAL: kind = "a character device"; break;
            case BLOCK_SPECIAL: kind = "a block device"; break;
            case FIFO_SPECIAL: kind = "a FIFO (named pipe)"; break;
            case SOCKET_SPECIAL: kind = "a socket"; break;
            case SYMLINK: kind = "a symbolic link"; break;
            default: kind = "of an unknown type";
        }
        return "is not a regular file: it is " + kind;
    }

    private void post(Event event) throws Stopped {
        try {
            while (!stopped) {
                if (events.offer(event, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new Stopped();
    }

    private void offerQuietly(Event event) {
        try {
            post(event);
        } catch (Stopped e) {
            // nobody is listening
        }
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) return;
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            // the channel may be gone already; there is nothing left to release
        }
    }

    /** The collecting thread stopped listening. */
    private static final class Stopped extends IOException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped");
        }
    }
}
