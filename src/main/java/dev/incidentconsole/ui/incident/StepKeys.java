package dev.incidentconsole.ui.incident;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The step shortcuts, working wherever the keyboard is inside the node they are installed on. */
final class StepKeys {

    private StepKeys() {
    }

    static void install(Node node, StepActions actions) {
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
        keys.put(IncidentShortcuts.RUN, actions::runOrCheckOff);
        keys.put(IncidentShortcuts.RUN_ON_SELECTED, actions::runOnSelected);
        keys.put(IncidentShortcuts.SKIP, actions::skip);
        keys.put(IncidentShortcuts.CHECK_OFF, actions::checkOff);
        keys.put(IncidentShortcuts.CANCEL_RUN, actions::cancel);
        keys.put(IncidentShortcuts.NOTE, actions::note);
        keys.put(IncidentShortcuts.ESCALATE, actions::escalate);
        node.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            for (Map.Entry<KeyCombination, Runnable> key : keys.entrySet()) {
                if (key.getKey().match(event)) {
                    event.consume();
                    key.getValue().run();
                    return;
                }
            }
        });
    }
}
