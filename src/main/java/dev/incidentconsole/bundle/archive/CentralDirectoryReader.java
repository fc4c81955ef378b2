package dev.incidentconsole.bundle.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the end records of a zip and reads every central-directory header, checking each offset and count
 * against the file before using it. What a header says about its entry is judged later, by {@link ArchiveInspector}.
 */
final class CentralDirectoryReader {

    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int END_SIZE = 22;
    private static final int ZIP64_LOCATOR_SIZE = 20;
    private static final int ZIP64_END_SIZE = 56;
    private static final int CENTRAL_HEADER_SIZE = 46;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int ZIP64_FIELD = 0x0001;
    private static final int UNICODE_PATH_FIELD = 0x7075;
    static final long MAGIC32 = 0xFFFFFFFFL;
    private static final int MAGIC16 = 0xFFFF;

    /** Where the central directory lies and what it holds. */
    record Directory(long offset, long size, List<CentralHeader> headers) {
    }

    private final ArchiveFile file;
    private final BundleLimits limits;

    CentralDirectoryReader(ArchiveFile file, BundleLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    Directory read() throws IOException {
        long size = file.size();
        if (size == 0) {
            throw new BundleRejectedException(RejectionReason.EMPTY_FILE, "the bundle file is empty (0 bytes)");
        }
        long endPosition = findEndRecord();
        ByteBuffer end = file.read(endPosition, END_SIZE);
        int disk = u16(end, 4);
        int directoryDisk = u16(end, 6);
        long entriesHere = u16(end, 8);
        long entries = u16(end, 10);
        long directorySize = u32(end, 12);
        long directoryOffset = u32(end, 16);
        long endRecordsStart = endPosition;
        if (endPosition >= ZIP64_LOCATOR_SIZE
                && file.read(endPosition - ZIP64_LOCATOR_SIZE, 4).getInt(0) == ZIP64_LOCATOR_SIGNATURE) {
            ByteBuffer locator = file.read(endPosition - ZIP64_LOCATOR_SIZE, ZIP64_LOCATOR_SIZE);
            long zip64EndPosition = locator.getLong(8);
            ByteBuffer zip64End = file.read(zip64EndPosition, ZIP64_END_SIZE);
            if (zip64End.getInt(0) != ZIP64_END_SIGNATURE || locator.getInt(4) != 0
                    || zip64EndPosition + 12 + zip64End.getLong(4) != endPosition - ZIP64_LOCATOR_SIZE) {
                throw malformed("its ZIP64 end record is damaged or not where its locator says");
            }
            disk = (int) u32(zip64End, 16);
            directoryDisk = (int) u32(zip64End, 20);
            entriesHere = zip64End.getLong(24);
            entries = zip64End.getLong(32);
            directorySize = zip64End.getLong(40);
            directoryOffset = zip64End.getLong(48);
            endRecordsStart = zip64EndPosition;
        } else if (entries == MAGIC16 || directorySize == MAGIC32 || directoryOffset == MAGIC32) {
            throw malformed("its end record asks for ZIP64 values but there is no ZIP64 end record");
        }
        if (disk != 0 || directoryDisk != 0 || entriesHere != entries) {
            throw new BundleRejectedException(RejectionReason.UNSUPPORTED,
                    "the zip is split across several disks; bundles are a single file");
        }
        if (entries < 0 || entries > limits.maxEntries()) {
            throw new BundleRejectedException(RejectionReason.TOO_MANY_ENTRIES, "the bundle declares "
                    + Long.toUnsignedString(entries) + " entries; at most " + limits.maxEntries() + " are allowed");
        }
        if (directoryOffset < 0 || directorySize < 0 || directoryOffset + directorySize != endRecordsStart) {
            throw malformed("the central directory (offset " + directoryOffset + ", " + directorySize
                    + " bytes) does not end where the end record begins (" + endRecordsStart + ")");
        }
        return new Directory(directoryOffset, directorySize, readHeaders(directoryOffset, directorySize, (int) entries));
    }

    /** The one end record whose comment runs exactly to the end of the file; two such are ambiguous and refused. */
    private long findEndRecord() throws IOException {
        long size = file.size();
        int tailLength = (int) Math.min(size, END_SIZE + MAX_COMMENT);
        long tailStart = size - tailLength;
        ByteBuffer tail = file.read(tailStart, tailLength);
        long found = -1;
        for (int i = tailLength - END_SIZE; i >= 0; i--) {
            if (tail.getInt(i) == END_SIGNATURE && u16(tail, i + 20) == tailLength - i - END_SIZE) {
                if (found >= 0) {
                    throw malformed("it has two end records (one hidden in the comment); zip tools would disagree"
                            + " about its content");
                }
                found = tailStart + i;
            }
        }
        if (found >= 0) {
            return found;
        }
        if (size >= 4 && file.read(0, 4).getInt(0) == LOCAL_SIGNATURE) {
            throw new BundleRejectedException(RejectionReason.TRUNCATED, "the zip is incomplete: it starts like a"
                    + " zip but its end (the central directory) is missing or followed by stray bytes; it was"
                    + " probably cut off while copying");
        }
        throw new BundleRejectedException(RejectionReason.NOT_A_ZIP, "the file is not a zip archive");
    }

    private List<CentralHeader> readHeaders(long offset, long length, int count) throws IOException {
        List<CentralHeader> headers = new ArrayList<>(Math.min(count, 4096));
        long position = offset;
        long end = offset + length;
        for (int index = 0; index < count; index++) {
            if (end - position < CENTRAL_HEADER_SIZE) {
                throw malformed("its central directory ends in the middle of entry " + (index + 1) + " of " + count);
            }
            ByteBuffer fixed = file.read(position, CENTRAL_HEADER_SIZE);
            if (fixed.getInt(0) != CENTRAL_SIGNATURE) {
                throw malformed("central directory header " + (index + 1) + " is damaged (wrong signature)");
            }
            int nameLength = u16(fixed, 28);
            int extraLength = u16(fixed, 30);
            int commentLength = u16(fixed, 32);
            long variable = (long) nameLength + extraLength + commentLength;
            if (end - position - CENTRAL_HEADER_SIZE < variable) {
                throw malformed("central directory header " + (index + 1) + " runs past the directory's end");
            }
            ByteBuffer rest = file.read(position + CENTRAL_HEADER_SIZE, nameLength + extraLength);
            byte[] name = new byte[nameLength];
            rest.get(name);
            headers.add(header(index, fixed, name, rest.slice(nameLength, extraLength)
                    .order(ByteOrder.LITTLE_ENDIAN)));
            position += CENTRAL_HEADER_SIZE + variable;
        }
        if (position != end) {
            throw malformed("its central directory holds more than the " + count + " entries its end record declares");
        }
        return headers;
    }

    private CentralHeader header(int index, ByteBuffer fixed, byte[] name, ByteBuffer extra) throws IOException {
        long compressedSize = u32(fixed, 20);
        long size = u32(fixed, 24);
        int diskStart = u16(fixed, 34);
        long localOffset = u32(fixed, 42);
        byte[] unicodePath = null;
        while (extra.hasRemaining()) {
            if (extra.remaining() < 4) {
                throw malformedEntry(name, "has a damaged extra field");
            }
            int id = u16(extra, extra.position());
            int length = u16(extra, extra.position() + 2);
            extra.position(extra.position() + 4);
            if (extra.remaining() < length) {
                throw malformedEntry(name, "has an extra field longer than its header");
            }
            ByteBuffer data = extra.slice(extra.position(), length).order(ByteOrder.LITTLE_ENDIAN);
            extra.position(extra.position() + length);
            if (id == ZIP64_FIELD) {
                // The ZIP64 field holds, in this order, only the values whose 32-bit slot is saturated.
                if (size == MAGIC32) {
                    size = zip64Value(data, name);
                }
                if (compressedSize == MAGIC32) {
                    compressedSize = zip64Value(data, name);
                }
                if (localOffset == MAGIC32) {
                    localOffset = zip64Value(data, name);
                }
            } else if (id == UNICODE_PATH_FIELD && length >= 5) {
                unicodePath = new byte[length - 5];
                data.get(5, unicodePath);
            }
        }
        if (diskStart != 0) {
            throw new BundleRejectedException(RejectionReason.UNSUPPORTED, new String(name,
                    StandardCharsets.UTF_8), "lies on another disk of a split zip");
        }
        return new CentralHeader(index, name, u16(fixed, 4), u16(fixed, 8), u16(fixed, 10), u32(fixed, 16),
                compressedSize, size, localOffset, u32(fixed, 38), unicodePath);
    }

    private static long zip64Value(ByteBuffer data, byte[] name) throws BundleRejectedException {
        if (data.remaining() < 8) {
            throw malformedEntry(name, "declares a ZIP64 size or offset that its ZIP64 field does not hold");
        }
        long value = data.getLong();
        if (value < 0) {
            throw malformedEntry(name, "declares a size or offset beyond 2^63 bytes");
        }
        return value;
    }

    static int u16(ByteBuffer buffer, int index) {
        return Short.toUnsignedInt(buffer.getShort(index));
    }

    static long u32(ByteBuffer buffer, int index) {
        return Integer.toUnsignedLong(buffer.getInt(index));
    }

    private static BundleRejectedException malformed(String problem) {
        return new BundleRejectedException(RejectionReason.MALFORMED, "the zip is malformed: " + problem);
    }

    private static BundleRejectedException malformedEntry(byte[] name, String problem) {
        return new BundleRejectedException(RejectionReason.MALFORMED,
                new String(name, StandardCharsets.UTF_8), problem);
    }
}
