package dev.incidentconsole.report;

import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.runbook.MarkdownRunbookParser;
import dev.incidentconsole.runbook.ParseResult;
import dev.incidentconsole.runbook.Runbook;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A realistic incident on two hosts, with every kind of entry and every way a command can end, plus the hostile
 * text that evidence may carry. Entries are chained the way the store chains them (seq from 1, each naming the
 * previous hash), with stand-in hashes.
 */
final class SampleIncident {

    static final String ID = "INC-2026-0042";
    static final Instant OPENED = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant CLOSED = Instant.parse("2026-03-01T10:12:30Z");
    static final Instant GENERATED = Instant.parse("2026-03-01T10:15:00Z");
    static final String WEB_KEY = "SHA256:q1Wc9bYz0mK3nQ7rT5uV8xA2dF4gH6jL9pS1vX3zB5c";
    static final String DB_KEY = "SHA256:Zx8Cv6Bn4Mm2Ll0Kk9Jj7Hh5Gg3Ff1Dd8Ss6Aa4Qq2w";

    static final String SCRIPT = "<script>alert(1)</script>";
    /** A command that tries everything: markup, quotes, ampersands, a pipe, backtick runs, CDATA end, unicode. */
    static final String HOSTILE_COMMAND = "echo '" + SCRIPT + "' \"&amp;\" | grep -c '```' && echo \"]]>\" # ````` "
            + "Zürich \u2713 \u6771\u4EAC \uD83D\uDE92";
    static final String HOSTILE_NOTE = "Saw " + SCRIPT + " in the tool list | col | col\n"
            + "# not a heading\n- not a list\n1. not a list either\n``` not a fence\n[link](javascript:alert(1)) "
            + "<img src=x onerror=alert(1)> &lt; ]]> \u202Eevil\u202C caf\u00E9";

    static final String RUNBOOK_TEXT = """
            ---
            id: disk-pressure
            title: Disk pressure on an MCP host
            severity: high
            version: 2.1.0
            ---

            # Disk pressure on an MCP host

            ## Detect (0-15 minutes)

            1. **Check disk space**
               ```bash {kind=diagnostic}
               df -h /var
               ```

            2. **List big files**
               ```bash {kind=diagnostic}
               sudo -n du -xh /var | sort -h | tail -n 20
               ```

            ## Contain (15-45 minutes)

            1. **Rotate logs**
               ```bash {kind=change}
               sudo -n logrotate -f /etc/logrotate.conf
               ```

            2. **Restart the service**
               ```bash {kind=change}
               sudo -n systemctl restart mcp-server.service
               ```

            3. **Tell the service owner**
               Post in the owner's channel what was freed and why.

            4. **Collect the syslog**
               ```bash {kind=diagnostic}
               sudo -n tail -n 1000 /var/log/syslog
               ```

            5. **Write the post-incident summary**
               Nobody has done this one yet.
            """;

    private SampleIncident() {
    }

    static Runbook runbook() {
        ParseResult parsed = new MarkdownRunbookParser().parse("disk-pressure.md",
                RUNBOOK_TEXT.getBytes(StandardCharsets.UTF_8), false);
        if (parsed.runbooks().size() != 1) {
            throw new IllegalStateException("sample runbook did not parse: " + parsed.findings());
        }
        return parsed.runbooks().get(0);
    }

    static IncidentRecord incident(boolean exercise) {
        return new IncidentRecord(ID, "Disk full on MCP hosts", "high", exercise, "Ana Responder", "ana@example.org",
                List.of("disk-pressure"), List.of("web-01", "db-01"),
                Map.of("SERVICE", "mcp-server.service", "SINCE", "2 hours ago"), OPENED, CLOSED);
    }

    static IncidentReport report(boolean exercise, ReportNarrative narrative) {
        return new IncidentReport(incident(exercise), timeline(), List.of(runbook()), narrative, GENERATED);
    }

    static IncidentReport report() {
        return report(true, new ReportNarrative("Tool calls failed for 40 minutes.", "", "Rotated logs.\n\nAdded a quota.", ""));
    }

