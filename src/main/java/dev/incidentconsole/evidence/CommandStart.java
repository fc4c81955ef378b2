package dev.incidentconsole.evidence;

import java.time.Instant;
import java.util.Map;

/**
 * What is known when a command starts on a host. {@code command} is the exact text sent; {@code parameters}
 * the values it was given (already validated). {@code kind} is COMMAND or FILE.
 */
public record CommandStart(String incidentId, EntryKind kind, String runbookId, String runbookSha256, String stepId,
                           String hostAlias, String hostAddress, String remoteUser, String command,
                           Map<String, String> parameters, String operator, Instant startedAt) {

    public CommandStart {
        parameters = Map.copyOf(parameters);
    }
}
