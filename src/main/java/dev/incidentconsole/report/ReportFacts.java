package dev.incidentconsole.report;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.runbook.Runbook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The labelled facts both writers show, as plain unescaped text, so Markdown and HTML cannot drift apart in what
 * they say; each writer only escapes and lays them out. Maps are sorted: their own order is not stable.
 */
final class ReportFacts {

    /** {@code code} marks a value to show in a monospace font that may break anywhere: hashes, fingerprints. */
    record Fact(String label, String value, boolean code) {
        Fact(String label, String value) {
            this(label, value, false);
        }
    }

    /** One raw output of an entry; {@code href} is null when the stream is empty and so has nothing to open. */
    record OutputFile(String label, long length, String sha256, String href) {
    }

    private ReportFacts() {
    }

    static List<Fact> overview(IncidentReport report) {
        IncidentRecord incident = report.incident();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Incident", incident.id()));
        facts.add(new Fact("Severity", orDash(incident.severity())));
        facts.add(new Fact("Kind", report.exercise() ? "EXERCISE (drill): not a live incident" : "Live incident"));
        facts.add(new Fact("Operator", operator(incident)));
        facts.add(new Fact("Opened", HumanFormat.time(incident.openedAt())));
        facts.add(new Fact("Closed", incident.open() ? "still open when this report was generated"
                : HumanFormat.time(incident.closedAt())));
        facts.add(new Fact("Duration", HumanFormat.duration(report.duration()) + (incident.open() ? " so far" : "")));
        facts.add(new Fact("Runbooks", incident.runbookIds().isEmpty() ? "\u2014" : String.join(", ", incident.runbookIds())));
        facts.add(new Fact("Report generated", HumanFormat.time(report.generatedAt())));
        return facts;
    }

    static String operator(IncidentRecord incident) {
        String name = orDash(incident.operatorName());
        boolean email = incident.operatorEmail() != null && !incident.operatorEmail().isBlank();
        return email ? name + " <" + incident.operatorEmail() + ">" : name;
    }

    static Map<String, String> sorted(Map<String, String> values) {
        return new TreeMap<>(values);
    }

    /** The time an entry is listed at: when its command started, or when it was recorded. */
    static Instant at(EvidenceEntry entry) {
        return entry.startedAt() != null ? entry.startedAt() : entry.endedAt();
    }

