package dev.incidentconsole.ui.incident;

import java.util.List;
import javafx.collections.ObservableList;

/** The style sheets of the incident screens: ours, plus the runbook library's for step cards and commands. */
final class Stylesheets {

    private static final List<String> SHEETS = List.of(
            "/dev/incidentconsole/ui/runbook/runbook.css",
            "/dev/incidentconsole/ui/incident/incident.css");

    private Stylesheets() {
    }

    static void addTo(ObservableList<String> stylesheets) {
        for (String sheet : SHEETS) {
            String url = Stylesheets.class.getResource(sheet).toExternalForm();
            if (!stylesheets.contains(url)) {
                stylesheets.add(url);
            }
        }
    }
}
