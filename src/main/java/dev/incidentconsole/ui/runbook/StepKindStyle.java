package dev.incidentconsole.ui.runbook;

import dev.incidentconsole.runbook.Step;
import dev.incidentconsole.runbook.StepKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** How each kind of step (and a step that collects files) looks: icon, style class, the word on its tag and what it means for the responder. */
enum StepKindStyle {
    DIAGNOSTIC(MaterialDesignM.MAGNIFY, "Diagnostic", "Only reads the host."),
    CHANGE(MaterialDesignA.ALERT, "Change", "Changes the host \u00b7 the console asks you to confirm the hosts before it runs"),
    MANUAL(MaterialDesignA.ACCOUNT_CHECK, "Manual", "Done by you, then checked off with a note."),
    COLLECT(MaterialDesignF.FILE_DOWNLOAD_OUTLINE, "Collect",
            "Only reads: copies these files from each host into the evidence, with owner, mode, mtime and SHA-256.");

    final Ikon icon;
    final String tag;
    final String meaning;

    StepKindStyle(Ikon icon, String tag, String meaning) {
        this.icon = icon;
        this.tag = tag;
        this.meaning = meaning;
    }

    static StepKindStyle of(StepKind kind) {
        return valueOf(kind.name());
    }

    /** A collect step reads like a diagnostic one but looks apart, so copying files is never mistaken for a command. */
    static StepKindStyle of(Step step) {
        return step.collects() ? COLLECT : of(step.kind());
    }

    String styleClass() {
        return "step-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
