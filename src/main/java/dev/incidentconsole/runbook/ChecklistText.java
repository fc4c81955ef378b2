package dev.incidentconsole.runbook;

import java.util.stream.Collectors;

/** A runbook as a plain-text checklist, for terminals and for reports. */
public final class ChecklistText {

    private ChecklistText() {
    }

    public static String render(Runbook r) {
        StringBuilder out = new StringBuilder();
        out.append(r.title()).append("  [").append(r.id()).append("]\n");
        StringBuilder facts = new StringBuilder();
        if (r.severity() != null) facts.append("severity ").append(r.severity().label());
        if (r.responseTime() != null) facts.append(sep(facts)).append("respond within ").append(DurationText.format(r.responseTime()));
        if (r.alert() != null) {
            facts.append(sep(facts)).append("alert ").append(r.alert().name());
            if (r.alert().query() != null) facts.append(" (").append(r.alert().query()).append(')');
        }
        if (facts.length() > 0) out.append(facts).append('\n');
        StringBuilder upkeep = new StringBuilder();
        if (r.owner() != null) upkeep.append("owner ").append(r.owner());
        if (r.version() != null) upkeep.append(sep(upkeep)).append("version ").append(r.version());
        if (r.lastReviewed() != null) upkeep.append(sep(upkeep)).append("reviewed ").append(r.lastReviewed());
        if (upkeep.length() > 0) out.append(upkeep).append('\n');
        if (r.summary() != null) out.append('\n').append(r.summary()).append('\n');
        if (!r.parameters().isEmpty()) {
            out.append("\nParameters\n");
            for (Parameter p : r.parameters()) {
                out.append("  ").append(p.name()).append("  ").append(p.type().label())
                        .append(p.required() && p.defaultValue() == null ? ", required" : "")
                        .append(p.defaultValue() != null ? ", default " + p.defaultValue() : "")
                        .append(p.description() != null ? "  " + p.description() : "").append('\n');
            }
        }
        r.checklists().stream().filter(c -> c.kind() == Checklist.Kind.SYMPTOMS).forEach(c -> checklist(c, out));
        int index = 0;
        for (Phase phase : r.phases()) {
            out.append("\nPhase ").append(++index).append(": ").append(phase.title());
            if (phase.timeBox() != null) out.append("  [").append(phase.timeBox().label()).append(']');
            out.append('\n');
            for (Step step : phase.steps()) {
                out.append("  [ ] ").append(step.number()).append(". ").append(step.title())
                        .append("  (").append(step.kind().label()).append(", ").append(step.id()).append(")\n");
                for (Command command : step.commands()) {
                    String options = command.timeout() == null ? "" : "  # timeout " + DurationText.format(command.timeout());
                    out.append(command.script().lines().map(l -> "        $ " + l).collect(Collectors.joining("\n")))
                            .append(options).append('\n');
                }
            }
        }
        r.checklists().stream().filter(c -> c.kind() != Checklist.Kind.SYMPTOMS).forEach(c -> checklist(c, out));
        return out.toString();
    }

    private static void checklist(Checklist checklist, StringBuilder out) {
        out.append('\n').append(checklist.title()).append('\n');
        checklist.items().forEach(item -> out.append("  [ ] ").append(item).append('\n'));
    }

    private static String sep(StringBuilder sb) {
        return sb.length() > 0 ? " \u00b7 " : "";
    }
}
