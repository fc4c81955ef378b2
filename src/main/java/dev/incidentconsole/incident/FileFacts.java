package dev.incidentconsole.incident;

import dev.incidentconsole.remote.CollectedFile;
import dev.incidentconsole.remote.FileProblem;

/**
 * The text sealed into a FILE entry: the transfer's line, then the file's facts as {@code name: value} lines. The
 * text is hashed into the chain, so these facts are as tamper-evident as the bytes.
 */
final class FileFacts {

    private FileFacts() {
    }

    static String of(CollectedFile file) {
        StringBuilder text = new StringBuilder(file.detail() == null ? file.hostAlias() + ":" + file.remotePath()
                + ": " + file.status().words() : file.detail());
        line(text, "resolved path", file.resolvedPath());
        line(text, "size", file.size() == null ? null : file.size() + " bytes");
        line(text, "mode", file.mode());
        line(text, "uid", file.uid());
        line(text, "gid", file.gid());
        line(text, "mtime", file.mtime());
        line(text, "bytes read", file.bytesReceived());
        line(text, "sha256 of bytes read", file.sha256());
        line(text, "changed while read", file.problem() == FileProblem.CHANGED_WHILE_READING ? "yes" : "no");
        return text.toString();
    }

    private static void line(StringBuilder text, String name, Object value) {
        text.append('\n').append(name).append(": ").append(value == null ? "unknown" : value);
    }
}
