package dev.incidentconsole.remote;

/** ssh_config time values, as OpenSSH's {@code convtime} reads them: {@code 30}, {@code 30s}, {@code 1m30s}, {@code 2h}. */
final class SshTime {

    private static final long LIMIT = Integer.MAX_VALUE;

    private SshTime() {
    }

    /** The number of seconds, or -1 when {@code text} is not a time. */
    static long seconds(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        long total = 0;
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
                i++;
            }
            if (i == start || i - start > 10) {
                return -1;
            }
            long value = Long.parseLong(text.substring(start, i));
            long unit = 1;
            if (i < text.length()) {
                unit = unitSeconds(text.charAt(i++));
                if (unit < 0) {
                    return -1;
                }
            }
            total += value * unit;
            if (total > LIMIT) {
                return -1;
            }
        }
        return total;
    }

    private static long unitSeconds(char unit) {
        switch (Character.toLowerCase(unit)) {
            case 's': return 1;
            case 'm': return 60;
            case 'h': return 3600;
            case 'd': return 86400;
            case 'w': return 604800;
            default: return -1;
        }
    }
}
