package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CollectedFile;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.FileProblem;
import dev.incidentconsole.remote.FileSink;
import dev.incidentconsole.remote.HostTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Collections from OpenSSH's sshd that do not go as planned: the file grows while read, the responder cancels
 * (also while the host has stopped answering), the connection dies, the host cannot be reached. Whatever arrived
 * is hashed and kept, and the next collection works.
 */
class SftpCollectorInterruptionsOpenSshTest extends SftpOpenSsh {

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
    void anUnreachableHostSaysSoForThePath() {
        HostTarget nowhere = TestHosts.loopback("gone", 1, "nobody", key, Duration.ofSeconds(2));

        CollectedFile result = transport.collect(nowhere, "/var/log/syslog", new DigestingFileSink(), Cancellation.none());

        assertThat(result.status()).isEqualTo(ExecStatus.UNREACHABLE);
        assertThat(result.detail()).startsWith("gone:/var/log/syslog: not collected: gone: cannot reach 127.0.0.1:1");
        assertThat(result.sha256()).isNull();
    }
}
