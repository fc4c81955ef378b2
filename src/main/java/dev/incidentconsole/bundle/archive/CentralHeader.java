package dev.incidentconsole.bundle.archive;

import java.nio.charset.StandardCharsets;

/**
 * One central-directory header as found in the file, sizes already widened by its ZIP64 field, nothing yet
 * trusted. {@code unicodePath} is the Info-ZIP Unicode Path field's name, or null when there is none.
 */
record CentralHeader(int index, byte[] nameBytes, int versionMadeBy, int flags, int method, long crc,
        long compressedSize, long size, long localHeaderOffset, long externalAttributes, byte[] unicodePath) {

    static final int FLAG_ENCRYPTED = 1;
    static final int FLAG_DATA_DESCRIPTOR = 1 << 3;
    static final int FLAG_STRONG_ENCRYPTION = 1 << 6;
    static final int FLAG_UTF8 = 1 << 11;
    static final int HOST_UNIX = 3;

    /** The name for messages only: undecodable bytes shown as U+FFFD. */
    String displayName() {
        return new String(nameBytes, StandardCharsets.UTF_8);
    }

    /** The file-type bits of a Unix mode, or 0 when the entry was not made on Unix or carries no mode. */
    int unixFileType() {
        if ((versionMadeBy >>> 8) != HOST_UNIX) {
            return 0;
        }
        return (int) ((externalAttributes >>> 16) & 0170000);
    }

    /** The MS-DOS directory attribute, which zip tools set on every host. */
    boolean dosDirectory() {
        return (externalAttributes & 0x10) != 0;
    }
}
