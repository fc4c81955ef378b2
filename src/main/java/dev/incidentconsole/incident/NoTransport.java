package dev.incidentconsole.incident;

import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CollectedFile;
import dev.incidentconsole.remote.CommandSpec;
import dev.incidentconsole.remote.ExecResult;
import dev.incidentconsole.remote.FileSink;
import dev.incidentconsole.remote.HostConnection;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.OutputSink;
import dev.incidentconsole.remote.Transport;

/** The transport of a session that only records notes, checks and skips: reaching a host is refused. */
final class NoTransport implements Transport {

    @Override
    public ExecResult exec(HostTarget host, CommandSpec spec, OutputSink sink, Cancellation cancellation) {
        throw refused();
    }

    @Override
    public HostConnection connect(HostTarget host) {
        throw refused();
    }

    @Override
    public CollectedFile collect(HostTarget host, String remotePath, FileSink sink, Cancellation cancellation) {
        throw refused();
    }

    private static IllegalStateException refused() {
        return new IllegalStateException("this session only records; it does not reach hosts");
    }

    @Override
    public void close() {
    }
}
