package dev.incidentconsole.remote.ssh;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Parameter values built to break naive quoting: quotes, substitutions, separators, newlines, globs, unicode. */
final class HostileValues {

    private static final String[] PIECES = {
        "'", "\"", "`", "$(", ")", "${", "}", "$", ";", "&&", "||", "|", "&", ">", "<", "\n", "\r", "\t", " ",
        "*", "?", "[a-z]", "~", "\\", "\\'", "'\\''", "!", "#", "%s", "%n", "-n", "--", "=", "touch MARKER",
        "$(touch MARKER)", "`touch MARKER`", "; touch MARKER;", "' ; touch MARKER ; '", "\" ; touch MARKER ; \"",
        "\u00e9", "\u4e2d\u6587", "\ud83d\udd25", "\u202e", "\u00a0", "${IFS}", "$HOME", "\u0001", "\u007f"
    };

    private HostileValues() {
    }

    static List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> values = new ArrayList<>(List.of(PIECES));
        while (values.size() < count) {
            StringBuilder value = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int i = 0; i < parts; i++) {
                value.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) == 0) value.append((char) ('a' + random.nextInt(26)));
            }
            values.add(value.toString());
        }
        return values.subList(0, count);
    }
}
