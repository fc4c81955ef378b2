package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CollectedFile;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.FileProblem;
import dev.incidentconsole.remote.FileSink;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.PassphrasePrompt;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collecting files over SFTP from OpenSSH's own sshd on loopback (internal-sftp), the server the field runs. */
class SftpCollectorOpenSshTest {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @TempDir
    Path dir;

    private OpenSshServer server;
    private SshTransport transport;
    private HostTarget host;
    private Path key;
    private final List<SshConnection> opened = new ArrayList<>();

    @BeforeAll
    static void requireSshd() {
        OpenSshServer.assumeAvailable();
    }

    @BeforeEach
    void start() throws Exception {
        key = OpenSshServer.keygen(dir.resolve("id_ed25519"), "");
        server = new OpenSshServer(dir.resolve("sshd"), "127.0.0.1", dir.resolve("id_ed25519.pub"));
        transport = new SshTransport(TestHosts.trusting(server.hostKey()), PassphrasePrompt.NONE, a -> null, 8);
        host = TestHosts.loopback("evidence-host", server.port(), System.getProperty("user.name"), key, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        opened.forEach(SshConnection::close);
        if (transport != null) transport.close();
        if (server != null) server.close();
    }

    @Test
    void aSmallFileArrivesWholeWithItsHashAndAttributesAndIsLeftAsItWas() throws Exception {
        Path file = dir.resolve("auth.log");
        byte[] content = new byte[70_000];
        new Random(7).nextBytes(content);
        Files.write(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-03-01T10:15:30Z")));
        DigestingFileSink sink = new DigestingFileSink();

        CollectedFile result = transport.collect(host, file.toString(), sink, Cancellation.none());

        assertThat(result.status()).isEqualTo(ExecStatus.SUCCEEDED);
        assertThat(result.problem()).isNull();
        assertThat(result.complete()).isTrue();
        assertThat(result.sha256()).isEqualTo(sha256sum(file)).isEqualTo(sink.sha256());
        assertThat(sink.firstBytes()).isEqualTo(content);
        assertThat(result.bytesReceived()).isEqualTo(content.length);
        assertThat(result.size()).isEqualTo(content.length);
        assertThat(result.hostAlias()).isEqualTo("evidence-host");
        assertThat(result.remotePath()).isEqualTo(file.toString());
        assertThat(result.resolvedPath()).isEqualTo(file.toRealPath().toString());
        assertThat(result.mode()).isEqualTo("0640");
        assertThat(result.uid()).isEqualTo(Files.getAttribute(file, "unix:uid"));
        assertThat(result.gid()).isEqualTo(Files.getAttribute(file, "unix:gid"));
        assertThat(result.mtime()).isEqualTo(Instant.parse("2024-03-01T10:15:30Z"));
        assertThat(result.hostKeyFingerprint()).startsWith("SHA256:");
        assertThat(result.ended()).isAfterOrEqualTo(result.started());
        assertThat(result.detail()).contains("evidence-host:" + file).contains("collected " + content.length + " bytes");
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(Files.getLastModifiedTime(file).toInstant()).isEqualTo(Instant.parse("2024-03-01T10:15:30Z"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void anEmptyFileIsCollectedWithTheHashOfNothing() throws Exception {
        Path file = Files.createFile(dir.resolve("empty"));

        CollectedFile result = transport.collect(host, file.toString(), new DigestingFileSink(), Cancellation.none());

        assertThat(result.complete()).isTrue();
        assertThat(result.bytesReceived()).isZero();
        assertThat(result.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void twoHundredMegabytesStreamThroughInSmallChunksWithTheSameHashOnBothSides() throws Exception {
        long size = 200L * 1024 * 1024;
        Path file = dir.resolve("memory.img");
        String localHash = writeRandom(file, size, 11);
        long heapBefore = usedHeap();
        long[] heapMidway = {-1};
        DigestingFileSink sink = new DigestingFileSink() {
            @Override
            public void chunk(byte[] data, int offset, int length) {
                super.chunk(data, offset, length);
                if (heapMidway[0] < 0 && bytes >= 150L * 1024 * 1024) heapMidway[0] = usedHeap();
            }
        };

        CollectedFile result = transport.collect(host, file.toString(), sink, Cancellation.none());

        assertThat(result.complete()).as(result.detail()).isTrue();
        assertThat(sink.bytes).isEqualTo(size);
        assertThat(result.bytesReceived()).isEqualTo(size);
        assertThat(result.sha256()).isEqualTo(localHash).isEqualTo(sink.sha256());
        assertThat(sink.largestChunk).isLessThanOrEqualTo(256 * 1024);
        assertThat(sink.chunks).isGreaterThan(size / (256 * 1024));
        assertThat(heapMidway[0] - heapBefore).as("live heap after 150 MB had arrived").isLessThan(32L * 1024 * 1024);
    }

    @Test
    void aMissingFileIsNotFoundAndTheDetailNamesHostAndPath() {
        String path = dir.resolve("no-such.log").toString();

        CollectedFile result = transport.collect(host, path, new DigestingFileSink(), Cancellation.none());

        assertThat(result.status()).isEqualTo(ExecStatus.FAILED);
        assertThat(result.problem()).isEqualTo(FileProblem.NOT_FOUND);
        assertThat(result.detail()).isEqualTo("evidence-host:" + path + ": does not exist");
        assertThat(result.sha256()).isNull();
        assertThat(result.bytesReceived()).isZero();
    }

    @Test
    void anUnreadableFileIsPermissionDenied() throws Exception {
        Path file = dir.resolve("shadow");
        Files.writeString(file, "secret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        HostTarget as = host;
        if (ROOT) {
            // root reads anything: log in as nobody instead, which sshd allows with our absolute AuthorizedKeysFile.
            assumeTrue(Files.readString(Path.of("/etc/passwd")).contains("\nnobody:"), "no 'nobody' account to test as");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            as = TestHosts.loopback("evidence-host", server.port(), "nobody", key, Duration.ofSeconds(5));
        }

        CollectedFile result = transport.collect(as, file.toString(), new DigestingFileSink(), Cancellation.none());

        assumeTrue(result.status() != ExecStatus.AUTHENTICATION_FAILED, "sshd refused to log in as nobody: " + result.detail());
        assertThat(result.problem()).as(result.detail()).isEqualTo(FileProblem.PERMISSION_DENIED);
        assertThat(result.status()).isEqualTo(ExecStatus.FAILED);
        assertThat(result.detail()).startsWith("evidence-host:" + file).endsWith("permission denied");
        assertThat(result.mode()).as("the stat before opening is still recorded").isEqualTo("0000");
    }

    @Test
    void aDirectoryIsRefused() {
        CollectedFile result = transport.collect(host, dir.toString(), new DigestingFileSink(), Cancellation.none());

        assertThat(result.status()).isEqualTo(ExecStatus.FAILED);
        assertThat(result.problem()).isEqualTo(FileProblem.NOT_A_REGULAR_FILE);
        assertThat(result.detail()).contains("evidence-host:" + dir).endsWith("it is a directory");
        assertThat(result.sha256()).isNull();
    }

    @Test
    void devZeroIsRefusedInsteadOfReadForever() {
        DigestingFileSink sink = new DigestingFileSink();

        CollectedFile result = transport.collect(host, "/dev/zero", sink, Cancellation.none());

        assertThat(result.problem()).isEqualTo(FileProblem.NOT_A_REGULAR_FILE);
        assertThat(result.detail()).isEqualTo("evidence-host:/dev/zero: is not a regular file: it is a character device");
        assertThat(sink.bytes).isZero();
    }

    @Test
    void aFifoIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("pipe");
        OpenSshServer.run("/usr/bin/mkfifo", fifo.toString());

        CollectedFile result = transport.collect(host, fifo.toString(), new DigestingFileSink(), Cancellation.none());

        assertThat(result.problem()).isEqualTo(FileProblem.NOT_A_REGULAR_FILE);
        assertThat(result.detail()).endsWith("it is a FIFO (named pipe)");
    }

    @Test
    void aSymbolicLinkIsFollowedAndTheResolvedPathRecorded() throws Exception {
        Path target = dir.resolve("logs").resolve("app-2024.log");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "line one\nline two\n");
        Path link = Files.createSymbolicLink(dir.resolve("current.log"), Path.of("logs/app-2024.log"));

        CollectedFile result = transport.collect(host, link.toString(), new DigestingFileSink(), Cancellation.none());

        assertThat(result.complete()).as(result.detail()).isTrue();
        assertThat(result.remotePath()).isEqualTo(link.toString());
        assertThat(result.resolvedPath()).isEqualTo(target.toRealPath().toString());
        assertThat(result.sha256()).isEqualTo(sha256sum(target));
        assertThat(result.size()).isEqualTo(18);
        assertThat(result.detail()).contains("evidence-host:" + link + " (" + target.toRealPath() + ")");
    }

    @Test
    void linksInTheMiddleOfThePathAndRelativeTargetsResolveAsTheKernelWould() throws Exception {
        Path target = dir.resolve("var").resolve("log").resolve("app.log");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "evidence\n");
        Files.createSymbolicLink(dir.resolve("logs"), Path.of("var/log"));
        Files.createSymbolicLink(target.resolveSibling("current"), Path.of("../log/./app.log"));
        Path asked = dir.resolve("logs").resolve("current");

        CollectedFile result = transport.collect(host, asked.toString(), new DigestingFileSink(), Cancellation.none());

        assertThat(result.complete()).as(result.detail()).isTrue();
        assertThat(result.resolvedPath()).isEqualTo(target.toRealPath().toString());
        assertThat(result.bytesReceived()).isEqualTo(9);
    }

    @Test
    void aSymbolicLinkLoopIsReportedNotFollowedForever() throws Exception {
        Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));

        CollectedFile result = transport.collect(host, dir.resolve("a").toString(), new DigestingFileSink(), Cancellation.none());

        assertThat(result.status()).isEqualTo(ExecStatus.FAILED);
        assertThat(result.problem()).isEqualTo(FileProblem.READ_ERROR);
        assertThat(result.detail()).isEqualTo("evidence-host:" + dir.resolve("a") + ": could not be read: more than 40"
                + " symbolic links on the way to " + dir.resolve("a"));
    }

    @Test
    void aFileGrowingWhileReadIsReportedAsChangedAndItsBytesAreKept() throws Exception {
        Path file = dir.resolve("growing.log");
        long initial = 8L * 1024 * 1024;
        writeRandom(file, initial, 3);
        CountDownLatch firstChunk = new CountDownLatch(1);
        CountDownLatch appended = new CountDownLatch(1);
        Thread appender = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
                firstChunk.await();
                out.write(new byte[1024 * 1024]);
                out.flush();
                appended.countDown();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "appender");
        appender.start();
        DigestingFileSink sink = new DigestingFileSink() {
            @Override
            public void chunk(byte[] data, int offset, int length) {
                super.chunk(data, offset, length);
                firstChunk.countDown();
                try {
                    appended.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };

        CollectedFile result = transport.collect(host, file.toString(), sink, Cancellation.none());
        appender.join(10_000);

        assertThat(result.status()).isEqualTo(ExecStatus.SUCCEEDED);
        assertThat(result.problem()).isEqualTo(FileProblem.CHANGED_WHILE_READING);
        assertThat(result.complete()).isFalse();
        assertThat(result.size()).isEqualTo(initial);
        assertThat(result.bytesReceived()).isEqualTo(Files.size(file)).isEqualTo(initial + 1024 * 1024);
        assertThat(result.sha256()).isEqualTo(sha256sum(file)).isEqualTo(sink.sha256());
        assertThat(result.detail()).contains("evidence-host:" + file).contains("changed while it was being read")
                .contains("size " + initial + " -> " + (initial + 1024 * 1024));
    }

    @Test
    void cancellingMidTransferStopsPromptlyAndKeepsTheHashOfWhatArrived() throws Exception {
        Path file = dir.resolve("big.img");
        long size = 100L * 1024 * 1024;
        writeRandom(file, size, 5);
        Cancellation cancel = new Cancellation();
        DigestingFileSink sink = new DigestingFileSink() {
            @Override
            public void chunk(byte[] data, int offset, int length) {
                super.chunk(data, offset, length);
                if (bytes >= 1024 * 1024) cancel.cancel();
            }
        };
        long start = System.nanoTime();

        CollectedFile result = transport.collect(host, file.toString(), sink, cancel);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(result.status()).isEqualTo(ExecStatus.CANCELLED);
        assertThat(result.bytesReceived()).isEqualTo(sink.bytes).isBetween(1024L * 1024, size - 1);
        assertThat(result.sha256()).isEqualTo(sink.sha256()).isEqualTo(sha256OfPrefix(file, result.bytesReceived()));
        assertThat(result.detail()).isEqualTo("evidence-host:" + file + ": cancelled after " + result.bytesReceived() + " bytes");
        // The pooled connection is still good for the next collection.
        CollectedFile again = transport.collect(host, file.toString(), FileSink.DISCARD, Cancellation.none());
        assertThat(again.complete()).as(again.detail()).isTrue();
    }

    @Test
    void cancellingWhileTheHostHasStoppedAnsweringReturnsAtOnce() throws Exception {
        Path file = dir.resolve("stuck.img");
        writeRandom(file, 64L * 1024 * 1024, 17);
        Cancellation cancel = new Cancellation();
        List<ProcessHandle> frozen = new ArrayList<>();
        long[] cancelTook = {-1};
        DigestingFileSink sink = new DigestingFileSink() {
            @Override
            public void chunk(byte[] data, int offset, int length) {
                super.chunk(data, offset, length);
                if (chunks == 1) {
                    // A host hung in disk I/O: every process serving this login stops, so nothing answers.
                    server.authenticatedConnections(System.getProperty("user.name"))
                            .forEach(monitor -> monitor.descendants().forEach(frozen::add));
                    frozen.forEach(p -> signal("STOP", p));
                    Thread canceller = new Thread(() -> {
                        sleep(500);
                        long t = System.nanoTime();
                        cancel.cancel();
                        cancelTook[0] = System.nanoTime() - t;
                    });
                    canceller.start();
                }
            }
        };
        long start = System.nanoTime();

        CollectedFile result = transport.collect(host, file.toString(), sink, cancel);

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        frozen.forEach(p -> signal("CONT", p));
        assertThat(frozen).as("sshd processes serving the login").isNotEmpty();
        assertThat(result.status()).as(result.detail()).isEqualTo(ExecStatus.CANCELLED);
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(cancelTook[0])).as("cancel() itself").isLessThan(Duration.ofMillis(500));
        assertThat(result.sha256()).isEqualTo(sink.sha256()).isEqualTo(sha256OfPrefix(file, result.bytesReceived()));
    }

    @Test
    void aConnectionKilledMidTransferIsLostWithTheBytesSoFarHashedAndTheNextCollectionReconnects() throws Exception {
        Path file = dir.resolve("dropped.img");
        writeRandom(file, 64L * 1024 * 1024, 19);
        DigestingFileSink sink = new DigestingFileSink() {
            @Override
            public void chunk(byte[] data, int offset, int length) {
                super.chunk(data, offset, length);
                if (chunks == 1) server.dropConnections();
            }
        };

        CollectedFile result = transport.collect(host, file.toString(), sink, Cancellation.none());

        assertThat(result.status()).as(result.detail()).isEqualTo(ExecStatus.CONNECTION_LOST);
        assertThat(result.detail()).startsWith("evidence-host:" + file + ": connection lost after " + result.bytesReceived() + " bytes");
        assertThat(result.bytesReceived()).isEqualTo(sink.bytes).isLessThan(64L * 1024 * 1024);
        assertThat(result.sha256()).isEqualTo(sink.sha256()).isEqualTo(sha256OfPrefix(file, result.bytesReceived()));
        CollectedFile again = transport.collect(host, file.toString(), FileSink.DISCARD, Cancellation.none());
        assertThat(again.complete()).as(again.detail()).isTrue();
    }

    @Test
    void aCancelledCollectionDoesNotStart() throws Exception {
        Cancellation cancel = new Cancellation();
        cancel.cancel();

        CollectedFile result = transport.collect(host, "/etc/hostname", new DigestingFileSink(), cancel);

        assertThat(result.status()).isEqualTo(ExecStatus.CANCELLED);
        assertThat(result.bytesReceived()).isZero();
    }

    @Test
    void aFileOverTheLimitStopsAtTheLimitWithAClearStatus() throws Exception {
        Path file = dir.resolve("huge.log");
        writeRandom(file, 300_000, 9);
        SftpCollector collector = new SftpCollector(this::connect, SftpCollectorOpenSshTest::startThread, 200_000);
        DigestingFileSink sink = new DigestingFileSink();

        CollectedFile result = collector.collect(host, file.toString(), sink, Cancellation.none());

        assertThat(result.status()).isEqualTo(ExecStatus.FAILED);
        assertThat(result.problem()).isEqualTo(FileProblem.TOO_LARGE);
        assertThat(result.bytesReceived()).isEqualTo(200_000).isEqualTo(sink.bytes);
        assertThat(result.sha256()).isEqualTo(sha256OfPrefix(file, 200_000));
        assertThat(result.detail()).isEqualTo("evidence-host:" + file
                + ": is larger than the collection limit: stopped at the limit of 200000 bytes (the file is 300000 bytes);"
                + " the bytes read are kept");
    }

    @Test
    void aFileExactlyAtTheLimitIsCollectedWhole() throws Exception {
        Path file = dir.resolve("exact.log");
        String hash = writeRandom(file, 200_000, 13);

        CollectedFile result = new SftpCollector(this::connect, SftpCollectorOpenSshTest::startThread, 200_000)
                .collect(host, file.toString(), new DigestingFileSink(), Cancellation.none());

        assertThat(result.complete()).as(result.detail()).isTrue();
        assertThat(result.sha256()).isEqualTo(hash);
    }

    @Test
    void anUnreachableHostSaysSoForThePath() {
        HostTarget nowhere = TestHosts.loopback("gone", 1, "nobody", key, Duration.ofSeconds(2));

        CollectedFile result = transport.collect(nowhere, "/var/log/syslog", new DigestingFileSink(), Cancellation.none());

        assertThat(result.status()).isEqualTo(ExecStatus.UNREACHABLE);
        assertThat(result.detail()).startsWith("gone:/var/log/syslog: not collected: gone: cannot reach 127.0.0.1:1");
        assertThat(result.sha256()).isNull();
    }

    /** A fresh, unpooled connection for a collector built with its own limit; closed after the test. */
    private SshConnection connect(HostTarget target, Cancellation cancellation) throws ConnectFailure {
        java.security.PublicKey hostKey;
        try {
            hostKey = server.hostKey();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        SshConnection connection = new SshConnector(new SshClientFactory(), TestHosts.trusting(hostKey),
                PassphrasePrompt.NONE, a -> null, 4).connect(target);
        opened.add(connection);
        return connection;
    }

    private static String writeRandom(Path file, long size, long seed) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        Random random = new Random(seed);
        byte[] block = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; left -= block.length) {
                random.nextBytes(block);
                int n = (int) Math.min(block.length, left);
                out.write(block, 0, n);
                digest.update(block, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256sum(Path file) throws IOException {
        return OpenSshServer.run("/usr/bin/sha256sum", file.toString()).split(" ")[0];
    }

    private static String sha256OfPrefix(Path file, long length) throws IOException {
        return OpenSshServer.run("/bin/sh", "-c", "head -c " + length + " \"$0\" | sha256sum", file.toString()).split(" ")[0];
    }

    private static void startThread(Runnable runnable) {
        Thread thread = new Thread(runnable, "test-sftp-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private static void signal(String name, ProcessHandle process) {
        try {
            new ProcessBuilder("/bin/kill", "-" + name, String.valueOf(process.pid())).start().waitFor();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
