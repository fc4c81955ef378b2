package dev.incidentconsole.runbook;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a runbook written without front matter says about itself in prose: {@code ### Alert: NAME},
 * {@code **Severity**: Critical}, {@code **Owner**: ...}; and the parameters its commands refer to.
 */
final class PlainMetadata {

    private static final Pattern FIELD = Pattern.compile("^\\s*\\*\\*([A-Za-z ]+?)\\*\\*\\s*:\\s*(.+?)\\s*$");
    private static final Pattern ALERT_HEADING = Pattern.compile("^Alert\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);

    private PlainMetadata() {
    }

    /** Applies the {@code **Field**: value} lines found in {@code lines} (fenced code already excluded). */
    static void applyFields(List<String> lines, RunbookHeader header) {
        for (String line : lines) {
            Matcher m = FIELD.matcher(line);
            if (!m.matches()) continue;
            String value = m.group(2).replaceAll("^`|`$", "").strip();
            switch (m.group(1).strip().toLowerCase(Locale.ROOT)) {
                case "severity": header.severity = Severity.parse(value).orElse(header.severity); break;
                case "response time": header.responseTime = DurationText.parse(value).orElse(header.responseTime); break;
                case "alert query":
                    String name = header.alert == null ? null : header.alert.name();
                    header.alert = new Runbook.Alert(name == null ? "Alert" : name, value);
                    break;
                case "owner": header.owner = value; break;
                case "document version": case "version": header.version = value; break;
                case "review schedule": header.reviewInterval = reviewInterval(value); break;
                default: break;
            }
        }
    }

    /** The alert name from a heading like "Alert: MCPServerDown", keeping any query already found. */
    static boolean applyAlertHeading(String heading, RunbookHeader header) {
        Matcher m = ALERT_HEADING.matcher(heading.strip());
        if (!m.matches()) {
            return false;
        }
        header.alert = new Runbook.Alert(m.group(1).strip(), header.alert == null ? null : header.alert.query());
        return true;
    }

    private static Duration reviewInterval(String schedule) {
        String s = schedule.toLowerCase(Locale.ROOT);
        if (s.contains("week")) return Duration.ofDays(7);
        if (s.contains("month")) return Duration.ofDays(30);
        if (s.contains("quarter")) return Duration.ofDays(90);
        if (s.contains("year") || s.contains("annual")) return Duration.ofDays(365);
        return DurationText.parse(schedule).orElse(null);
    }

    /** Parameters for every upper-case reference that no block assigns itself, typed by what the name says. */
    static List<Parameter> inferParameters(List<Step> steps) {
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (Step step : steps) {
            for (Command command : step.commands()) {
                Set<String> local = ShellReferences.assignedNames(command.script());
                for (ShellReferences.Reference ref : ShellReferences.references(command.script())) {
                    if (!local.contains(ref.name()) && !ShellReferences.ENVIRONMENT.contains(ref.name())) {
                        firstLine.putIfAbsent(ref.name(), command.line() + ref.line());
                    }
                }
            }
        }
        Set<String> names = new TreeSet<>(firstLine.keySet());
        return names.stream().map(name -> new Parameter(name, typeFor(name), null, true,
                "Inferred from the commands; say what it holds.", null, null, null, firstLine.get(name))).toList();
    }

    static ParameterType typeFor(String name) {
        if (name.equals("PORT") || name.endsWith("_PORT")) return ParameterType.PORT;
        if (name.endsWith("_IP") || name.contains("HOST") || name.endsWith("ADDRESS")) return ParameterType.HOSTNAME;
        if (name.endsWith("URL") || name.endsWith("ENDPOINT")) return ParameterType.URL;
        if (name.endsWith("PATH") || name.endsWith("DIR") || name.endsWith("FILE") || name.endsWith("DIRECTORIES")
                || name.endsWith("POINT")) return ParameterType.PATH;
        if (name.endsWith("COUNT") || name.endsWith("LIMIT") || name.endsWith("SECONDS") || name.endsWith("SIZE")) {
            return ParameterType.INTEGER;
        }
        if (name.endsWith("QUERY")) return ParameterType.TEXT;
        return ParameterType.IDENTIFIER;
    }
}
