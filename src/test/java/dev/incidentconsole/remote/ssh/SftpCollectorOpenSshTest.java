package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CollectedFile;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.FileProblem;
import dev.incidentconsole.remote.HostTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Collecting files over SFTP from OpenSSH's own sshd on loopback (internal-sftp), the server the field runs: what
 * arrives, what is refused, and the size limit. {@link SftpCollectorInterruptionsOpenSshTest} interrupts transfers.
 */
class SftpCollectorOpenSshTest extends SftpOpenSsh {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

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
    void aFileOverTheLimitStopsAtTheLimitWithAClearStatus() throws Exception {
        Path file = dir.resolve("huge.log");
        writeRandom(file, 300_000, 9);
        SftpCollector collector = new SftpCollector(this::connect, SftpOpenSsh::startThread, 200_000);
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

        CollectedFile result = new SftpCollector(this::connect, SftpOpenSsh::startThread, 200_000)
                .collect(host, file.toString(), new DigestingFileSink(), Cancellation.none());

        assertThat(result.complete()).as(result.detail()).isTrue();
        assertThat(result.sha256()).isEqualTo(hash);
    }
}
