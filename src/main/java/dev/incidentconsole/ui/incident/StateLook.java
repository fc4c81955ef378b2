package dev.incidentconsole.ui.incident;

import dev.incidentconsole.incident.StepState;
import dev.incidentconsole.ui.common.Icons;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ProgressIndicator;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** How a step's state looks: an icon coloured by its style class, or a spinner while it runs. */
final class StateLook {

    private StateLook() {
    }

    static String styleClass(StepState state) {
        return "state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Node icon(StepState state) {
        if (state == StepState.RUNNING) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.getStyleClass().add("state-spinner");
            spinner.setPrefSize(18, 18);
            spinner.setMaxSize(18, 18);
            return spinner;
        }
        return Icons.icon(ikon(state), "state-icon", styleClass(state));
    }

    private static Ikon ikon(StepState state) {
        switch (state) {
            case SUCCEEDED: return MaterialDesignC.CHECK_CIRCLE;
            case FAILED: return MaterialDesignC.CLOSE_CIRCLE;
            case PARTIALLY_FAILED: return MaterialDesignA.ALERT_CIRCLE;
            case SKIPPED: return MaterialDesignS.SKIP_NEXT_CIRCLE_OUTLINE;
            case CANCELLED: return MaterialDesignC.CANCEL;
            default: return MaterialDesignC.CHECKBOX_BLANK_CIRCLE_OUTLINE;
        }
    }
}
