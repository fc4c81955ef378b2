package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.evidence.ChainVerification;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.SearchHit;
import dev.incidentconsole.evidence.SearchQuery;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Commands that read the evidence store: incidents, timeline, search, verify-store. */
final class StoreCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

    private StoreCommands() {
    }

    /** One timeline line: sequence, time, kind, step, host, outcome, and the command or text. */
    static String line(EvidenceEntry e) {
        String when = e.startedAt() == null ? "" : TIME.format(e.startedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        String outcome = e.status() == null ? "" : e.status() + (e.exitCode() == null ? "" : " " + e.exitCode())
                + (e.completeness() == null || e.completeness() == dev.incidentconsole.evidence.Completeness.COMPLETE ? "" : " " + e.completeness());
        String what = e.command() != null ? e.command() : e.text() == null ? "" : e.text();
        return String.format("#%-4d %-20s %-10s %-28s %-12s %-18s %s", e.seq(), when, e.kind().name().toLowerCase(java.util.Locale.ROOT),
                e.stepId() == null ? "-" : e.stepId(), e.hostAlias() == null ? "-" : e.hostAlias(), outcome,
                what.length() > 160 ? what.substring(0, 160) + "\u2026" : what.replace('\n', ' '));
    }

    @Command(name = "incidents", description = "List the incidents in the evidence store, newest first.")
    static final class Incidents implements Callable<Integer> {
        private final Wiring wiring;
        @Spec picocli.CommandLine.Model.CommandSpec spec;
        @Mixin StoreOptions storeOptions;

        Incidents(Wiring wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (EvidenceStore store = storeOptions.open(wiring)) {
                List<IncidentRecord> all = store.incidents();
                for (IncidentRecord i : all) {
                    out.printf("%-26s %-8s %-6s %-9s %s%s%n", i.id(), i.severity(), i.open() ? "open" : "closed",
                            i.exercise() ? "EXERCISE" : "live", i.title(), i.runbookIds().isEmpty() ? "" : "  [" + i.runbookIds().get(0) + "]");
                }
                out.printf("%d incident(s)%n", all.size());
            }
            return Cli.OK;
        }
    }

    @Command(name = "timeline", description = "Print an incident's evidence entries in order.")
    static final class Timeline implements Callable<Integer> {
        private final Wiring wiring;
        @Spec picocli.CommandLine.Model.CommandSpec spec;
        @Mixin StoreOptions storeOptions;
        @Parameters(paramLabel = "INCIDENT") String incidentId;

        Timeline(Wiring wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (EvidenceStore store = storeOptions.open(wiring)) {
                IncidentRecord incident = IncidentContext.require(store, incidentId);
                out.println(incident.id() + "  " + incident.title() + (incident.exercise() ? "  (EXERCISE)" : ""));
                List<EvidenceEntry> entries = store.timeline(incidentId);
                entries.forEach(e -> out.println(line(e)));
                if (!entries.isEmpty()) {
                    out.println("chain head " + entries.get(entries.size() - 1).entryHash());
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "search", description = "Search commands, outputs and notes; filters narrow the hits.")
    static final class Search implements Callable<Integer> {
        private final Wiring wiring;
        @Spec picocli.CommandLine.Model.CommandSpec spec;
        @Mixin StoreOptions storeOptions;
        @Parameters(arity = "0..*", paramLabel = "WORD") List<String> words = List.of();
        @Option(names = "--incident") String incidentId;
        @Option(names = "--host") String host;
        @Option(names = "--step") String step;
        @Option(names = "--exit-code") Integer exitCode;
        @Option(names = "--failed", description = "Only commands that did not succeed.") boolean failed;
        @Option(names = "--from", description = "ISO-8601 instant, e.g. 2026-11-21T03:00:00Z.") Instant from;
        @Option(names = "--to") Instant to;
        @Option(names = "--limit", defaultValue = "50") int limit;

        Search(Wiring wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (EvidenceStore store = storeOptions.open(wiring)) {
                List<SearchHit> hits = store.search(new SearchQuery(String.join(" ", words), incidentId, host, step,
                        exitCode, failed, from, to, limit));
                for (SearchHit hit : hits) {
                    out.println(hit.entry().incidentId() + " " + line(hit.entry()));
                    if (hit.snippet() != null && !hit.snippet().isBlank()) out.println("      " + hit.snippet().replace('\n', ' '));
                }
                out.printf("%d hit(s)%n", hits.size());
            }
            return Cli.OK;
        }
    }

    @Command(name = "verify-store", description = "Recompute every output digest and the hash chain; names each entry that does not match.")
    static final class VerifyStore implements Callable<Integer> {
        private final Wiring wiring;
        @Spec picocli.CommandLine.Model.CommandSpec spec;
        @Mixin StoreOptions storeOptions;
        @Option(names = "--incident", paramLabel = "ID", description = "Only this incident.") String incidentId;

        VerifyStore(Wiring wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (EvidenceStore store = storeOptions.open(wiring)) {
                ChainVerification result = store.verify(incidentId);
                result.problems().forEach(p -> out.println("MISMATCH " + p.describe()));
                out.printf("%d incident(s), %d entr%s checked: %s%n", result.incidentsChecked(), result.entriesChecked(),
                        result.entriesChecked() == 1 ? "y" : "ies", result.intact() ? "intact" : result.problems().size() + " problem(s)");
                return result.intact() ? Cli.OK : Cli.FINDINGS;
            }
        }
    }
}
