package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.CommandEnd;
import dev.incidentconsole.evidence.CommandStart;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Seals a capture in one transaction on the writer thread: the last pending bytes, the final digests, the
 * command's end, the next seq and the chain hash. {@code CommandEnd.detail} becomes the entry's text.
 */
final class CaptureSealer {

    private final ChunkWriter chunks;
    private final EntrySealer sealer;
    CaptureSealer(ChunkWriter chunks, EntrySealer sealer) {
        this.chunks = chunks;
        this.sealer = sealer;
    }

    EvidenceEntry seal(Connection connection, LiveCapture capture, CommandEnd end) throws SQLException {
        chunks.writePending(connection, capture);
        StreamProgress out = capture.progress(OutputStreamKind.STDOUT);
        StreamProgress err = capture.progress(OutputStreamKind.STDERR);
        CommandStart start = capture.start();
        EvidenceEntry ended = new EvidenceEntry(start.incidentId(), 0, start.kind(), start.runbookId(),
                start.runbookSha256(), start.stepId(), start.hostAlias(), start.hostAddress(), end.hostKeyFingerprint(),
                start.remoteUser(), start.command(), start.parameters(), start.operator(), start.startedAt(),
                end.endedAt(), end.durationNanos(), end.clockOffsetMillis(), end.exitCode(), end.exitSignal(),
                end.status(), end.completeness(), out.length(), out.finishDigest(), err.length(), err.finishDigest(),
                end.detail(), null, null);
        return sealer.sealOpen(connection, capture.entryId(), ended);
    }
}
