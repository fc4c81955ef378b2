package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.runbook.Finding;
import dev.incidentconsole.runbook.MarkdownRunbookParser;
import dev.incidentconsole.runbook.ParseResult;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.RunbookWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = {
        "Convert plain Markdown runbooks into the console's format (front matter, classified steps).",
        "A file holding several runbooks gives several; with -o they are written into that folder as ID.md."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.md", description = "The Markdown file to import.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Write here instead of printing: a file, or a folder.")
    Path output;

    @Option(names = "--force", description = "Overwrite files that already exist.")
    boolean force;

    ImportCommand(Wiring wiring) {
        // The import needs nothing from the wiring; the constructor keeps every subcommand built the same way.
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Cli.UsageProblem(file + ": no such file");
        }
        ParseResult result = new MarkdownRunbookParser().parse(file);
        PrintWriter err = spec.commandLine().getErr();
        result.findings().forEach(f -> err.println(f.format()));
        if (result.hasErrors() || result.runbooks().isEmpty()) {
            err.println("not imported: fix the errors above first");
            return Cli.FINDINGS;
        }
        RunbookWriter writer = new RunbookWriter();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            for (Runbook runbook : result.runbooks()) {
                out.print(writer.write(runbook));
            }
            out.flush();
            return Cli.OK;
        }
        boolean intoFolder = Files.isDirectory(output) || result.runbooks().size() > 1;
        List<Path> written = new ArrayList<>();
        for (Runbook runbook : result.runbooks()) {
            Path target = intoFolder ? output.resolve(runbook.id() + ".md") : output;
            if (Files.exists(target) && !force) {
                throw new Cli.UsageProblem(target + " already exists; use --force to overwrite it");
            }
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            Files.writeString(target, writer.write(runbook), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            written.add(target);
        }
        written.forEach(p -> spec.commandLine().getOut().println("wrote " + p));
        long warnings = result.findings().stream().filter(f -> f.level() == Finding.Level.WARNING).count();
        if (warnings > 0) err.println(warnings + " warning(s); review them in the written runbooks");
        return Cli.OK;
    }
}
