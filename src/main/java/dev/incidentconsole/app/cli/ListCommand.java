package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.RunbookLibrary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", description = "List the runbook library (bundled and your own), optionally filtered.")
final class ListCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORD", description = "Only runbooks whose id, title, alert, severity or tags contain every word.")
    List<String> words = new ArrayList<>();

    @Option(names = "--runbooks", paramLabel = "DIR", description = "Also read runbooks from this folder.")
    List<Path> folders = new ArrayList<>();

    ListCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException {
        RunbookLibrary library = wiring.loadRunbookLibrary(folders);
        PrintWriter out = spec.commandLine().getOut();
        List<Runbook> shown = library.search(String.join(" ", words));
        int idWidth = shown.stream().mapToInt(r -> r.id().length()).max().orElse(2);
        for (Runbook r : shown) {
            String severity = r.severity() == null ? "-" : r.severity().label();
            long steps = r.steps().count();
            out.printf("%-" + idWidth + "s  %-8s  %3d steps  %s%s%n", r.id(), severity, steps, r.title(),
                    r.source().bundled() ? "" : "  (" + r.source().location() + ")");
        }
        out.printf("%d runbook(s)%n", shown.size());
        return Cli.OK;
    }
}
