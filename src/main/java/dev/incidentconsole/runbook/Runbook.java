package dev.incidentconsole.runbook;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** An immutable runbook: upkeep metadata, the parameters a responder supplies, phases of steps, checklists. */
public record Runbook(
        String id,
        String title,
        String summary,
        Alert alert,
        Severity severity,
        Duration responseTime,
        List<String> incidentTypes,
        List<String> tags,
        String owner,
        String version,
        LocalDate lastReviewed,
        Duration reviewInterval,
        List<Parameter> parameters,
        String introduction,
        List<Phase> phases,
        List<Checklist> checklists,
        RunbookSource source) {

    public static final Duration DEFAULT_REVIEW_INTERVAL = Duration.ofDays(90);

    public Runbook {
        incidentTypes = List.copyOf(incidentTypes);
        tags = List.copyOf(tags);
        parameters = List.copyOf(parameters);
        phases = List.copyOf(phases);
        checklists = List.copyOf(checklists);
    }

    public Stream<Step> steps() {
        return phases.stream().flatMap(phase -> phase.steps().stream());
    }

    public Optional<Step> step(String stepId) {
        return steps().filter(step -> step.id().equals(stepId)).findFirst();
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<Duration> responseTimeLimit() {
        return Optional.ofNullable(responseTime);
    }

    public Optional<LocalDate> reviewDue() {
        if (lastReviewed == null) {
            return Optional.empty();
        }
        Duration interval = reviewInterval == null ? DEFAULT_REVIEW_INTERVAL : reviewInterval;
        return Optional.of(lastReviewed.plusDays(Math.max(1, interval.toDays())));
    }

    /** Words a responder may type to find this runbook: id, title, alert, severity, tags, incident types. */
    public String searchText() {
        StringBuilder text = new StringBuilder().append(id).append(' ').append(title);
        if (summary != null) text.append(' ').append(summary);
        if (alert != null) text.append(' ').append(alert.name());
        if (severity != null) text.append(' ').append(severity.label());
        tags.forEach(tag -> text.append(' ').append(tag));
        incidentTypes.forEach(type -> text.append(' ').append(type));
        return text.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** The alert that links to this runbook; the query may be absent. */
    public record Alert(String name, String query) {
    }
}
