package dev.incidentconsole.runbook;

import java.util.List;

/**
 * One numbered item of a phase. Its kind follows from its commands: none makes it manual, any change command
 * makes it a change, otherwise it only reads. A step that lists files to {@code collect} instead of commands only
 * reads too: it copies those files from each host into the evidence. {@code description} is the text before the first code block,
 * {@code followUp} the text after it (typically how to read the output), kept apart so it stays below the command.
 */
public record Step(String id, int number, String title, String description, List<Command> commands,
                   List<String> snippets, String followUp, int line, List<CollectPath> collect) {

    /** More files than this in one step is a list meant for a script, not a checklist step. */
    public static final int MAX_FILES_TO_COLLECT = 20;

    public Step {
        commands = List.copyOf(commands);
        snippets = List.copyOf(snippets);
        collect = List.copyOf(collect);
    }

    /** A step that collects no files. */
    public Step(String id, int number, String title, String description, List<Command> commands,
                List<String> snippets, String followUp, int line) {
        this(id, number, title, description, commands, snippets, followUp, line, List.of());
    }

    /** True when the step copies files from the hosts rather than running commands on them. */
    public boolean collects() {
        return !collect.isEmpty();
    }

    /** The paths to collect as written, with their {@code ${NAME}} references. */
    public List<String> collectPaths() {
        return collect.stream().map(CollectPath::path).toList();
    }

    public StepKind kind() {
        if (commands.isEmpty() && collect.isEmpty()) {
            return StepKind.MANUAL;
        }
        return commands.stream().anyMatch(c -> c.kind() == CommandKind.CHANGE) ? StepKind.CHANGE : StepKind.DIAGNOSTIC;
    }

    public boolean runsOnHosts() {
        return !commands.isEmpty() || !collect.isEmpty();
    }
}
