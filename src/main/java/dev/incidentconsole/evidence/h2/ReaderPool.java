package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.EvidenceStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A fixed set of read connections, all opened while the store opens: an encrypted store forgets its passphrase
 * after that, so it could not open more later. A reader borrows one for a single piece of work and gives it back.
 */
final class ReaderPool implements AutoCloseable {

    /** H2's SNAPSHOT level: every table as of the transaction's start (REPEATABLE READ snapshots each table at first use). */
    private static final int SNAPSHOT = 6;

    private final BlockingQueue<Connection> idle;
    private final List<Connection> all;
    private final String describedFile;
    private volatile boolean closed;

    ReaderPool(List<Connection> connections, String describedFile) {
        this.all = List.copyOf(connections);
        this.idle = new ArrayBlockingQueue<>(connections.size(), false, connections);
        this.describedFile = describedFile;
    }

    static ReaderPool open(StoreFile file, int size) {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                Connection connection = file.connect();
                connection.setReadOnly(true);
                connections.add(connection);
            }
        } catch (RuntimeException | SQLException e) {
            connections.forEach(ReaderPool::closeQuietly);
            throw e instanceof RuntimeException ? (RuntimeException) e
                    : new EvidenceStoreException("Cannot read the evidence store " + file.databaseFile(), e);
        }
        return new ReaderPool(connections, file.databaseFile().toString());
    }

    /** Runs {@code work} in autocommit mode (each statement sees the latest commits). */
    <T> T read(SqlWork<T> work) {
        Connection connection = borrow();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new EvidenceStoreException("Cannot read the evidence store " + describedFile + ": " + e.getMessage(), e);
        } finally {
            idle.add(connection);
        }
    }

    /** Runs {@code work} in one read-only transaction that sees a single snapshot, for checks across many queries. */
    <T> T readSnapshot(SqlWork<T> work) {
        return read(connection -> {
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(SNAPSHOT);
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(true);
            }
        });
    }

    private Connection borrow() {
        if (closed) {
            throw new EvidenceStoreException("The evidence store " + describedFile + " is closed.");
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvidenceStoreException("Interrupted while waiting to read the evidence store", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        all.forEach(ReaderPool::closeQuietly);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing a read connection loses nothing.
        }
    }
}
