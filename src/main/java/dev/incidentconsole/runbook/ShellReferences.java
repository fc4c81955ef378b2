package dev.incidentconsole.runbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code ${NAME}} references in a shell block (upper-case names are parameters by convention) together
 * with how they are quoted, and the upper-case names the block assigns itself.
 */
final class ShellReferences {

    enum Quoting { DOUBLE, SINGLE, NONE }

    /** A reference at {@code line} (0-based within the script) and {@code column} (0-based within that line). */
    record Reference(String name, int line, int column, Quoting quoting) {
    }

    /** Names the shell or the login environment provides; they are never runbook parameters. */
    static final Set<String> ENVIRONMENT = Set.of("HOME", "USER", "LOGNAME", "PATH", "PWD", "OLDPWD", "SHELL", "TERM",
            "LANG", "LC_ALL", "TMPDIR", "HOSTNAME", "UID", "EUID", "PPID", "RANDOM", "SECONDS", "LINENO", "IFS",
            "BASHPID", "BASH_VERSION", "PIPESTATUS", "REPLY", "OPTARG", "OPTIND", "EPOCHSECONDS", "EPOCHREALTIME",
            "XDG_RUNTIME_DIR", "SUDO_USER", "SSH_CONNECTION", "SSH_CLIENT", "MAINPID", "INVOCATION_ID");

    private static final Pattern REF = Pattern.compile("\\$\\{#?([A-Z][A-Z0-9_]*)(?:[:#%/^,@?+=-][^}]*)?\\}");
    private static final Pattern HEREDOC = Pattern.compile("<<-?\\s*(['\"]?)([A-Za-z_][A-Za-z0-9_]*)\\1");
    private static final Pattern ASSIGN = Pattern.compile(
            "(?:^|[\\s;&|(`])(?:export\\s+|local\\s+|declare\\s+(?:-\\w+\\s+)*|readonly\\s+)?([A-Z][A-Z0-9_]*)\\+?=");
    private static final Pattern LOOP_OR_READ = Pattern.compile(
            "\\b(?:for\\s+([A-Z][A-Z0-9_]*)\\s+in\\b|read\\s+(?:-\\w+\\s+)*([A-Z][A-Z0-9_ ]*))");

    private ShellReferences() {
    }

    /** Quoting as the shell sees it: {@code $(...)} opens a fresh context even inside double quotes. */
    private static final class QuoteState {
        char quote;
        private final java.util.ArrayDeque<int[]> substitutions = new java.util.ArrayDeque<>();

        void enterSubstitution() {
            substitutions.push(new int[] {quote, 0});
            quote = 0;
        }

        void open() {
            if (!substitutions.isEmpty()) substitutions.peek()[1]++;
        }

        void close() {
            if (substitutions.isEmpty()) return;
            int[] frame = substitutions.peek();
            if (frame[1] > 0) {
                frame[1]--;
            } else {
                substitutions.pop();
                quote = (char) frame[0];
            }
        }
    }

    static List<Reference> references(String script) {
        List<Reference> refs = new ArrayList<>();
        String[] lines = script.split("\n", -1);
        QuoteState state = new QuoteState();
        String heredocEnd = null;
        boolean heredocQuoted = false;
        for (int ln = 0; ln < lines.length; ln++) {
            String line = lines[ln];
            if (heredocEnd != null) {
                if (line.strip().equals(heredocEnd)) {
                    heredocEnd = null;
                } else {
                    Matcher m = REF.matcher(line);
                    while (m.find()) {
                        refs.add(new Reference(m.group(1), ln, m.start(), heredocQuoted ? Quoting.SINGLE : Quoting.DOUBLE));
                    }
                }
                continue;
            }
            if (state.quote == 0 && line.strip().startsWith("#")) {
                continue;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                char quote = state.quote;
                if (c == '\\' && quote != '\'') {
                    i++;
                } else if (quote == 0 && (c == '\'' || c == '"')) {
                    state.quote = c;
                } else if (quote != 0 && c == quote) {
                    state.quote = 0;
                } else if (quote != '\'' && c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '(') {
                    state.enterSubstitution();
                    i++;
                } else if (quote == 0 && c == '(') {
                    state.open();
                } else if (quote == 0 && c == ')') {
                    state.close();
                } else if (quote == 0 && c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                    break;
                } else if (c == '$') {
                    Matcher m = REF.matcher(line).region(i, line.length());
                    if (m.lookingAt()) {
                        Quoting q = quote == '"' ? Quoting.DOUBLE : quote == '\'' ? Quoting.SINGLE : Quoting.NONE;
                        refs.add(new Reference(m.group(1), ln, i, q));
                        i = m.end() - 1;
                    }
                }
            }
            Matcher heredoc = HEREDOC.matcher(line);
            if (state.quote == 0 && heredoc.find()) {
                heredocEnd = heredoc.group(2);
                heredocQuoted = !heredoc.group(1).isEmpty();
            }
        }
        return refs;
    }

    /** Upper-case names the script assigns, loops over or reads, which are local to it rather than parameters. */
    static Set<String> assignedNames(String script) {
        Set<String> names = new HashSet<>();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("#")) continue;
            Matcher assign = ASSIGN.matcher(line);
            while (assign.find()) names.add(assign.group(1));
            Matcher loop = LOOP_OR_READ.matcher(line);
            while (loop.find()) {
                if (loop.group(1) != null) names.add(loop.group(1));
                if (loop.group(2) != null) {
                    for (String n : loop.group(2).trim().split("\\s+")) names.add(n);
                }
            }
        }
        return names;
    }
}
