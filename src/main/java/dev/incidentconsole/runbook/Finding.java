package dev.incidentconsole.runbook;

/** A problem found in a runbook file, located so an editor can jump to it. Lines and columns count from 1. */
public record Finding(String file, int line, int column, Level level, String rule, String message) {

    public enum Level { ERROR, WARNING }

    public static Finding error(String file, int line, int column, String rule, String message) {
        return new Finding(file, Math.max(1, line), Math.max(1, column), Level.ERROR, rule, message);
    }

    public static Finding warning(String file, int line, int column, String rule, String message) {
        return new Finding(file, Math.max(1, line), Math.max(1, column), Level.WARNING, rule, message);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** The compiler-style line: {@code file:line:column: error: message [rule]}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + level.name().toLowerCase(java.util.Locale.ROOT) + ": "
                + message + " [" + rule + "]";
    }
}
