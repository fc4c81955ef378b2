package dev.incidentconsole.bundle.verify;

import java.util.ArrayList;
import java.util.List;

/** Collects findings in the order the checks make them. */
final class Findings {

    private final List<Finding> list = new ArrayList<>();

    void problem(String file, Long seq, String message) {
        list.add(Finding.problem(file, seq, message));
    }

    void note(String file, Long seq, String message) {
        list.add(Finding.note(file, seq, message));
    }

    boolean anyProblem() {
        return list.stream().anyMatch(Finding::isProblem);
    }

    List<Finding> all() {
        return List.copyOf(list);
    }
}
