package dev.incidentconsole.incident;

import dev.incidentconsole.runbook.ParameterType;
import dev.incidentconsole.runbook.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a collect step names, with the incident's parameter values in place of {@code ${NAME}}. Unlike a
 * command, whose values the remote shell expands, a path is built here; so a value may only fill one path segment:
 * no {@code /}, NUL or line break, and not {@code .} or {@code ..}, which would let a value walk the path elsewhere.
 * The one exception is a path-typed parameter opening the path, which must then be an absolute directory.
 */
final class StepPaths {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)\\}");

    private StepPaths() {
    }

    /**
     * Throws IllegalArgumentException naming the parameter whose value cannot stand in a path. A parameter of type
     * path ({@code pathTyped}) may open a path with a whole directory, as in {@code ${CONFIG_DIR}/config.yaml}.
     */
    static List<String> resolve(Step step, Map<String, String> values, Set<String> pathTyped) {
        List<String> paths = new ArrayList<>();
        for (String raw : step.collectPaths()) {
            Matcher ref = REFERENCE.matcher(raw);
            StringBuilder path = new StringBuilder();
            while (ref.find()) {
                String name = ref.group(1);
                String value = ref.start() == 0 && pathTyped.contains(name) ? prefix(step, name, values.get(name))
                        : segment(step, name, values.get(name));
                ref.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            ref.appendTail(path);
            paths.add(path.toString());
        }
        try {
            return CollectionPaths.check(paths);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("step '" + step.title() + "' cannot collect its files: " + e.getMessage(), e);
        }
    }

    /** A directory opening the path, checked as any value of a path parameter is: absolute, no {@code ..}, one line. */
    private static String prefix(Step step, String name, String value) {
        String problem = value == null ? "has no value in this incident; give it one to collect these files"
                : ParameterType.PATH.problemWith(value).orElse(null);
        if (problem != null) {
            throw new IllegalArgumentException("step '" + step.title() + "' was not run: parameter " + name + " " + problem);
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static String segment(Step step, String name, String value) {
        String problem = null;
        if (value == null) {
            problem = "has no value in this incident; give it one to collect these files";
        } else if (value.isEmpty() || value.equals(".") || value.equals("..")) {
            problem = "is '" + value + "', which cannot name a file";
        } else if (value.indexOf('/') >= 0) {
            problem = "holds a '/', but a value in a path to collect may only name one file or directory";
        } else if (value.indexOf('\0') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            problem = "holds a NUL or a line break";
        }
        if (problem != null) {
            throw new IllegalArgumentException("step '" + step.title() + "' was not run: parameter " + name + " " + problem);
        }
        return value;
    }
}
