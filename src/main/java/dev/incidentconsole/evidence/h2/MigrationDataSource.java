package dev.incidentconsole.evidence.h2;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Hands Flyway connections to the store file while it opens, without giving Flyway the passphrase as a String. */
final class MigrationDataSource implements DataSource {

    private final StoreFile file;

    MigrationDataSource(StoreFile file) {
        this.file = file;
    }

    @Override
    public Connection getConnection() {
        return file.connect();
    }

    @Override
    public Connection getConnection(String username, String password) {
        return file.connect();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Flyway logs through SLF4J; there is nothing to write here.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // An embedded file opens at once; there is no login to time out.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging here");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws java.sql.SQLException {
        throw new java.sql.SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
