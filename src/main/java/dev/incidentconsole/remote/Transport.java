package dev.incidentconsole.remote;

import java.io.Closeable;

/**
 * Runs commands on hosts. The SSH implementation reaches real hosts; a simulated one stands in for tabletop
 * exercises, so every flow above this interface is the same in a drill and in a live incident.
 */
public interface Transport extends Closeable {

    /**
     * Runs {@code spec} on {@code host}, streaming output into {@code sink} as it arrives, and returns when the
     * command has ended, timed out, been cancelled or lost its connection. Never throws for a host-side
     * failure: the result says what happened.
     */
    ExecResult exec(HostTarget host, CommandSpec spec, OutputSink sink, Cancellation cancellation);

    /**
     * Connects to {@code host}, or reuses the open connection, without running anything: for showing connection
     * state and for connecting once before a command. Never throws for a host-side failure.
     */
    HostConnection connect(HostTarget host);

    /**
     * Reads the regular file at {@code remotePath} on {@code host} (symbolic links followed) into {@code sink}
     * as its bytes arrive, hashing them on the way, without changing the file. Never throws for a host-side
     * failure: the result says what happened, with the bytes counted and hashed so far.
     */
    CollectedFile collect(HostTarget host, String remotePath, FileSink sink, Cancellation cancellation);

    @Override
    void close();
}
