package dev.incidentconsole.bundle.verify;

/**
 * One thing the verifier found, naming the file and/or the entry it is about (either may be null).
 * A {@link Severity#PROBLEM} means the bundle cannot be relied on; {@link Severity#NOTE} is information the
 * analyst should know (a redacted copy, a runbook whose text was not kept, who signed).
 */
public record Finding(Severity severity, String file, Long seq, String message) {

    public enum Severity { PROBLEM, NOTE }

    public static Finding problem(String file, Long seq, String message) {
        return new Finding(Severity.PROBLEM, file, seq, message);
    }

    public static Finding note(String file, Long seq, String message) {
        return new Finding(Severity.NOTE, file, seq, message);
    }

    public boolean isProblem() {
        return severity == Severity.PROBLEM;
    }

    /** {@code PROBLEM evidence/3-stdout.bin (entry 3): ...}. */
    public String describe() {
        StringBuilder where = new StringBuilder();
        if (file != null) {
            where.append(' ').append(file);
        }
        if (seq != null) {
            where.append(file == null ? " entry " + seq : " (entry " + seq + ")");
        }
        return severity.name() + where + ": " + message;
    }
}
