package dev.incidentconsole.ui.evidence;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.ui.common.Icons;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The icon of each kind of entry; colour comes from CSS through the {@code kind-<name>} style class. */
final class TimelineKindIcon {

    private TimelineKindIcon() {
    }

    static FontIcon of(EntryKind kind) {
        return Icons.icon(ikon(kind), "kind-icon", "kind-" + kind.name().toLowerCase(Locale.ROOT));
    }

    private static Ikon ikon(EntryKind kind) {
        return switch (kind) {
            case COMMAND -> MaterialDesignC.CONSOLE;
            case FILE -> MaterialDesignF.FILE_DOCUMENT_OUTLINE;
            case NOTE -> MaterialDesignN.NOTE_TEXT_OUTLINE;
            case CHECK -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
            case SKIP -> MaterialDesignS.SKIP_NEXT_CIRCLE_OUTLINE;
            case ESCALATION -> MaterialDesignA.ALERT_OCTAGON_OUTLINE;
            case STATUS -> MaterialDesignI.INFORMATION_OUTLINE;
        };
    }
}