    /**
     * Eighteen entries as an incident session leaves them: commands that succeed, fail, time out, are cancelled and
     * interrupted (the console died, so no state change followed), each run followed by the session's
     * {@code state ...} STATUS entry, a note, a skip, a check-off, an escalation and a collected file.
     */
    static List<EvidenceEntry> timeline() {
        Chain chain = new Chain();
        chain.draft(EntryKind.STATUS, null, null, "Incident opened", 0);
        chain.command("check-disk-space", "web-01", "df -h /var", 2, "SUCCEEDED", 0, null, Completeness.COMPLETE, 2048, 0, 120L);
        chain.command("check-disk-space", "db-01", "df -h /var", 2, "FAILED", 1, null, Completeness.COMPLETE, 0, 57, -3200L);
        chain.draft(EntryKind.STATUS, "check-disk-space", null, "state PARTIALLY_FAILED: passed on web-01", 3);
        chain.draft(EntryKind.NOTE, "check-disk-space", "db-01", HOSTILE_NOTE, 4);
        chain.command("list-big-files", "web-01", "sudo -n du -xh /var | sort -h | tail -n 20", 5, "TIMED_OUT", null, "TERM",
                Completeness.TIMED_OUT, 90_000, 12, 130L);
        chain.command("list-big-files", "db-01", "sudo -n du -xh /var | sort -h | tail -n 20", 6, "CANCELLED", null, null,
                Completeness.CANCELLED, 4, 0, -3100L);
        chain.draft(EntryKind.STATUS, "list-big-files", null, "state CANCELLED", 7);
        chain.command("rotate-logs", "web-01", "sudo -n logrotate -f /etc/logrotate.conf", 8, null, null, null,
                Completeness.INTERRUPTED, 100, 0, null);
        chain.draft(EntryKind.SKIP, "restart-the-service", null, "Not needed: rotation freed 30 GB", 10);
        chain.draft(EntryKind.STATUS, "restart-the-service", null, "state SKIPPED: Not needed: rotation freed 30 GB", 10);
        chain.draft(EntryKind.CHECK, "tell-the-service-owner", null, "Posted in #mcp-owners", 11);
        chain.draft(EntryKind.STATUS, "tell-the-service-owner", null, "state SUCCEEDED: checked off by Ana Responder", 11);
        chain.draft(EntryKind.ESCALATION, null, null, "Disk above 95% for 10 minutes: paged storage on-call", 12);
        chain.command("check-disk-space", "db-01", HOSTILE_COMMAND, 13, "SUCCEEDED", 0, null, Completeness.COMPLETE, 31, 0, -3150L);
        chain.draft(EntryKind.STATUS, "check-disk-space", null, "state SUCCEEDED: passed on db-01", 13);
        chain.file("collect-the-syslog", "db-01", "/var/log/syslog", 14, 1_048_576);
        chain.draft(EntryKind.STATUS, null, null, "Incident closed", 72);
        return chain.entries;
    }

    /** Text that tries to break out of every context it can land in: HTML, Markdown tables, fences, lists. */
    static final String EVIL = "<script>alert(1)</script> | a|b ``` ```` \n# h\n- l\n</td></tr></table> ]]> \"'& \u0000 \u202E";

    /** An incident whose every text field, down to host aliases, step ids and hashes, is hostile. */
    static IncidentReport hostileEverywhere() {
        IncidentRecord incident = new IncidentRecord(ID, EVIL, EVIL, true, EVIL, EVIL, List.of(EVIL), List.of(EVIL),
                Map.of(EVIL, EVIL), OPENED, null);
        List<EvidenceEntry> entries = new ArrayList<>();
        String previous = EvidenceEntry.GENESIS;
        for (EntryKind kind : EntryKind.values()) {
            long seq = entries.size() + 1;
            entries.add(new EvidenceEntry(ID, seq, kind, EVIL, EVIL, EVIL, EVIL, EVIL, EVIL, EVIL, EVIL, Map.of(EVIL, EVIL),
                    EVIL, OPENED, OPENED.plusSeconds(1), 1_000_000L, 5L, 3, EVIL, EVIL, Completeness.COMPLETE, 10, EVIL,
                    10, EVIL, EVIL, previous, EVIL));
            previous = EVIL;
        }
        return new IncidentReport(incident, entries, List.of(), new ReportNarrative(EVIL, EVIL, EVIL, EVIL), GENERATED);
    }

    /** Builds entries as the store seals them: consecutive seq, each naming the hash of the one before. */
    static final class Chain {
        final List<EvidenceEntry> entries = new ArrayList<>();

        void draft(EntryKind kind, String stepId, String host, String text, int minute) {
            Instant at = OPENED.plus(Duration.ofMinutes(minute));
            add(kind, stepId, host, null, null, null, null, null, null, null, text, at, at, null, 0, 0, null);
        }

        void command(String stepId, String host, String command, int minute, String status, Integer exitCode,
                     String signal, Completeness completeness, long stdout, long stderr, Long offset) {
            Instant start = OPENED.plus(Duration.ofMinutes(minute)).plusMillis(250);
            add(EntryKind.COMMAND, stepId, host, fingerprint(host), command, Map.of("SERVICE", "mcp-server.service"),
                    status, exitCode, signal, completeness, null, start, start.plusMillis(1_234), 1_234_000_000L,
                    stdout, stderr, offset);
        }

        void file(String stepId, String host, String path, int minute, long length) {
            Instant start = OPENED.plus(Duration.ofMinutes(minute));
            add(EntryKind.FILE, stepId, host, fingerprint(host), path, Map.of(), "SUCCEEDED", null, null,
                    Completeness.COMPLETE, null, start, start.plusSeconds(2), 2_000_000_000L, length, 0, -3150L);
        }

        private static String fingerprint(String host) {
            return host.equals("web-01") ? WEB_KEY : DB_KEY;
        }

        private void add(EntryKind kind, String stepId, String host, String fingerprint, String command,
                         Map<String, String> parameters, String status, Integer exitCode, String signal,
                         Completeness completeness, String text, Instant start, Instant end, Long nanos,
                         long stdout, long stderr, Long offset) {
            long seq = entries.size() + 1;
            String previous = entries.isEmpty() ? EvidenceEntry.GENESIS : entries.get(entries.size() - 1).entryHash();
            String address = host == null ? null : host.equals("web-01") ? "10.0.4.11" : "10.0.4.12";
            String runbookSha = runbook().source().sha256();
            entries.add(new EvidenceEntry(ID, seq, kind, stepId == null ? null : "disk-pressure", runbookSha, stepId, host,
                    address, fingerprint, host == null ? null : "responder", command, parameters, "Ana Responder",
                    start, end, nanos, offset, exitCode, signal, status, completeness, stdout, sha256("out" + seq),
                    stderr, sha256("err" + seq), text, previous, sha256(previous + seq)));
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
