package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How fast a fresh JVM decrypts a flood of 32 KiB AES-GCM packets in its first second, with and without
 * {@link CipherWarmUp} first. Each case runs in its own JVM, since compiled code cannot be forgotten. Prints the
 * figures; asserts nothing about speed.
 */
@Tag("bench")
class CipherWarmUpBenchmark {

    @Test
    void aFreshJvmDecryptsAFloodWithAndWithoutTheWarmUp() throws Exception {
        for (int run = 0; run < 3; run++) {
            System.out.println("CipherWarmUpBenchmark cold: " + probe("cold"));
            System.out.println("CipherWarmUpBenchmark warm: " + probe("warm"));
        }
    }

    private static String probe(String mode) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CipherWarmUpProbe.class.getName(), mode).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        return output.replace('\n', ';');
    }
}
