package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.evidence.EvidenceEntry;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Commands that add one entry to an incident's evidence without reaching any host. */
final class RecordCommands {

    private RecordCommands() {
    }

    /** What each of these commands shares: the store, the incident, and printing the sealed entry. */
    abstract static class Base implements Callable<Integer> {
        final Wiring wiring;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Parameters(index = "0", paramLabel = "INCIDENT", description = "The incident's id.")
        String incidentId;

        Base(Wiring wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() throws IOException {
            try (IncidentContext context = IncidentContext.open(wiring, storeOptions, incidentId)) {
                EvidenceEntry entry;
                try {
                    entry = apply(context.recordingSession());
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new Cli.UsageProblem(e.getMessage());
                }
                spec.commandLine().getOut().println("recorded #" + entry.seq() + " " + entry.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + " in " + incidentId);
            }
            return Cli.OK;
        }

        abstract EvidenceEntry apply(dev.incidentconsole.incident.IncidentSession session);
    }

    @Command(name = "note", description = "Add a note to an incident's timeline.")
    static final class Note extends Base {
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT")
        List<String> text;

        Note(Wiring wiring) {
            super(wiring);
        }

        @Override
        EvidenceEntry apply(dev.incidentconsole.incident.IncidentSession session) {
            return session.note(String.join(" ", text));
        }
    }

    @Command(name = "check", description = "Check off a manual step (or mark a step done by hand), with a note.")
    static final class Check extends Base {
        @Parameters(index = "1", paramLabel = "STEP")
        String step;

        @Option(names = "--note", paramLabel = "TEXT", description = "What was done or seen.")
        String note;

        Check(Wiring wiring) {
            super(wiring);
        }

        @Override
        EvidenceEntry apply(dev.incidentconsole.incident.IncidentSession session) {
            return session.check(step, note);
        }
    }

    @Command(name = "skip", description = "Skip a step, with the reason.")
    static final class Skip extends Base {
        @Parameters(index = "1", paramLabel = "STEP")
        String step;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        Skip(Wiring wiring) {
            super(wiring);
        }

        @Override
        EvidenceEntry apply(dev.incidentconsole.incident.IncidentSession session) {
            return session.skip(step, reason);
        }
    }

    @Command(name = "escalate", description = "Record an escalation (who was called, which criterion was met).")
    static final class Escalate extends Base {
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT")
        List<String> text;

        Escalate(Wiring wiring) {
            super(wiring);
        }

        @Override
        EvidenceEntry apply(dev.incidentconsole.incident.IncidentSession session) {
            return session.escalate(String.join(" ", text));
        }
    }
}
