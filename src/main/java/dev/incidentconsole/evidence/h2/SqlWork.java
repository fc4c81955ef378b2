package dev.incidentconsole.evidence.h2;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with one connection; the caller owns the transaction around it. */
@FunctionalInterface
interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
