package dev.incidentconsole.bundle.archive;

import java.io.IOException;
import java.util.Optional;

/**
 * A bundle that is not safe or not intact to read. It is an {@link IOException} so that streams over an entry can
 * raise it mid-read (an entry that inflates beyond its declared size); callers that care catch it first.
 * The message names the entry (quoted, with control characters made visible) and what is wrong with it.
 */
public final class BundleRejectedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final RejectionReason reason;
    private final String entryName;

    /** A problem of one entry; {@code entryName} is shown quoted and escaped. */
    public BundleRejectedException(RejectionReason reason, String entryName, String problem) {
        super("entry " + quoted(entryName) + " " + problem);
        this.reason = reason;
        this.entryName = entryName;
    }

    /** A problem of the archive as a whole. */
    public BundleRejectedException(RejectionReason reason, String problem) {
        super(problem);
        this.reason = reason;
        this.entryName = null;
    }

    public RejectionReason reason() {
        return reason;
    }

    public Optional<String> entryName() {
        return Optional.ofNullable(entryName);
    }

    /** A hostile name may hold newlines or terminal escapes; show them as \\uXXXX so a message stays one line. */
    static String quoted(String name) {
        StringBuilder out = new StringBuilder(name.length() + 2).append('"');
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == '"' || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
