package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.runbook.Finding;
import dev.incidentconsole.runbook.MarkdownRunbookParser;
import dev.incidentconsole.runbook.ParseResult;
import dev.incidentconsole.runbook.RunbookFiles;
import dev.incidentconsole.runbook.RunbookLinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lint", description = "Check runbook files (or the whole library when no path is given).")
final class LintCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Runbook files or folders (every *.md except README.md).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--strict", description = "Treat warnings as findings too (exit code 1).")
    boolean strict;

    LintCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException {
        List<ParseResult> results = new ArrayList<>();
        if (paths.isEmpty()) {
            results.addAll(wiring.loadRunbookLibrary(List.of()).results());
        } else {
            MarkdownRunbookParser parser = new MarkdownRunbookParser();
            for (Path path : paths) {
                List<Path> files;
                try {
                    files = RunbookFiles.under(path);
                } catch (IOException e) {
                    throw new Cli.UsageProblem(path + ": no such file or folder");
                }
                files.forEach(file -> results.add(parser.parse(file)));
            }
        }
        List<Finding> findings = new RunbookLinter(LocalDate.now(wiring.clock())).lint(results);
        PrintWriter out = spec.commandLine().getOut();
        findings.forEach(f -> out.println(f.format()));
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        long runbooks = results.stream().mapToLong(r -> r.runbooks().size()).sum();
        out.printf("%d file(s), %d runbook(s): %d error(s), %d warning(s)%n", results.size(), runbooks, errors, warnings);
        return errors > 0 || strict && warnings > 0 ? Cli.FINDINGS : Cli.OK;
    }
}
