package dev.incidentconsole.ui.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Where the window's split panes had their dividers, by name ("start", "incident", "workspace"), so the layout a
 * responder arranged comes back with the next window and with every incident opened meanwhile: the last divider
 * moved under a name is what that name remembers. Used on the FX thread only.
 */
final class PaneLayout {

    /** Remembered positions outside this range would hide a pane entirely; they are ignored. */
    private static final double MIN = 0.1;
    private static final double MAX = 0.9;

    private final Map<String, Double> positions = new LinkedHashMap<>();

    PaneLayout(Map<String, Double> remembered) {
        remembered.forEach((name, position) -> {
            if (position != null && position >= MIN && position <= MAX) {
                positions.put(name, position);
            }
        });
    }

    /** Puts the split's first divider where {@code name} was last left, and from now on remembers where it goes. */
    void keep(String name, SplitPane split) {
        if (split.getDividers().isEmpty()) {
            return;
        }
        SplitPane.Divider divider = split.getDividers().get(0);
        Double remembered = positions.get(name);
        if (remembered != null) {
            divider.setPosition(remembered);
            holdUntilMoved(split, divider, remembered);
        }
        divider.positionProperty().addListener((obs, was, now) -> {
            double position = now.doubleValue();
            if (position >= MIN && position <= MAX) {
                positions.put(name, position);
            }
        });
    }

    /**
     * While the window takes its size, layout passes move the divider of a pane that keeps its width as the whole
     * changes; the remembered place holds until the responder takes the divider with the mouse.
     */
    private static void holdUntilMoved(SplitPane split, SplitPane.Divider divider, double remembered) {
        boolean[] moved = {false};
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> moved[0] = true);
        divider.positionProperty().addListener((obs, was, now) -> {
            if (!moved[0] && Math.abs(now.doubleValue() - remembered) > 1e-9) {
                divider.setPosition(remembered);
            }
        });
    }

    Map<String, Double> positions() {
        return Map.copyOf(positions);
    }
}
