package dev.incidentconsole.report;

import java.util.List;

/**
 * The sections a responder writes by hand. Any of them may be blank while the report is a draft; a blank one is
 * shown with a "to be written" placeholder, never silently left out. The text is shown as plain text (line
 * breaks kept), not interpreted as Markdown or HTML.
 */
public record ReportNarrative(String impact, String rootCause, String remediation, String lessonsLearned) {

    public ReportNarrative {
        impact = impact == null ? "" : impact;
        rootCause = rootCause == null ? "" : rootCause;
        remediation = remediation == null ? "" : remediation;
        lessonsLearned = lessonsLearned == null ? "" : lessonsLearned;
    }

    public static ReportNarrative blank() {
        return new ReportNarrative("", "", "", "");
    }

    /** The sections in the order a reader expects them. */
    public List<Section> sections() {
        return List.of(new Section("Impact", impact), new Section("Root cause", rootCause),
                new Section("Remediation", remediation), new Section("Lessons learned", lessonsLearned));
    }

    public record Section(String title, String text) {
        public boolean written() {
            return !text.isBlank();
        }
    }
}
