package dev.incidentconsole.report;

/**
 * The name a collected file's content goes by beside the report (in a bundle, under {@code files/}):
 * {@code <seq>-<basename>}, the basename reduced to {@code [A-Za-z0-9._-]} so that a hostile remote name cannot
 * become a path, a hidden file or something a shell reads specially.
 */
public final class CollectedFileName {

    private static final int MAX_BASENAME = 100;

    private CollectedFileName() {
    }

    public static String of(long seq, String remotePath) {
        return seq + "-" + safeBasename(remotePath);
    }

    static String safeBasename(String remotePath) {
        String path = remotePath == null ? "" : remotePath.strip();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        StringBuilder safe = new StringBuilder(Math.min(last.length(), MAX_BASENAME));
        for (int i = 0; i < last.length() && safe.length() < MAX_BASENAME; i++) {
            char c = last.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_';
            safe.append(plain ? c : '_');
        }
        String name = safe.toString();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        return name.isEmpty() ? "file" : name;
    }
}
