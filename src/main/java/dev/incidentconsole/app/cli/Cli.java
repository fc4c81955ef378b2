package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line. Exit codes: 0 all good, 1 findings (lint errors, failed checks), 2 usage errors. */
@Command(name = "incident-console", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "MCP Incident Console: runbook-driven incident response over SSH.%n"
                + "Run without a command to open the window.",
        subcommands = {LintCommand.class, ListCommand.class, ShowCommand.class, ImportCommand.class, HostsCommand.class,
                ExecCommand.class, CollectCommand.class, IncidentCommand.class, RunCommand.class, RecordCommands.Note.class,
                RecordCommands.Check.class, RecordCommands.Skip.class, RecordCommands.Escalate.class,
                StoreCommands.Incidents.class, StoreCommands.Timeline.class, StoreCommands.Search.class,
                StoreCommands.VerifyStore.class, ReportCommand.class, ExportCommand.class, VerifyCommand.class})
public final class Cli {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;

    public static int run(Wiring wiring, String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return commandLine(wiring, out, err).execute(args);
        } finally {
            // print() does not flush; the caller exits the JVM right after this returns.
            out.flush();
            err.flush();
        }
    }

    /** A configured command line writing to {@code out} and {@code err}; tests call this directly. */
    public static CommandLine commandLine(Wiring wiring, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Cli(), new Factory(wiring));
        cli.setOut(out).setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FINDINGS);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + (e instanceof UsageProblem || e.getMessage() != null ? e.getMessage() : e.toString()));
            return e instanceof UsageProblem ? USAGE : FINDINGS;
        });
        return cli;
    }

    /** A problem with what the user asked for (a missing file, an unknown id): exit code 2. */
    static final class UsageProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageProblem(String message) {
            super(message);
        }
    }

    /** Subcommands receive the wiring through their constructor. */
    private static final class Factory implements CommandLine.IFactory {
        private final Wiring wiring;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(Wiring wiring) {
            this.wiring = wiring;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Wiring.class).newInstance(wiring);
            } catch (NoSuchMethodException e) {
                return fallback.create(type);
            }
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"incident-console " + (version == null ? "(development build)" : version)};
        }
    }
}
