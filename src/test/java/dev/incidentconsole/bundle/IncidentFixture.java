package dev.incidentconsole.bundle;

import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.CommandEnd;
import dev.incidentconsole.evidence.CommandStart;
import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryDraft;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A realistic incident recorded into a real evidence store: commands on two hosts with stdout and stderr, a large
 * output, notes, a change confirmation, a collected file, a runbook whose text was kept and one whose text was
 * not, and secrets of every kind the redacted export must mask.
 */
public final class IncidentFixture {

    public static final String OPERATOR = "Ada Responder";
    public static final String PRINCIPAL = "ada@example.org";
    public static final String WEB1_KEY = "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s";
    public static final String WEB2_KEY = "SHA256:q1Wc9bYz0mK3nQ7rT5uV8xA2dF4gH6jL9pS1vX3zB5c";
    public static final Instant T0 = Instant.parse("2026-11-21T03:01:00.123456789Z");

    /** Every secret planted below; none may appear in any file of a redacted bundle. */
    public static final List<String> SECRETS = List.of(
            "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXBheWxvYWQ.sig-part",
            "sk-proj-Zq81uXv5mK2pL9aR4tW7yB3n",
            "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8",
            "AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "hunter2-db-pass",
            "qtok-77f1e0c2",
            "urlpass-s3cr3t",
            "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7",
            "Basic-dXNlcjpwYXNzd29yZA");

    public static final String RUNBOOK_TEXT = """
            ---
            id: gateway-down
            title: MCP gateway down
            severity: high
            ---

            # MCP gateway down

            ## Confirm (0-5 minutes)

            1. **Check the service**
               ```bash
               systemctl status mcp-gateway
               ```
            """;

    private final EvidenceStore store;
    private IncidentRecord incident;
    private String runbookSha256;

    public IncidentFixture(EvidenceStore store) {
        this.store = store;
    }

    /** Records the whole incident; {@code largeBytes} is the size of the big output (5 MB in most tests). */
    public IncidentRecord record(int largeBytes) {
        incident = store.openIncident(new NewIncident("Gateway down on web1", "high", false, OPERATOR, PRINCIPAL,
                List.of("gateway-down", "never-used"), List.of("web1", "web2"), Map.of("SERVICE", "mcp-gateway"), T0));
        runbookSha256 = store.keepRunbookText("runbooks/gateway-down.md", RUNBOOK_TEXT.getBytes(StandardCharsets.UTF_8));
        command("web1", "check-service", "systemctl status mcp-gateway",
                "active (running)\nAuthorization: Bearer " + SECRETS.get(0) + "\n", "warning: journal rotated\n", 0, WEB1_KEY);
        command("web2", "check-service", "OPENAI_API_KEY=" + SECRETS.get(1) + " ./probe --token " + SECRETS.get(2),
                largeText(largeBytes), "", 1, WEB2_KEY);
        store.record(new EntryDraft(incident.id(), EntryKind.NOTE, "gateway-down", "check-service", null,
                "Found AWS key " + SECRETS.get(3) + " in env; aws_secret_access_key=" + SECRETS.get(4), OPERATOR,
                T0.plusSeconds(40)));
        store.record(new EntryDraft(incident.id(), EntryKind.STATUS, "gateway-down", "restart", null,
                "Change confirmed by " + OPERATOR + " for web1, web2: systemctl restart mcp-gateway", OPERATOR,
                T0.plusSeconds(50)));
        command("web1", "restart", "systemctl restart mcp-gateway", "",
                "psql postgres://app:" + SECRETS.get(7) + "@db:5432/app?password=" + SECRETS.get(5)
                        + "&token=" + SECRETS.get(6) + "\n", 0, WEB1_KEY);
        collect("web1", "/etc/mcp/../mcp/gateway key.pem", "-----BEGIN PRIVATE KEY-----\n" + SECRETS.get(8)
                + "\nAAAA\n-----END PRIVATE KEY-----\ncurl -H 'Authorization: " + SECRETS.get(9) + "'\n");
        CommandStart other = new CommandStart(incident.id(), EntryKind.COMMAND, "lost-runbook", "cd".repeat(32),
                "step", "web2", "web2.example.org", "ops", "uptime", Map.of(), OPERATOR, T0.plusSeconds(70));
        store.startCommand(other).seal(end(0, WEB2_KEY));
        return incident;
    }

    public String runbookSha256() {
        return runbookSha256;
    }

    private void command(String host, String step, String command, String stdout, String stderr, int exit, String key) {
        CommandStart start = new CommandStart(incident.id(), EntryKind.COMMAND, "gateway-down", runbookSha256, step,
                host, host + ".example.org", "ops", command, Map.of("SERVICE", "mcp-gateway"), OPERATOR, T0.plusSeconds(10));
        CommandCapture capture = store.startCommand(start);
        append(capture, OutputStreamKind.STDOUT, stdout);
        append(capture, OutputStreamKind.STDERR, stderr);
        capture.seal(end(exit, key));
    }

    private void collect(String host, String path, String content) {
        CommandStart start = new CommandStart(incident.id(), EntryKind.FILE, "gateway-down", runbookSha256, "collect",
                host, host + ".example.org", "ops", path, Map.of(), OPERATOR, T0.plusSeconds(60));
        CommandCapture capture = store.startCommand(start);
        append(capture, OutputStreamKind.STDOUT, content);
        capture.seal(end(0, WEB1_KEY));
    }

    private static void append(CommandCapture capture, OutputStreamKind stream, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int offset = 0; offset < bytes.length; offset += 100_000) {
            capture.append(stream, bytes, offset, Math.min(100_000, bytes.length - offset));
        }
    }

    private static CommandEnd end(int exit, String hostKey) {
        return new CommandEnd(T0.plusSeconds(20), 2_000_000_123L, exit, null, exit == 0 ? "SUCCEEDED" : "FAILED",
                Completeness.COMPLETE, hostKey, 15L, null);
    }

    /** Log-like lines of pseudo-random words (text compresses like real output); the last line carries a secret. */
    static String largeText(int bytes) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(bytes + 200);
        String[] words = {"GET", "/mcp/tools", "200", "latency_ms=", "upstream", "timeout", "retry", "session", "ok"};
        while (text.length() < bytes) {
            text.append("2026-11-21T03:0").append(random.nextInt(10)).append(' ');
            for (int i = 0; i < 8; i++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(1000)).append(' ');
            }
            text.append('\n');
        }
        return text.append("client_secret=").append(SECRETS.get(5)).append('\n').toString();
    }
}
