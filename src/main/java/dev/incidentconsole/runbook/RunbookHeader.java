package dev.incidentconsole.runbook;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Metadata gathered from front matter or from a plain runbook's metadata lines, before the body is added. */
final class RunbookHeader {
    String id;
    String title;
    String summary;
    Runbook.Alert alert;
    Severity severity;
    Duration responseTime;
    List<String> incidentTypes = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String owner;
    String version;
    LocalDate lastReviewed;
    Duration reviewInterval;
    List<Parameter> parameters = new ArrayList<>();
    /** Line of the front matter's opening marker, or 0 when the runbook has none. */
    int frontMatterLine;

    boolean hasFrontMatter() {
        return frontMatterLine > 0;
    }

    RunbookHeader copy() {
        RunbookHeader c = new RunbookHeader();
        c.id = id;
        c.title = title;
        c.summary = summary;
        c.alert = alert;
        c.severity = severity;
        c.responseTime = responseTime;
        c.incidentTypes = new ArrayList<>(incidentTypes);
        c.tags = new ArrayList<>(tags);
        c.owner = owner;
        c.version = version;
        c.lastReviewed = lastReviewed;
        c.reviewInterval = reviewInterval;
        c.parameters = new ArrayList<>(parameters);
        c.frontMatterLine = frontMatterLine;
        return c;
    }
}
