package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.report.HtmlReportWriter;
import dev.incidentconsole.report.IncidentReport;
import dev.incidentconsole.report.MarkdownReportWriter;
import dev.incidentconsole.report.OutputLinks;
import dev.incidentconsole.report.ReportNarrative;
import dev.incidentconsole.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", description = "Write an incident report from its evidence: HTML or Markdown, by the file's extension.")
final class ReportCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "INCIDENT")
    String incidentId;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "report.html or report.md")
    Path output;

    @Option(names = "--impact", paramLabel = "TEXT") String impact;
    @Option(names = "--root-cause", paramLabel = "TEXT") String rootCause;
    @Option(names = "--remediation", paramLabel = "TEXT") String remediation;
    @Option(names = "--lessons", paramLabel = "TEXT") String lessons;

    @Option(names = "--outputs", paramLabel = "BASE", description = "Where the report's output links point (default: evidence/).")
    String outputsBase;

    ReportCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        OutputLinks links = outputsBase == null ? OutputLinks.bundle() : new OutputLinks(outputsBase);
        ReportWriter writer = name.endsWith(".html") || name.endsWith(".htm") ? new HtmlReportWriter(links)
                : name.endsWith(".md") ? new MarkdownReportWriter(links) : null;
        if (writer == null) {
            throw new Cli.UsageProblem("the report file must end in .html or .md: " + output);
        }
        try (IncidentContext context = IncidentContext.open(wiring, storeOptions, incidentId)) {
            IncidentReport report = new IncidentReport(context.incident(), context.store().timeline(incidentId),
                    List.of(context.runbook()), new ReportNarrative(impact, rootCause, remediation, lessons),
                    wiring.clock().instant());
            if (output.getParent() != null) Files.createDirectories(output.getParent());
            try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                writer.write(report, file);
            }
            spec.commandLine().getOut().println("wrote " + output + " (" + report.summary().entries() + " evidence entries)");
        }
        return Cli.OK;
    }
}
