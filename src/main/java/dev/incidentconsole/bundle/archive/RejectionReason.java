package dev.incidentconsole.bundle.archive;

/** Why a bundle, or one entry of it, was refused. Each has its own message; the enum lets callers branch. */
public enum RejectionReason {
    EMPTY_FILE,
    NOT_A_ZIP,
    TRUNCATED,
    /** Offsets, lengths or counts that contradict each other or the file. */
    MALFORMED,
    /** The local header of an entry says something else than its central-directory header. */
    INCONSISTENT_HEADERS,
    /** Entries whose bytes overlap, or bytes hidden between entries. */
    OVERLAPPING_ENTRIES,
    /** Encryption, multi-disk archives, compression methods other than stored and deflated. */
    UNSUPPORTED,
    PATH_ESCAPES,
    ABSOLUTE_PATH,
    BACKSLASH,
    EMPTY_SEGMENT,
    DOT_SEGMENT,
    FORBIDDEN_CHARACTER,
    NAME_TOO_LONG,
    NOT_UTF8,
    SYMLINK,
    NOT_REGULAR_FILE,
    DUPLICATE_NAME,
    /** Two names that become the same file on a case-insensitive disk, or a file that is also a folder. */
    NAME_CLASH,
    TOO_MANY_ENTRIES,
    ENTRY_TOO_LARGE,
    TOTAL_TOO_LARGE,
    RATIO_TOO_HIGH,
    /** The data inflates to more, or fewer, bytes than the headers declare. */
    SIZE_MISMATCH,
    CRC_MISMATCH,
    CORRUPT_DATA,
    MISSING_FILE
}
