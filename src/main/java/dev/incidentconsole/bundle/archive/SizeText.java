package dev.incidentconsole.bundle.archive;

/** Byte counts for messages: readable, with the exact number beside it. */
final class SizeText {

    private SizeText() {
    }

    static String of(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s (%d bytes)", value, units[unit], bytes);
    }
}
