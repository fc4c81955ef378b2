package dev.incidentconsole.bundle.verify;

import dev.incidentconsole.bundle.archive.BundleArchive;
import dev.incidentconsole.bundle.archive.FileDigest;
import dev.incidentconsole.bundle.archive.Sha256Sums;
import dev.incidentconsole.bundle.signing.AllowedSigners;
import dev.incidentconsole.bundle.signing.BundleSigner;
import dev.incidentconsole.evidence.EntryHashing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A bundle's files in memory, to be changed and zipped again; small bundles only. */
final class MutableBundle {

    final Map<String, byte[]> files;

    private MutableBundle(Map<String, byte[]> files) {
        this.files = files;
    }

    static MutableBundle read(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (BundleArchive archive = BundleArchive.open(zip)) {
            for (String name : archive.fileNames()) {
                try (InputStream in = archive.open(name)) {
                    files.put(name, in.readAllBytes());
                }
            }
        }
        return new MutableBundle(files);
    }

    MutableBundle copy() {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        files.forEach((name, bytes) -> copy.put(name, bytes.clone()));
        return new MutableBundle(copy);
    }

    List<String> names() {
        return new ArrayList<>(files.keySet());
    }

    String text(String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    void put(String name, String text) {
        files.put(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA256SUMS recomputed over the current files and signed by {@code signer}, as a forger would. */
    void resign(BundleSigner signer) throws IOException {
        List<FileDigest> digests = new ArrayList<>();
        files.forEach((name, bytes) -> {
            if (!name.equals("SHA256SUMS") && !name.equals("SHA256SUMS.sig")) {
                digests.add(new FileDigest(name, EntryHashing.sha256Hex(bytes)));
            }
        });
        byte[] sums = new Sha256Sums(digests).toBytes();
        files.put("SHA256SUMS", sums);
        files.put("SHA256SUMS.sig", signer.sign(new ByteArrayInputStream(sums), BundleSigner.NAMESPACE)
                .getBytes(StandardCharsets.US_ASCII));
    }

    /** The bundle's allowed_signers and manifest made to name {@code signer}, then signed by it: a consistent forgery. */
    void impersonate(BundleSigner signer) throws IOException {
        put("allowed_signers", AllowedSigners.lineFor(signer.principal(), signer.publicKeyLine(), BundleSigner.NAMESPACE) + "\n");
        String manifest = text("manifest.json");
        String oldKey = manifest.replaceAll("(?s).*\"publicKey\" : \"([^\"]+)\".*", "$1");
        String oldFingerprint = manifest.replaceAll("(?s).*\"keyFingerprint\" : \"([^\"]+)\".*", "$1");
        put("manifest.json", manifest.replace(oldKey, signer.publicKeyLine()).replace(oldFingerprint, signer.fingerprint()));
        resign(signer);
    }

    void write(Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.setLevel(Deflater.NO_COMPRESSION);
            for (Map.Entry<String, byte[]> entry : files.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
    }
}
