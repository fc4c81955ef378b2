package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.incidentconsole.remote.ssh.HostKeyLookup.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's own known_hosts file: private, hashed, readable by OpenSSH, and never garbled by concurrent approvals. */
class AppKnownHostsFileTest {

    @TempDir
    Path dir;

    @Test
    void firstAppendCreatesAPrivateFileInAPrivateFolder() throws Exception {
        Path file = dir.resolve("data").resolve("ssh").resolve("known_hosts");
        PublicKey key = TestKeys.ecdsa256();

        new AppKnownHostsFile(file).append("[10.0.0.5]:2222", key);

        assertThat(file).exists();
        String text = Files.readString(file);
        assertThat(text).startsWith("|1|").endsWith("\n").doesNotContain("10.0.0.5")
                .contains(HostKeyFingerprint.knownHostsKeyText(key));
        assertThat(KnownHosts.read(List.of(file)).lookup("[10.0.0.5]:2222", key).result()).isEqualTo(Result.MATCH);
        assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void openSshFindsTheHashedEntry() throws Exception {
        SshKeygen.assumeAvailable();
        Path file = dir.resolve("known_hosts");
        PublicKey key = TestKeys.ecdsa256();
        new AppKnownHostsFile(file).append("[127.0.0.1]:2222", key);

        SshKeygen.Result found = SshKeygen.tryRun("-F", "[127.0.0.1]:2222", "-f", file.toString());
        SshKeygen.Result notFound = SshKeygen.tryRun("-F", "127.0.0.1", "-f", file.toString());

        assertThat(found.exitCode()).as(found.output()).isZero();
        assertThat(found.output()).contains(HostKeyFingerprint.knownHostsKeyText(key));
        assertThat(notFound.exitCode()).isNotZero();
    }

    @Test
    void doesNotGlueOntoAnUnterminatedLastLine() throws Exception {
        Path file = dir.resolve("known_hosts");
        PublicKey old = TestKeys.ecdsa256();
        PublicKey added = TestKeys.ecdsa256();
        Files.writeString(file, TestKeys.line("mcp-1", old));

        new AppKnownHostsFile(file).append("mcp-2", added);

        KnownHosts known = KnownHosts.read(List.of(file));
        assertThat(known.warnings()).isEmpty();
        assertThat(known.lookup("mcp-1", old).result()).isEqualTo(Result.MATCH);
        assertThat(known.lookup("mcp-2", added).result()).isEqualTo(Result.MATCH);
    }

    @Test
    void concurrentApprovalsEachLandOnTheirOwnLine() throws Exception {
        Path file = dir.resolve("known_hosts");
        AppKnownHostsFile appFile = new AppKnownHostsFile(file);
        int hosts = 40;
        List<PublicKey> keys = new ArrayList<>();
        for (int i = 0; i < hosts; i++) {
            keys.add(i % 2 == 0 ? TestKeys.ecdsa256() : TestKeys.rsa());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < hosts; i++) {
            int host = i;
            done.add(pool.submit(() -> {
                start.await();
                appFile.append("mcp-" + host, keys.get(host));
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        KnownHosts known = KnownHosts.read(List.of(file));
        assertThat(Files.readAllLines(file)).hasSize(hosts);
        assertThat(known.warnings()).isEmpty();
        for (int i = 0; i < hosts; i++) {
            assertThat(known.lookup("mcp-" + i, keys.get(i)).result()).isEqualTo(Result.MATCH);
        }
    }
}
