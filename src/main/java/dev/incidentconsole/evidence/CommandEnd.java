package dev.incidentconsole.evidence;

import java.time.Instant;

/**
 * How a command ended. {@code status} is the transport's word for it (SUCCEEDED, FAILED, TIMED_OUT, ...);
 * {@code exitCode} and {@code exitSignal} are null when unknown; {@code clockOffsetMillis} is the remote clock
 * minus ours, null when it could not be measured. {@code detail} becomes the sealed entry's {@code text}.
 */
public record CommandEnd(Instant endedAt, long durationNanos, Integer exitCode, String exitSignal, String status,
                         Completeness completeness, String hostKeyFingerprint, Long clockOffsetMillis, String detail) {
}
