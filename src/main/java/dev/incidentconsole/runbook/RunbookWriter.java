package dev.incidentconsole.runbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a runbook as Markdown with front matter, in the format the parser reads back unchanged. */
public final class RunbookWriter {

    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    public String write(Runbook runbook) {
        StringBuilder out = new StringBuilder("---\n").append(frontMatter(runbook)).append("---\n\n");
        out.append("# ").append(runbook.title()).append("\n\n");
        if (!runbook.introduction().isBlank()) {
            out.append(runbook.introduction().strip()).append("\n\n");
        }
        runbook.checklists().stream().filter(c -> c.kind() == Checklist.Kind.SYMPTOMS).forEach(c -> checklist(c, out));
        for (Phase phase : runbook.phases()) {
            out.append("## ").append(phase.title());
            if (phase.timeBox() != null) {
                out.append(' ').append(heading(phase.timeBox()));
            }
            out.append("\n\n");
            for (Step step : phase.steps()) {
                step(step, out);
            }
        }
        runbook.checklists().stream().filter(c -> c.kind() != Checklist.Kind.SYMPTOMS).forEach(c -> checklist(c, out));
        return out.toString().stripTrailing() + "\n";
    }

    private String frontMatter(Runbook r) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", r.id());
        map.put("title", r.title());
        putIfPresent(map, "summary", r.summary());
        if (r.alert() != null) {
            Map<String, Object> alert = new LinkedHashMap<>();
            alert.put("name", r.alert().name());
            putIfPresent(alert, "query", r.alert().query());
            map.put("alert", alert);
        }
        putIfPresent(map, "severity", r.severity() == null ? null : r.severity().label());
        putIfPresent(map, "response_time", r.responseTime() == null ? null : DurationText.format(r.responseTime()));
        if (!r.incidentTypes().isEmpty()) map.put("incident_types", r.incidentTypes());
        if (!r.tags().isEmpty()) map.put("tags", r.tags());
        putIfPresent(map, "owner", r.owner());
        putIfPresent(map, "version", r.version());
        putIfPresent(map, "last_reviewed", r.lastReviewed() == null ? null : r.lastReviewed().toString());
        putIfPresent(map, "review_interval", r.reviewInterval() == null ? null : DurationText.format(r.reviewInterval()));
        if (!r.parameters().isEmpty()) {
            map.put("parameters", r.parameters().stream().map(RunbookWriter::parameter).collect(Collectors.toList()));
        }
        try {
            return yaml.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps of strings always serialize", e);
        }
    }

    private static Map<String, Object> parameter(Parameter p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", p.name());
        map.put("type", p.type().label());
        map.put("required", p.required());
        putIfPresent(map, "default", p.defaultValue());
        putIfPresent(map, "pattern", p.pattern() == null ? null : p.pattern().pattern());
        if (p.min() != null) map.put("min", p.min());
        if (p.max() != null) map.put("max", p.max());
        putIfPresent(map, "description", p.description());
        return map;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) map.put(key, value);
    }

    private static void step(Step step, StringBuilder out) {
        String marker = step.number() + ". ";
        String indent = " ".repeat(marker.length());
        out.append(marker).append("**").append(step.title().replace("*", "\\*")).append("**\n");
        if (!step.description().isBlank()) {
            out.append(indented(step.description().strip(), indent)).append('\n');
        }
        for (Command command : step.commands()) {
            String fence = fence(command.script());
            out.append('\n').append(indent).append(fence).append(command.shell()).append(' ').append(options(command)).append('\n');
            out.append(indented(command.script(), indent)).append('\n').append(indent).append(fence).append('\n');
        }
        if (step.collects()) {
            String fence = fence(String.join("\n", step.collectPaths()));
            out.append('\n').append(indent).append(fence).append(CollectBlock.LANGUAGE).append('\n')
                    .append(indented(String.join("\n", step.collectPaths()), indent)).append('\n')
                    .append(indent).append(fence).append('\n');
        }
        for (String snippet : step.snippets()) {
            String fence = fence(snippet);
            out.append('\n').append(indent).append(fence).append("text\n").append(indented(snippet, indent)).append('\n')
                    .append(indent).append(fence).append('\n');
        }
        if (!step.followUp().isBlank()) {
            out.append('\n').append(indented(step.followUp().strip(), indent)).append('\n');
        }
        out.append('\n');
    }

    private static String options(Command c) {
        StringBuilder o = new StringBuilder("{kind=").append(c.kind().label());
        if (c.timeout() != null) o.append(" timeout=").append(DurationText.format(c.timeout()));
        if (c.background()) o.append(" background=true");
        if (!c.expectExit().equals(java.util.Set.of(0))) {
            o.append(" expect_exit=").append(c.expectExit().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (c.expect() != null) {
            o.append(" expect=\"").append(c.expect().pattern().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return o.append('}').toString();
    }

    private static String fence(String content) {
        int longest = 0;
        int run = 0;
        for (char ch : content.toCharArray()) {
            run = ch == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    private static String indented(String text, String indent) {
        return text.lines().map(line -> line.isEmpty() ? "" : indent + line).collect(Collectors.joining("\n"));
    }

    private static void checklist(Checklist checklist, StringBuilder out) {
        out.append("## ").append(checklist.title()).append("\n\n");
        for (String item : checklist.items()) {
            out.append("- ").append(item).append('\n');
        }
        out.append('\n');
    }

    /** A time box as a heading suffix: {@code (0-5 minutes)}, {@code (60-90 minutes)}, {@code (30 minutes - 24 hours)}. */
    static String heading(TimeBox box) {
        String fromUnit = box.from().isZero() ? unitFor(box.to()) : unitFor(box.from());
        String toUnit = unitFor(box.to());
        String fine = UNITS.indexOf(fromUnit) < UNITS.indexOf(toUnit) ? fromUnit : toUnit;
        if (fromUnit.equals(toUnit) || amount(box.to(), fine) <= 180) {
            return "(" + amount(box.from(), fine) + "-" + amount(box.to(), fine) + " " + fine + ")";
        }
        return "(" + counted(box.from(), fromUnit) + " - " + counted(box.to(), toUnit) + ")";
    }

    private static final List<String> UNITS = List.of("seconds", "minutes", "hours");

    private static String counted(java.time.Duration d, String unit) {
        long n = amount(d, unit);
        return n + " " + (n == 1 ? unit.substring(0, unit.length() - 1) : unit);
    }

    private static String unitFor(java.time.Duration d) {
        long s = d.getSeconds();
        if (s != 0 && s % 3_600 == 0) return "hours";
        if (s % 60 == 0) return "minutes";
        return "seconds";
    }

    private static long amount(java.time.Duration d, String unit) {
        switch (unit) {
            case "hours": return d.toHours();
            case "minutes": return d.toMinutes();
            default: return d.getSeconds();
        }
    }

}
