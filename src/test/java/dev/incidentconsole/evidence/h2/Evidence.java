package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.CommandEnd;
import dev.incidentconsole.evidence.CommandStart;
import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryDraft;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.NewIncident;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Test values for the evidence store: an incident, commands on hosts, their ends. */
final class Evidence {

    static final Instant T0 = Instant.parse("2026-11-21T03:01:00.123456789Z");

    private Evidence() {
    }

    static NewIncident incident(String title) {
        return new NewIncident(title, "SEV2", false, "Ada Responder", "ada@example.org", List.of("server-down"),
                List.of("web1", "web2"), Map.of("SERVICE", "mcp-gateway"), T0);
    }

    static CommandStart command(String incidentId, String host, String command) {
        return command(incidentId, host, "check-service", command, T0.plusSeconds(10));
    }

    static CommandStart command(String incidentId, String host, String step, String command, Instant at) {
        return new CommandStart(incidentId, EntryKind.COMMAND, "server-down", "ab".repeat(32), step, host,
                host + ".example.org", "ops", command, Map.of("SERVICE", "mcp-gateway"), "Ada Responder", at);
    }

    static CommandEnd exited(int code) {
        return new CommandEnd(T0.plusSeconds(12), 2_000_000_123L, code, null, code == 0 ? "SUCCEEDED" : "FAILED",
                Completeness.COMPLETE, "SHA256:abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", 15L, null);
    }

    static EntryDraft note(String incidentId, String text) {
        return new EntryDraft(incidentId, EntryKind.NOTE, "server-down", "check-service", null, text, "Ada Responder",
                T0.plusSeconds(30));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
