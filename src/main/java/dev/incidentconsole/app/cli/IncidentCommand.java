package dev.incidentconsole.app.cli;

import picocli.CommandLine.Command;

/** The group for incident lifecycle subcommands ({@code incident new}, {@code incident close}). */
@Command(name = "incident", description = "Open and close incidents.", subcommands = {IncidentNewCommand.class, IncidentCloseCommand.class})
final class IncidentCommand {
}
