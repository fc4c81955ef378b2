package dev.incidentconsole.bundle.archive;

import static dev.incidentconsole.bundle.archive.CentralDirectoryReader.MAGIC32;
import static dev.incidentconsole.bundle.archive.CentralDirectoryReader.u16;
import static dev.incidentconsole.bundle.archive.CentralDirectoryReader.u32;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks where each entry's bytes lie. A local header must repeat its central header (a reader that walks the
 * file front to back, like {@code ZipInputStream}, would otherwise see other names), and the entries must tile
 * the file from its first byte to the central directory: no shared bytes (the overlapping-entry zip bomb) and no
 * bytes that belong to nothing (a hidden second archive).
 */
final class EntryLayout {

    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int LOCAL_HEADER_SIZE = 30;
    /** A data descriptor: CRC and two sizes, 4 or 8 bytes each, with or without its optional signature. */
    private static final Set<Long> DESCRIPTOR_SIZES = Set.of(12L, 16L, 20L, 24L);
    private static final int ENCRYPTION_FLAGS = CentralHeader.FLAG_ENCRYPTED | CentralHeader.FLAG_STRONG_ENCRYPTION;

    private record Placement(ArchiveEntry entry, long headerOffset, long dataEnd, boolean descriptor) {
    }

    private final ArchiveFile file;
    private final long directoryOffset;

    EntryLayout(ArchiveFile file, long directoryOffset) {
        this.file = file;
        this.directoryOffset = directoryOffset;
    }

    List<ArchiveEntry> place(List<CentralHeader> headers, List<String> names) throws IOException {
        List<Placement> placements = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            placements.add(placeOne(headers.get(i), names.get(i)));
        }
        checkTiling(placements);
        return placements.stream().map(Placement::entry).toList();
    }

    private Placement placeOne(CentralHeader header, String name) throws IOException {
        long offset = header.localHeaderOffset();
        if (offset > directoryOffset - LOCAL_HEADER_SIZE) {
            throw new BundleRejectedException(RejectionReason.MALFORMED, name,
                    "points to a local header at " + offset + ", outside the archive's data");
        }
        ByteBuffer local = file.read(offset, LOCAL_HEADER_SIZE);
        if (local.getInt(0) != LOCAL_SIGNATURE) {
            throw new BundleRejectedException(RejectionReason.INCONSISTENT_HEADERS, name,
                    "has no local header where the central directory says (offset " + offset + ")");
        }
        int flags = u16(local, 6);
        int nameLength = u16(local, 26);
        long dataOffset = offset + LOCAL_HEADER_SIZE + nameLength + u16(local, 28);
        if (dataOffset > directoryOffset) {
            throw new BundleRejectedException(RejectionReason.MALFORMED, name,
                    "has a local header that runs into the central directory");
        }
        byte[] localName = file.read(offset + LOCAL_HEADER_SIZE, nameLength).array();
        if (!Arrays.equals(localName, header.nameBytes())) {
            throw new BundleRejectedException(RejectionReason.INCONSISTENT_HEADERS, name, "is called "
                    + BundleRejectedException.quoted(new String(localName, StandardCharsets.UTF_8))
                    + " in its local header; tools that read a zip front to back would extract that name");
        }
        if (u16(local, 8) != header.method() || (flags & ENCRYPTION_FLAGS) != (header.flags() & ENCRYPTION_FLAGS)) {
            throw new BundleRejectedException(RejectionReason.INCONSISTENT_HEADERS, name,
                    "has another compression method or encryption in its local header");
        }
        boolean descriptor = (flags & CentralHeader.FLAG_DATA_DESCRIPTOR) != 0;
        if (!descriptor && (u32(local, 14) != header.crc() || !agrees(u32(local, 18), header.compressedSize())
                || !agrees(u32(local, 22), header.size()))) {
            throw new BundleRejectedException(RejectionReason.INCONSISTENT_HEADERS, name,
                    "declares another size or CRC in its local header than in the central directory");
        }
        long dataEnd = dataOffset + header.compressedSize();
        if (dataEnd > directoryOffset || dataEnd < dataOffset) {
            throw new BundleRejectedException(RejectionReason.MALFORMED, name,
                    "declares " + header.compressedSize() + " bytes of data, which run past the central directory");
        }
        ArchiveEntry entry = new ArchiveEntry(name, name.endsWith("/"), header.method(), header.crc(),
                header.compressedSize(), header.size(), dataOffset);
        return new Placement(entry, offset, dataEnd, descriptor);
    }

    /** A saturated local size means the real one is in the local ZIP64 field; the central one is used. */
    private static boolean agrees(long local, long central) {
        return local == central || local == MAGIC32;
    }

    private void checkTiling(List<Placement> placements) throws BundleRejectedException {
        List<Placement> byOffset = new ArrayList<>(placements);
        byOffset.sort(Comparator.comparingLong(Placement::headerOffset));
        long cursor = 0;
        Placement previous = null;
        for (Placement next : byOffset) {
            checkGap(previous, next.headerOffset() - cursor);
            cursor = next.dataEnd();
            previous = next;
        }
        checkGap(previous, directoryOffset - cursor);
    }

    private static void checkGap(Placement previous, long gap) throws BundleRejectedException {
        if (previous == null) {
            if (gap != 0) {
                throw new BundleRejectedException(RejectionReason.OVERLAPPING_ENTRIES, "the zip has " + gap
                        + " bytes before its first entry that belong to no file (hidden data or an attached program)");
            }
            return;
        }
        String name = previous.entry().name();
        if (gap < 0) {
            throw new BundleRejectedException(RejectionReason.OVERLAPPING_ENTRIES, name, "shares its bytes with the"
                    + " entry after it; overlapping entries are how some zip bombs are built");
        }
        boolean explained = previous.descriptor() ? DESCRIPTOR_SIZES.contains(gap) : gap == 0;
        if (!explained) {
            throw new BundleRejectedException(RejectionReason.OVERLAPPING_ENTRIES, name,
                    "is followed by " + gap + " bytes that belong to no entry (hidden data)");
        }
    }
}
