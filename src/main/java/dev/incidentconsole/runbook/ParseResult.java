package dev.incidentconsole.runbook;

import java.util.List;

/** The runbooks a file holds (one, several for some plain documents, or none) and what was wrong with it. */
public record ParseResult(String location, List<Runbook> runbooks, List<Finding> findings) {

    public ParseResult {
        runbooks = List.copyOf(runbooks);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
