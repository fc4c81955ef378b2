package dev.incidentconsole.runbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/** Reads and checks the YAML front matter; every problem becomes a finding at the line it is on. */
final class FrontMatterReader {

    static final Pattern KEBAB_ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    /** Where the front matter ends: the body starts on {@code bodyStartLine} (1-based). */
    record Split(List<String> yamlLines, int bodyStartLine) {
    }

    /** Null when the file has no front matter; a finding is added when the block is never closed. */
    Split split(SourceText source, List<Finding> findings) {
        if (source.lines().isEmpty() || !source.lines().get(0).strip().equals("---")) {
            return null;
        }
        for (int i = 1; i < source.lines().size(); i++) {
            String line = source.lines().get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                return new Split(source.lines().subList(1, i), i + 2);
            }
        }
        findings.add(Finding.error(source.location(), 1, 1, "front-matter-unclosed",
                "front matter opened with '---' on line 1 is never closed by another '---' line"));
        return new Split(List.of(), source.lines().size() + 1);
    }

    RunbookHeader read(SourceText source, Split split, List<Finding> findings) {
        RunbookHeader header = new RunbookHeader();
        header.frontMatterLine = 1;
        FrontMatter raw;
        try {
            raw = yaml.readValue(String.join("\n", split.yamlLines()), FrontMatter.class);
        } catch (JsonProcessingException e) {
            findings.add(yamlFinding(source.location(), e));
            return header;
        }
        if (raw == null) {
            return header;
        }
        new Converter(source, split, findings).fill(raw, header);
        return header;
    }

    private static Finding yamlFinding(String location, JsonProcessingException e) {
        int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
        int column = e.getLocation() == null ? 1 : e.getLocation().getColumnNr();
        if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
            String known = u.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            return Finding.error(location, line, column, "unknown-key",
                    "unknown front matter key '" + u.getPropertyName() + "' (known keys here: " + known + ")");
        }
        if (e instanceof MismatchedInputException) {
            MismatchedInputException m = (MismatchedInputException) e;
            return Finding.error(location, line, column, "front-matter-shape",
                    "front matter '" + path(m) + "' should be " + shape(m.getTargetType()));
        }
        String reason = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().lines().findFirst().orElse("");
        return Finding.error(location, line, column, "yaml-syntax", "front matter is not valid YAML: " + reason);
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? "(top level)" : out.toString();
    }

    private static String shape(Class<?> type) {
        if (type == null) return "of another type";
        if (List.class.isAssignableFrom(type)) return "a list";
        if (type == String.class) return "text";
        if (type == Boolean.class) return "true or false";
        if (type == Long.class) return "a whole number";
        return "a mapping of keys";
    }

    /** Converts the raw strings into typed values, reporting each bad value at its own line. */
    private static final class Converter {
        private final SourceText source;
        private final Split split;
        private final List<Finding> findings;

        Converter(SourceText source, Split split, List<Finding> findings) {
            this.source = source;
            this.split = split;
            this.findings = findings;
        }

        void fill(FrontMatter raw, RunbookHeader header) {
            header.id = blankToNull(raw.id);
            if (header.id != null && !KEBAB_ID.matcher(header.id).matches()) {
                error("id", "bad-id", "id '" + header.id + "' must be kebab-case, like server-down");
            }
            header.title = blankToNull(raw.title);
            header.summary = blankToNull(raw.summary);
            if (raw.alert != null && blankToNull(raw.alert.name) != null) {
                header.alert = new Runbook.Alert(raw.alert.name.trim(), blankToNull(raw.alert.query));
            }
            if (raw.severity != null) {
                header.severity = Severity.parse(raw.severity).orElse(null);
                if (header.severity == null) {
                    error("severity", "bad-severity", "severity '" + raw.severity + "' is not one of critical, high, warning, info");
                }
            }
            header.responseTime = duration("response_time", raw.responseTime);
            header.reviewInterval = duration("review_interval", raw.reviewInterval);
            header.incidentTypes = words(raw.incidentTypes);
            header.tags = words(raw.tags);
            header.owner = blankToNull(raw.owner);
            header.version = blankToNull(raw.version);
            if (raw.lastReviewed != null) {
                try {
                    header.lastReviewed = LocalDate.parse(raw.lastReviewed.trim());
                } catch (DateTimeParseException e) {
                    error("last_reviewed", "bad-date", "last_reviewed '" + raw.lastReviewed + "' is not a date like 2026-11-01");
                }
            }
            if (raw.parameters != null) {
                Set<String> seen = new HashSet<>();
                for (FrontMatter.ParameterEntry entry : raw.parameters) {
                    Parameter parameter = parameter(entry);
                    if (parameter != null && !seen.add(parameter.name())) {
                        findings.add(Finding.error(source.location(), parameter.line(), 1, "duplicate-parameter",
                                "parameter " + parameter.name() + " is declared twice"));
                    } else if (parameter != null) {
                        header.parameters.add(parameter);
                    }
                }
            }
        }

        private Parameter parameter(FrontMatter.ParameterEntry entry) {
            if (entry == null || blankToNull(entry.name) == null) {
                error("parameters", "bad-parameter", "a parameter has no name");
                return null;
            }
            String name = entry.name.trim();
            int line = lineOf("(-\\s*)?name:\\s*['\"]?" + Pattern.quote(name) + "['\"]?\\s*$");
            if (!Parameter.NAME.matcher(name).matches()) {
                at(line, "bad-parameter", "parameter name '" + name + "' must be upper case letters, digits and underscores");
                return null;
            }
            ParameterType type = entry.type == null ? ParameterType.TEXT : ParameterType.parse(entry.type).orElse(null);
            if (type == null) {
                at(line, "bad-parameter-type", "parameter " + name + " has unknown type '" + entry.type
                        + "' (use hostname, port, identifier, path, integer, url or text)");
                return null;
            }
            Pattern pattern = null;
            if (entry.pattern != null) {
                try {
                    pattern = Pattern.compile(entry.pattern);
                } catch (PatternSyntaxException e) {
                    at(line, "bad-pattern", "parameter " + name + " has an invalid pattern: " + e.getDescription());
                }
            }
            Parameter parameter = new Parameter(name, type, entry.defaultValue, entry.required == null || entry.required,
                    blankToNull(entry.description), pattern, entry.min, entry.max, line);
            if (entry.defaultValue != null) {
                parameter.problemWith(entry.defaultValue).ifPresent(problem ->
                        at(line, "bad-default", "default of " + problem));
            }
            return parameter;
        }

        private java.time.Duration duration(String key, String text) {
            if (text == null) {
                return null;
            }
            return DurationText.parse(text).orElseGet(() -> {
                error(key, "bad-duration", key + " '" + text + "' is not a duration like 90s, 15m, 4h or 7d");
                return null;
            });
        }

        private void error(String key, String rule, String message) {
            at(lineOf(Pattern.quote(key) + ":.*"), rule, message);
        }

        private void at(int line, String rule, String message) {
            findings.add(Finding.error(source.location(), line, 1, rule, message));
        }

        private int lineOf(String regex) {
            Pattern p = Pattern.compile("^\\s*" + regex);
            for (int i = 0; i < split.yamlLines().size(); i++) {
                if (p.matcher(split.yamlLines().get(i)).find()) {
                    return i + 2;
                }
            }
            return 1;
        }
    }

    private static List<String> words(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).collect(Collectors.toList());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
