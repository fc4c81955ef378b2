package dev.incidentconsole.bundle.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/** Writes validated files into an empty folder, all or nothing. */
final class Extraction {

    /** Opens one entry's checked content stream. */
    @FunctionalInterface
    interface Source {
        InputStream open(String name) throws IOException;
    }

    private final Source source;

    Extraction(Source source) {
        this.source = source;
    }

    void run(Path folder, List<String> names) throws IOException {
        boolean created = prepare(folder);
        Path root = folder.toRealPath();
        try {
            for (String name : names) {
                Path target = root.resolve(name).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    // Names were checked already; this guards against a platform that reads a name differently.
                    throw new BundleRejectedException(RejectionReason.PATH_ESCAPES, name,
                            "would be written outside " + root);
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = source.open(name);
                        OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                                StandardOpenOption.WRITE)) {
                    in.transferTo(out);
                }
            }
        } catch (IOException | RuntimeException e) {
            try {
                removeContents(root, created);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** True when the folder had to be created. */
    private static boolean prepare(Path folder) throws IOException {
        if (Files.notExists(folder)) {
            Files.createDirectories(folder);
            return true;
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException("cannot extract the bundle into " + folder + ": it is not a folder");
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
            if (children.iterator().hasNext()) {
                throw new IOException("cannot extract the bundle into " + folder
                        + ": it is not empty; choose an empty or new folder");
            }
        }
        return false;
    }

    private static void removeContents(Path root, boolean removeRoot) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                if (removeRoot || !dir.equals(root)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
