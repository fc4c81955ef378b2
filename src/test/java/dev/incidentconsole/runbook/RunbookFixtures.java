package dev.incidentconsole.runbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test helpers: parse Markdown text or a fixture from the class path. */
final class RunbookFixtures {

    private RunbookFixtures() {
    }

    static ParseResult parse(String markdown) {
        return new MarkdownRunbookParser().parse("test.md", markdown.getBytes(StandardCharsets.UTF_8), false);
    }

    static Runbook single(String markdown) {
        ParseResult result = parse(markdown);
        if (result.runbooks().size() != 1) {
            throw new AssertionError("expected one runbook, got " + result.runbooks().size() + ": " + result.findings());
        }
        return result.runbooks().get(0);
    }

    static byte[] resource(String name) {
        try (InputStream in = RunbookFixtures.class.getResourceAsStream("/" + name)) {
            if (in == null) throw new AssertionError("missing test resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String valid() {
        return String.join("\n",
                "---",
                "id: server-down",
                "title: MCP server down",
                "summary: The server stopped answering.",
                "alert:",
                "  name: MCPServerDown",
                "  query: mcp_server_up == 0",
                "severity: critical",
                "response_time: 5m",
                "tags: [systemd, availability]",
                "owner: Platform on-call",
                "version: 1.0.0",
                "last_reviewed: 2026-11-01",
                "review_interval: 90d",
                "parameters:",
                "  - name: SERVICE",
                "    type: identifier",
                "    required: true",
                "    description: systemd unit",
                "  - name: PORT",
                "    type: port",
                "    default: 8080",
                "---",
                "",
                "# MCP server down",
                "",
                "The health endpoint stopped answering.",
                "",
                "## Symptoms",
                "",
                "- `mcp_server_up` is 0",
                "",
                "## Confirm (0-5 minutes)",
                "",
                "1. **Check the unit state**",
                "   Shows whether systemd still runs it.",
                "   ```bash {timeout=20s}",
                "   systemctl status \"${SERVICE}\" --no-pager",
                "   ```",
                "",
                "2. **Page the service owner**",
                "   Call them.",
                "",
                "## Recover (5-15 minutes)",
                "",
                "3. **Restart the service**",
                "   ```bash {kind=change timeout=60s}",
                "   sudo -n systemctl restart \"${SERVICE}\"",
                "   ```",
                "",
                "4. **Verify it answers again**",
                "   ```bash {timeout=30s expect_exit=0,22 expect=\"ok\"}",
                "   curl -fsS --max-time 5 \"http://127.0.0.1:${PORT}/health\"",
                "   ```",
                "",
                "## Escalation Criteria",
                "",
                "- The service fails to restart twice",
                "",
                "## Documentation Requirements",
                "",
                "- Record every command run",
                "");
    }
}
