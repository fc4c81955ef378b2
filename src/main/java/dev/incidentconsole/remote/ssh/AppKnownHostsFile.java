package dev.incidentconsole.remote.ssh;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The app's own known_hosts file, where keys the responder approved (or accept-new accepted) are remembered.
 * The user's own known_hosts files are only ever read. Create one instance per file and share it (the
 * composition root does), because appends are serialized on it.
 *
 * <p>Entries are written hashed ({@code |1|salt|hash keytype base64}), as OpenSSH's HashKnownHosts does: this
 * file lists the hosts someone responded to incidents on, and hashing keeps a copied laptop from handing an
 * attacker that list. {@code ssh-keygen -F} and {@code -R} still find hashed entries by name.
 */
public final class AppKnownHostsFile {

    private static final Set<StandardOpenOption> APPEND = Set.of(StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, StandardOpenOption.APPEND);

    private final Path path;
    private final SecureRandom random;

    public AppKnownHostsFile(Path path) {
        this(path, new SecureRandom());
    }

    AppKnownHostsFile(Path path, SecureRandom random) {
        this.path = path;
        this.random = random;
    }

    public Path path() {
        return path;
    }

    /**
     * Appends {@code key} for {@code knownHostsName}, creating the file (mode 600) and its folder (mode 700)
     * if needed. Synchronized so two approvals in this process cannot interleave; the line goes out in one
     * write to a file opened for append, so other writers (another instance of the app, ssh) cannot split it.
     */
    public synchronized void append(String knownHostsName, PublicKey key) throws IOException {
        String line = HashedHostName.of(knownHostsName, random).field() + " "
                + HostKeyFingerprint.knownHostsKeyText(key) + "\n";
        if (needsLeadingNewline()) {
            // Someone left the last line unterminated; do not glue our entry onto it.
            line = "\n" + line;
        }
        createParentFolder();
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
        try (SeekableByteChannel channel = Files.newByteChannel(path, APPEND, ownerOnly("rw-------"))) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }
    }

    private boolean needsLeadingNewline() throws IOException {
        if (!Files.exists(path)) {
            return false;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(path, StandardOpenOption.READ)) {
            if (channel.size() == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(channel.size() - 1).read(last);
            return last.get(0) != '\n';
        }
    }

    private void createParentFolder() throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent, ownerOnly("rwx------"));
        }
    }

    /** Owner-only permissions where the file system has POSIX permissions; none elsewhere (Windows ACLs). */
    private FileAttribute<?>[] ownerOnly(String permissions) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}
