package dev.incidentconsole.runbook;

/**
 * One line of a step's {@code collect} block: a remote path as written, {@code ${NAME}} references and all, at
 * {@code line} and {@code column} of the source file so lint can point at it.
 */
public record CollectPath(String path, int line, int column) {
}
