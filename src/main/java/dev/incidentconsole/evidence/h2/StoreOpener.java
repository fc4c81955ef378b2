package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.EvidenceStoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Opens the pieces of a store in order: the console lock, the writer's connection (which is where a wrong
 * passphrase or another process's lock shows), the schema migrations, the read connections; then the passphrase
 * is forgotten. Whatever fails releases what was opened before it.
 */
final class StoreOpener {

    /** What an open store runs on. */
    record Opened(StoreFile file, ConsoleLock lock, Connection writerConnection, ReaderPool readers) {
    }

    private StoreOpener() {
    }

    static Opened open(StoreFile file, int readerConnections) {
        ConsoleLock lock = null;
        Connection writerConnection = null;
        try {
            Files.createDirectories(file.databaseFile().getParent());
            lock = ConsoleLock.acquire(file.lockFile(), file.databaseFile());
            writerConnection = file.connect();
            migrate(file);
            ReaderPool readers = ReaderPool.open(file, readerConnections);
            return new Opened(file, lock, writerConnection, readers);
        } catch (IOException e) {
            throw new EvidenceStoreException("Cannot create the folder of the evidence store " + file.databaseFile()
                    + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(writerConnection);
            if (lock != null) {
                lock.close();
            }
            throw e;
        } finally {
            file.forgetPassphrase();
        }
    }

    private static void migrate(StoreFile file) {
        try {
            Flyway.configure(StoreOpener.class.getClassLoader())
                    .dataSource(new MigrationDataSource(file))
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new EvidenceStoreException("Cannot prepare the evidence store " + file.databaseFile()
                    + " (schema migration failed): " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Opening failed already; that failure is the one to report.
        }
    }
}
