package dev.incidentconsole.app.cli;

import picocli.CommandLine.Command;

/** The group for incident lifecycle subcommands ({@code incident new}). */
@Command(name = "incident", description = "Open incidents.", subcommands = {IncidentNewCommand.class})
final class IncidentCommand {
}
