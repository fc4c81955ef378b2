package dev.incidentconsole.runbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Semantic checks on parsed runbooks. The parser already reports what makes a file unreadable; this adds the
 * rules that keep a runbook safe and current.
 */
public final class RunbookLinter {

    /** Any {@code ${...}} in a path to collect: the console substitutes declared parameters and nothing else. */
    private static final Pattern PATH_REFERENCE = Pattern.compile("\\$\\{([^}]*)\\}");

    private final CommandClassifier classifier = new CommandClassifier();
    private final LocalDate today;

    public RunbookLinter(LocalDate today) {
        this.today = today;
    }

    /** Parser findings plus the lint findings of every runbook, plus ids used by more than one runbook. */
    public List<Finding> lint(List<ParseResult> results) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Runbook> byId = new HashMap<>();
        for (ParseResult result : results) {
            findings.addAll(result.findings());
            for (Runbook runbook : result.runbooks()) {
                findings.addAll(lint(runbook));
                Runbook earlier = byId.putIfAbsent(runbook.id(), runbook);
                if (earlier != null) {
                    findings.add(Finding.error(runbook.source().location(), 1, 1, "duplicate-runbook-id",
                            "runbook id '" + runbook.id() + "' is also used by " + earlier.source().location()));
                }
            }
        }
        return findings;
    }

    public List<Finding> lint(Runbook runbook) {
        List<Finding> out = new ArrayList<>();
        String file = runbook.source().location();
        checkParameters(runbook, file, out);
        checkCommands(runbook, file, out);
        checkChangesAreVerified(runbook, file, out);
        checkUpkeep(runbook, file, out);
        return out;
    }

    private void checkParameters(Runbook runbook, String file, List<Finding> out) {
        Set<String> declared = new HashSet<>();
        runbook.parameters().forEach(p -> declared.add(p.name()));
        Set<String> used = new HashSet<>();
        runbook.steps().flatMap(s -> s.commands().stream()).forEach(command -> {
            Set<String> local = ShellReferences.assignedNames(command.script());
            for (String name : local) {
                if (declared.contains(name)) {
                    out.add(Finding.warning(file, command.line(), command.column(), "local-shadows-parameter",
                            "the block assigns " + name + ", which is also a parameter; use a lower-case name for the local variable"));
                }
            }
            for (ShellReferences.Reference ref : ShellReferences.references(command.script())) {
                int line = command.line() + ref.line();
                int column = command.column() + ref.column();
                if (declared.contains(ref.name())) {
                    used.add(ref.name());
                    if (ref.quoting() == ShellReferences.Quoting.NONE) {
                        out.add(Finding.warning(file, line, column, "unquoted-parameter",
                                "${" + ref.name() + "} is not in double quotes; write \"${" + ref.name() + "}\" so the value stays one word"));
                    } else if (ref.quoting() == ShellReferences.Quoting.SINGLE) {
                        out.add(Finding.warning(file, line, column, "single-quoted-parameter",
                                "${" + ref.name() + "} is inside single quotes, where the shell never expands it"));
                    }
                } else if (!local.contains(ref.name()) && !ShellReferences.ENVIRONMENT.contains(ref.name())) {
                    out.add(Finding.error(file, line, column, "undeclared-parameter",
                            "${" + ref.name() + "} is not a declared parameter; declare it under parameters: in the front matter"
                                    + " (or use a lower-case name for a variable the block sets itself)"));
                }
            }
        });
        runbook.steps().flatMap(s -> s.collect().stream()).forEach(path -> {
            Matcher ref = PATH_REFERENCE.matcher(path.path());
            leadingParameter(runbook, path).ifPresent(lead -> {
                if (lead.type() != ParameterType.PATH) {
                    out.add(Finding.error(file, path.line(), path.column(), "collect-path-not-absolute",
                            "'" + path.path() + "' must start with / or with a path parameter, and " + lead.name()
                                    + " is of type " + lead.type().label()));
                }
            });
            while (ref.find()) {
                if (declared.contains(ref.group(1))) {
                    used.add(ref.group(1));
                } else {
                    out.add(Finding.error(file, path.line(), path.column() + ref.start(), "undeclared-parameter",
                            ref.group() + " in a path to collect is not a declared parameter; declare it under"
                                    + " parameters: in the front matter"));
                }
            }
        });
        for (Parameter parameter : runbook.parameters()) {
            if (!used.contains(parameter.name())) {
                out.add(Finding.warning(file, parameter.line(), 1, "unused-parameter",
                        "parameter " + parameter.name() + " is declared but no command uses it"));
            }
        }
    }

    /** The declared parameter a collect path opens with, as in {@code ${CONFIG_DIR}/config.yaml}. */
    private static java.util.Optional<Parameter> leadingParameter(Runbook runbook, CollectPath path) {
        Matcher ref = PATH_REFERENCE.matcher(path.path());
        if (!ref.lookingAt()) {
            return java.util.Optional.empty();
        }
        return runbook.parameters().stream().filter(p -> p.name().equals(ref.group(1))).findFirst();
    }

    private void checkCommands(Runbook runbook, String file, List<Finding> out) {
        runbook.steps().flatMap(s -> s.commands().stream()).forEach(command -> {
            CommandClassifier.Classification c = classifier.classify(command.script());
            if (command.kindDeclared() && command.kind() == CommandKind.DIAGNOSTIC && c.kind() == CommandKind.CHANGE) {
                out.add(Finding.warning(file, command.line() - 1, command.column(), "looks-like-change",
                        "block is marked kind=diagnostic but " + String.join("; ", c.reasons())
                                + "; mark it kind=change or remove the change"));
            }
            if (command.timeout() == null && c.longRunning()) {
                out.add(Finding.warning(file, command.line() - 1, command.column(), "long-running-without-timeout",
                        "this block can run for a long time; give it timeout=... (and background=true if the responder may go on)"));
            }
        });
    }

    private static void checkChangesAreVerified(Runbook runbook, String file, List<Finding> out) {
        List<Step> steps = runbook.steps().toList();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).kind() != StepKind.CHANGE) continue;
            boolean verified = steps.subList(i + 1, steps.size()).stream().anyMatch(s -> s.kind() == StepKind.DIAGNOSTIC);
            if (!verified) {
                out.add(Finding.warning(file, steps.get(i).line(), 1, "change-without-verification",
                        "change step '" + steps.get(i).title() + "' has no diagnostic step after it to verify the change"));
            }
        }
    }

    private void checkUpkeep(Runbook runbook, String file, List<Finding> out) {
        List<String> missing = new ArrayList<>();
        if (runbook.owner() == null) missing.add("owner");
        if (runbook.version() == null) missing.add("version");
        if (runbook.lastReviewed() == null) missing.add("last_reviewed");
        if (runbook.severity() == null) missing.add("severity");
        if (!missing.isEmpty()) {
            out.add(Finding.warning(file, 1, 1, "missing-metadata",
                    "runbook '" + runbook.id() + "' has no " + String.join(", ", missing) + " in its front matter"));
        }
        runbook.reviewDue().filter(due -> due.isBefore(today)).ifPresent(due ->
                out.add(Finding.warning(file, 1, 1, "review-overdue",
                        "runbook '" + runbook.id() + "' was due for review on " + due + " (last reviewed " + runbook.lastReviewed() + ")")));
        String fileName = fileName(file);
        if (!runbook.source().bundled() && fileName.endsWith(".md") && runbook.lastReviewed() != null
                && !fileName.equals(runbook.id() + ".md")) {
            out.add(Finding.warning(file, 1, 1, "id-file-mismatch",
                    "runbook id '" + runbook.id() + "' does not match the file name; name the file " + runbook.id() + ".md"));
        }
    }

    private static String fileName(String location) {
        try {
            Path name = Path.of(location).getFileName();
            return name == null ? location : name.toString();
        } catch (java.nio.file.InvalidPathException e) {
            return location;
        }
    }
}
