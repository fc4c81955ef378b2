package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CollectedFile;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.FileProblem;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.PassphrasePrompt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collecting files from Apache MINA's SFTP server, a second implementation beside OpenSSH's. */
class SftpCollectorMinaTest {

    @TempDir
    Path dir;

    private MinaSshServer server;
    private SshTransport transport;
    private HostTarget host;

    @BeforeEach
    void start() {
        server = new MinaSshServer(dir);
        transport = new SshTransport(TestHosts.trusting(server.hostKey()), PassphrasePrompt.NONE, alias -> {
            throw new IllegalArgumentException(alias);
        }, 8);
        host = TestHosts.loopback("mina", server.port(), "responder", server.clientKeyFile(), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    @Test
    void aFileArrivesWholeWithTheHashOfItsBytes() throws Exception {
        Path file = dir.resolve("messages");
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(23).nextBytes(content);
        Files.write(file, content);
        DigestingFileSink sink = new DigestingFileSink();

        CollectedFile result = transport.collect(host, file.toString(), sink, Cancellation.none());

        assertThat(result.complete()).as(result.detail()).isTrue();
        assertThat(result.bytesReceived()).isEqualTo(content.length);
        assertThat(result.size()).isEqualTo(content.length);
        assertThat(result.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
                .isEqualTo(sink.sha256());
        assertThat(result.resolvedPath()).isEqualTo(file.toRealPath().toString());
    }

    @Test
    void aMissingFileIsNotFound() {
        String path = dir.resolve("absent").toString();

        CollectedFile result = transport.collect(host, path, new DigestingFileSink(), Cancellation.none());

        assertThat(result.problem()).as(result.detail()).isEqualTo(FileProblem.NOT_FOUND);
        assertThat(result.detail()).isEqualTo("mina:" + path + ": does not exist");
    }

    @Test
    void aDirectoryIsRefused() {
        CollectedFile result = transport.collect(host, dir.toString(), new DigestingFileSink(), Cancellation.none());

        assertThat(result.status()).isEqualTo(ExecStatus.FAILED);
        assertThat(result.problem()).isEqualTo(FileProblem.NOT_A_REGULAR_FILE);
    }

    @Test
    void aSymbolicLinkIsFollowedAndTheResolvedPathRecorded() throws Exception {
        Path target = Files.writeString(dir.resolve("real.log"), "one\ntwo\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.log"), target);

        CollectedFile result = transport.collect(host, link.toString(), new DigestingFileSink(), Cancellation.none());

        assertThat(result.complete()).as(result.detail()).isTrue();
        assertThat(result.bytesReceived()).isEqualTo(8);
        assertThat(result.resolvedPath()).isEqualTo(target.toRealPath().toString());
    }
}
