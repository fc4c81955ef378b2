package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.runbook.ChecklistText;
import dev.incidentconsole.runbook.Runbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", description = "Print a runbook as a checklist.")
final class ShowCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The runbook's id, as 'list' prints it.")
    String id;

    @Option(names = "--runbooks", paramLabel = "DIR", description = "Also read runbooks from this folder.")
    List<Path> folders = new ArrayList<>();

    ShowCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException {
        Runbook runbook = wiring.loadRunbookLibrary(folders).find(id)
                .orElseThrow(() -> new Cli.UsageProblem("no runbook has the id '" + id + "'; 'list' shows the ids"));
        spec.commandLine().getOut().print(ChecklistText.render(runbook));
        return Cli.OK;
    }
}
