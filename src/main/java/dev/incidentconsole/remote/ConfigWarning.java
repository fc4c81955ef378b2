package dev.incidentconsole.remote;

import java.nio.file.Path;

/** A problem in ssh_config or the saved hosts file that was skipped over. {@code line} is 0 when unknown. */
public record ConfigWarning(Path file, int line, String message) {

    /** The compiler-style line: {@code file:line: message}. */
    public String format() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