    static String kind(EvidenceEntry entry) {
        return entry.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    static List<Fact> entry(IncidentReport report, EvidenceEntry entry) {
        List<Fact> facts = new ArrayList<>();
        String step = report.stepLabel(entry);
        if (step != null) {
            facts.add(new Fact("Step", step));
        }
        boolean oneRunbook = report.runbooks().size() == 1 && report.runbooks().get(0).id().equals(entry.runbookId());
        if (entry.runbookId() != null && !oneRunbook) {
            facts.add(new Fact("Runbook", entry.runbookId()));
        }
        if (entry.hostAlias() != null) {
            facts.add(new Fact("Host", host(entry)));
        }
        if (CommandOutcome.ranOnHost(entry)) {
            String outcome = outcomeLabel(CommandOutcome.of(entry));
            facts.add(new Fact("Outcome", entry.kind() == EntryKind.FILE ? outcome : outcome + ", " + CommandOutcome.exitStatus(entry)));
            facts.add(new Fact("Duration", HumanFormat.durationNanos(entry.durationNanos())));
            facts.add(new Fact("Completeness", entry.completeness() == null ? "\u2014"
                    : entry.completeness().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
            facts.add(new Fact("Ended", HumanFormat.time(entry.endedAt())));
        }
        facts.add(new Fact("Operator", orDash(entry.operator())));
        if (CommandOutcome.ranOnHost(entry) && !entry.parameters().isEmpty()) {
            List<String> pairs = new ArrayList<>();
            sorted(entry.parameters()).forEach((name, value) -> pairs.add(name + "=" + value));
            facts.add(new Fact("Parameters", String.join(", ", pairs)));
        }
        return facts;
    }

    private static String host(EvidenceEntry entry) {
        StringBuilder host = new StringBuilder(entry.hostAlias());
        if (entry.hostAddress() != null && !entry.hostAddress().isBlank() && !entry.hostAddress().equals(entry.hostAlias())) {
            host.append(" (").append(entry.hostAddress()).append(')');
        }
        if (entry.remoteUser() != null && !entry.remoteUser().isBlank()) {
            host.append(" as ").append(entry.remoteUser());
        }
        return host.toString();
    }

    /** Label for the exact text sent: the command, or the path of a collected file. */
    static String commandLabel(EvidenceEntry entry) {
        return entry.kind() == EntryKind.FILE ? "File collected" : "Command";
    }

    static List<OutputFile> outputs(EvidenceEntry entry, OutputLinks links) {
        if (!CommandOutcome.ranOnHost(entry)) {
            return List.of();
        }
        long seq = entry.seq();
        OutputFile stdout = new OutputFile(entry.kind() == EntryKind.FILE ? "content" : "stdout", entry.stdoutLength(),
                entry.stdoutSha256(), entry.stdoutLength() == 0 ? null
                        : entry.kind() == EntryKind.FILE ? links.collectedFile(seq, entry.command()) : links.stdout(seq));
        OutputFile stderr = new OutputFile("stderr", entry.stderrLength(), entry.stderrSha256(),
                entry.stderrLength() > 0 ? links.stderr(seq) : null);
        return entry.kind() == EntryKind.FILE && entry.stderrLength() == 0 ? List.of(stdout) : List.of(stdout, stderr);
    }

    /** A summary figure with what it is made of, e.g. 6 commands: 2 succeeded, 1 failed... */
    record Stat(String label, int figure, String detail) {
        String inWords() {
            return detail.isEmpty() ? String.valueOf(figure) : figure + " (" + detail + ")";
        }
    }

    static List<Stat> summary(ReportSummary summary) {
        List<String> outcomes = new ArrayList<>();
        summary.commandsByOutcome().forEach((outcome, n) -> outcomes.add(n + " " + outcomeLabel(outcome)));
        String steps = summary.stepsDone() + " done, " + summary.stepsSkipped() + " skipped, " + summary.stepsFailed()
                + " failed, " + (summary.stepsCancelled() > 0 ? summary.stepsCancelled() + " cancelled, " : "")
                + summary.stepsOpen() + " open";
        return List.of(
                new Stat("Entries", summary.entries(), ""),
                new Stat("Commands", summary.commands(), String.join(", ", outcomes)),
                new Stat("Files collected", summary.filesCollected(), ""),
                new Stat("Hosts", summary.hosts(), summary.hostsContacted() + " contacted"),
                new Stat("Steps", summary.steps(), steps),
                new Stat("Escalations", summary.escalations(), ""),
                new Stat("Notes", summary.notes(), ""));
    }

    static String outcomeLabel(String outcome) {
        return outcome.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    static List<String> hostHeaders() {
        return List.of("Host", "Address", "User", "Host-key fingerprint", "Clock offset", "Commands", "Files");
    }

    static List<String> hostRow(HostSummary host) {
        String fingerprints = host.fingerprints().isEmpty() ? "\u2014" : String.join("\n", host.fingerprints());
        if (host.fingerprintChanged()) {
            fingerprints = "MORE THAN ONE KEY:\n" + fingerprints;
        }
        return List.of(host.alias(), joinedOrDash(host.addresses()), joinedOrDash(host.remoteUsers()), fingerprints,
                clockOffset(host), String.valueOf(host.commands()), String.valueOf(host.files()));
    }

    /** One value when the offset held steady, the range when it moved; a dash when never measured. */
    static String clockOffset(HostSummary host) {
        if (host.minClockOffsetMillis() == null) {
            return "not measured";
        }
        if (host.minClockOffsetMillis().equals(host.maxClockOffsetMillis())) {
            return HumanFormat.offset(host.minClockOffsetMillis());
        }
        return HumanFormat.offset(host.minClockOffsetMillis()) + " to " + HumanFormat.offset(host.maxClockOffsetMillis());
    }

    static List<String> stepHeaders() {
        return List.of("Runbook", "Phase", "Step", "State");
    }

    static List<String> stepRow(StepProgress step) {
        String title = step.title() == null ? step.stepId() + " (not in the runbooks given)"
                : step.number() + ". " + step.title() + " (" + step.stepId() + ")";
        return List.of(orDash(step.runbookId()), orDash(step.phase()), title, step.state().label());
    }

    /** {@code disk-full: Disk full on a host, version 3, source SHA-256 ab12...}. */
    static String runbook(Runbook runbook) {
        StringBuilder line = new StringBuilder(runbook.id()).append(": ").append(orDash(runbook.title()));
        if (runbook.version() != null && !runbook.version().isBlank()) {
            line.append(", version ").append(runbook.version());
        }
        if (runbook.source() != null && runbook.source().sha256() != null) {
            line.append(", source SHA-256 ").append(runbook.source().sha256());
        }
        return line.toString();
    }

    /** Where a note or escalation was made: entry, host, step and who made it. */
    static String context(IncidentReport report, EvidenceEntry entry) {
        List<String> parts = new ArrayList<>();
        parts.add("entry " + entry.seq());
        if (entry.hostAlias() != null && !entry.hostAlias().isBlank()) {
            parts.add("host " + entry.hostAlias());
        }
        String step = report.stepLabel(entry);
        if (step != null) {
            parts.add("step " + step);
        }
        parts.add("by " + orDash(entry.operator()));
        return String.join(", ", parts);
    }

    static List<Fact> chain(IncidentReport report) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Entries", String.valueOf(report.timeline().size())));
        String head = report.chainHead().orElse("none (no entries)");
        String last = report.timeline().isEmpty() ? "" : " (hash of entry " + report.timeline().get(report.timeline().size() - 1).seq() + ")";
        facts.add(new Fact("Chain head" + last, head, report.chainHead().isPresent()));
        facts.add(new Fact("Links", report.chainBreaks().isEmpty()
                ? "consistent: each entry names the hash of the one before it (the verifier recomputes the hashes themselves)" : String.join("; ", report.chainBreaks())));
        return facts;
    }

    private static String joinedOrDash(List<String> values) {
        return values.isEmpty() ? "\u2014" : String.join("\n", values);
    }

    static String orDash(String value) {
        return value == null || value.isBlank() ? "\u2014" : value;
    }
}
