package dev.incidentconsole.runbook;

import java.util.List;

/**
 * One numbered item of a phase. Its kind follows from its commands: none makes it manual, any change command
 * makes it a change, otherwise it only reads. {@code description} is the text before the first code block,
 * {@code followUp} the text after it (typically how to read the output), kept apart so it stays below the command.
 */
public record Step(String id, int number, String title, String description, List<Command> commands,
                   List<String> snippets, String followUp, int line) {

    public Step {
        commands = List.copyOf(commands);
        snippets = List.copyOf(snippets);
    }

    public StepKind kind() {
        if (commands.isEmpty()) {
            return StepKind.MANUAL;
        }
        return commands.stream().anyMatch(c -> c.kind() == CommandKind.CHANGE) ? StepKind.CHANGE : StepKind.DIAGNOSTIC;
    }

    public boolean runsOnHosts() {
        return !commands.isEmpty();
    }
}
