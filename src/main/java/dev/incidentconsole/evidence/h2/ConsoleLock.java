package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.EvidenceStoreException;
import dev.incidentconsole.evidence.StoreInUseException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS lock on a file beside the database, held while the store is open. H2 locks its file too, but only
 * against other processes: a second store in this JVM would silently share the database and break the
 * single-writer rule. The OS drops the lock when the process dies, so a kill -9 leaves nothing to clean up.
 */
final class ConsoleLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private ConsoleLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static ConsoleLock acquire(Path lockFile, Path databaseFile) {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new EvidenceStoreException("Cannot open the evidence store " + databaseFile + ": cannot create "
                    + lockFile + " (" + e.getMessage() + ")", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new ConsoleLock(channel, lock);
            }
        } catch (OverlappingFileLockException | IOException e) {
            // Overlapping: this JVM holds it already; IOException: treated as held, since we cannot tell.
        }
        closeQuietly(channel);
        throw new StoreInUseException("The evidence store " + databaseFile
                + " is already in use by another console. Close the other console (or its store) and try again.");
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // The channel's close below releases it as well.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was written to it; closing can only fail harmlessly.
        }
    }
}
