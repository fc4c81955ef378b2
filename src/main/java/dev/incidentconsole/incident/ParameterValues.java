package dev.incidentconsole.incident;

import dev.incidentconsole.runbook.Parameter;
import dev.incidentconsole.runbook.Runbook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a runbook's parameters take in an incident: given values, else defaults, each checked against the
 * parameter's type. Values that fail are reported together, so a responder fixes them in one go.
 */
public final class ParameterValues {

    private ParameterValues() {
    }

    /** The environment for the runbook's commands; throws IllegalArgumentException listing every problem. */
    public static Map<String, String> resolve(Runbook runbook, Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String name : given.keySet()) {
            if (runbook.parameter(name).isEmpty()) {
                problems.add(name + " is not a parameter of " + runbook.id());
            }
        }
        for (Parameter parameter : runbook.parameters()) {
            String value = given.getOrDefault(parameter.name(), parameter.defaultValue());
            if (value == null) {
                if (parameter.required()) {
                    problems.add(parameter.name() + " is required" + (parameter.description() == null ? "" : " (" + parameter.description() + ")"));
                }
                continue;
            }
            parameter.problemWith(value).ifPresentOrElse(problems::add, () -> values.put(parameter.name(), value));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return values;
    }
}
