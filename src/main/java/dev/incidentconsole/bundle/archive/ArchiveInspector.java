package dev.incidentconsole.bundle.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges every central-directory header of a bundle before a byte of content is read: names, entry types,
 * methods, declared sizes and ratios, duplicates; then {@link EntryLayout} checks where the data lies.
 */
final class ArchiveInspector {

    private static final int UNIX_REGULAR = 0100000;
    private static final int UNIX_DIRECTORY = 0040000;
    private static final int UNIX_SYMLINK = 0120000;

    private final ArchiveFile file;
    private final BundleLimits limits;

    ArchiveInspector(ArchiveFile file, BundleLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** The entries in central-directory order, or the first reason to refuse the bundle. */
    List<ArchiveEntry> inspect() throws IOException {
        CentralDirectoryReader.Directory directory = new CentralDirectoryReader(file, limits).read();
        List<CentralHeader> headers = directory.headers();
        List<String> names = new ArrayList<>(headers.size());
        long total = 0;
        for (CentralHeader header : headers) {
            String name = checkName(header);
            checkType(header, name);
            checkMethod(header, name);
            checkSizes(header, name);
            if (header.size() > limits.maxTotalBytes() - total) {
                throw new BundleRejectedException(RejectionReason.TOTAL_TOO_LARGE, "the bundle's entries declare "
                        + "more than " + SizeText.of(limits.maxTotalBytes()) + " in all (reached at entry "
                        + BundleRejectedException.quoted(name) + "); the limit keeps a bundle from filling the disk");
            }
            total += header.size();
            names.add(name);
        }
        checkUniqueness(names);
        return new EntryLayout(file, directory.offset()).place(headers, names);
    }

    private static String checkName(CentralHeader header) throws BundleRejectedException {
        byte[] bytes = header.nameBytes();
        Optional<String> decoded = EntryNames.decodeUtf8(bytes, 0, bytes.length);
        if (decoded.isEmpty()) {
            throw new BundleRejectedException(RejectionReason.NOT_UTF8, header.displayName(),
                    "has a name that is not valid UTF-8");
        }
        String name = decoded.get();
        if ((header.flags() & CentralHeader.FLAG_UTF8) == 0 && !isAscii(bytes)) {
            throw new BundleRejectedException(RejectionReason.NOT_UTF8, name, "has a non-ASCII name that is not"
                    + " marked as UTF-8; zip tools would read it in different character sets");
        }
        if (header.unicodePath() != null && !Arrays.equals(header.unicodePath(), bytes)) {
            throw new BundleRejectedException(RejectionReason.INCONSISTENT_HEADERS, name, "carries a second name "
                    + "in an Info-ZIP Unicode Path field, which some tools would extract instead");
        }
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        Optional<EntryNames.NameProblem> problem = EntryNames.problemWith(path);
        if (problem.isPresent()) {
            throw new BundleRejectedException(problem.get().reason(), name, problem.get().problem());
        }
        return name;
    }

    private static void checkType(CentralHeader header, String name) throws BundleRejectedException {
        int type = header.unixFileType();
        if (type == UNIX_SYMLINK) {
            throw new BundleRejectedException(RejectionReason.SYMLINK, name,
                    "is a symbolic link; a bundle holds only regular files");
        }
        if (type != 0 && type != UNIX_REGULAR && type != UNIX_DIRECTORY) {
            throw new BundleRejectedException(RejectionReason.NOT_REGULAR_FILE, name, String.format(
                    "is not a regular file (Unix file type %06o: a device, pipe or socket)", type));
        }
        boolean folderByName = name.endsWith("/");
        boolean folderByAttributes = type == UNIX_DIRECTORY || (type == 0 && header.dosDirectory());
        if (folderByName != folderByAttributes && (type != 0 || header.dosDirectory())) {
            throw new BundleRejectedException(RejectionReason.INCONSISTENT_HEADERS, name, folderByName
                    ? "ends in '/' like a folder but its attributes say it is a file"
                    : "is marked as a folder but its name does not end in '/'");
        }
        if (folderByName && header.size() != 0) {
            throw new BundleRejectedException(RejectionReason.NOT_REGULAR_FILE, name,
                    "is a folder entry that carries " + header.size() + " bytes of data");
        }
    }

    private static void checkMethod(CentralHeader header, String name) throws BundleRejectedException {
        if ((header.flags() & (CentralHeader.FLAG_ENCRYPTED | CentralHeader.FLAG_STRONG_ENCRYPTION)) != 0) {
            throw new BundleRejectedException(RejectionReason.UNSUPPORTED, name,
                    "is encrypted; bundle files are never encrypted");
        }
        if (header.method() != ArchiveEntry.STORED && header.method() != ArchiveEntry.DEFLATED) {
            throw new BundleRejectedException(RejectionReason.UNSUPPORTED, name, "uses compression method "
                    + header.method() + "; bundles use only stored (0) and deflated (8)");
        }
        if (header.method() == ArchiveEntry.STORED && header.compressedSize() != header.size()) {
            throw new BundleRejectedException(RejectionReason.SIZE_MISMATCH, name, "is stored uncompressed but"
                    + " declares " + header.size() + " bytes in " + header.compressedSize() + " bytes of data");
        }
    }

    private void checkSizes(CentralHeader header, String name) throws BundleRejectedException {
        long size = header.size();
        if (size > limits.maxEntryBytes()) {
            throw new BundleRejectedException(RejectionReason.ENTRY_TOO_LARGE, name, "declares "
                    + SizeText.of(size) + ", more than the " + SizeText.of(limits.maxEntryBytes())
                    + " allowed for one file");
        }
        long compressed = header.compressedSize();
        boolean overRatio = compressed < Long.MAX_VALUE / limits.maxRatio() && size > compressed * limits.maxRatio();
        if (size > limits.ratioFloorBytes() && overRatio) {
            throw new BundleRejectedException(RejectionReason.RATIO_TOO_HIGH, name, "would inflate "
                    + SizeText.of(compressed) + " into " + SizeText.of(size) + ", more than "
                    + limits.maxRatio() + " times; that is how zip bombs look");
        }
    }

    /** Exact duplicates, names one case-insensitive disk would merge, and files that other names use as folders. */
    private static void checkUniqueness(List<String> names) throws BundleRejectedException {
        Map<String, String> exact = new HashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, String> explicitFolders = new HashMap<>();
        Map<String, String> folders = new HashMap<>();
        for (String name : names) {
            if (exact.putIfAbsent(name, name) != null) {
                throw new BundleRejectedException(RejectionReason.DUPLICATE_NAME, name, "appears twice in the"
                        + " bundle; zip tools disagree about which of the two they extract");
            }
            boolean folder = name.endsWith("/");
            String key = EntryNames.collisionKey(folder ? name.substring(0, name.length() - 1) : name);
            String earlier = (folder ? explicitFolders : files).putIfAbsent(key, name);
            if (earlier != null) {
                throw new BundleRejectedException(RejectionReason.NAME_CLASH, name, "and "
                        + BundleRejectedException.quoted(earlier) + " would be the same file on a disk that"
                        + " ignores case (macOS, Windows)");
            }
            if (folder) {
                folders.putIfAbsent(key, name);
            }
            for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
                folders.putIfAbsent(key.substring(0, slash), name);
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            String user = folders.get(file.getKey());
            if (user != null) {
                throw new BundleRejectedException(RejectionReason.NAME_CLASH, file.getValue(), "is a file, but "
                        + BundleRejectedException.quoted(user) + " uses it as a folder");
            }
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
