package dev.incidentconsole.bundle.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large output goes into a bundle and back out again within a heap far smaller than the output. */
class BundleStreamingTest {

    private static final long OUTPUT_BYTES = 256L << 20;

    @TempDir
    Path dir;

    @Test
    void aQuarterGigabyteStreamsThroughA32MegabyteHeap() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process probe = new ProcessBuilder(List.of(java.toString(), "-Xmx32m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), StreamingProbe.class.getName(),
                dir.resolve("big.zip").toString(), Long.toString(OUTPUT_BYTES)))
                .redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(probe.exitValue()).as(output).isZero();

        List<String> lines = output.lines().toList();
        String[] written = lines.get(0).split(" ");
        String[] read = lines.get(1).split(" ");
        assertThat(written[1]).isEqualTo(Long.toString(OUTPUT_BYTES));
        assertThat(read[1]).isEqualTo(written[1]);
        assertThat(read[2]).isEqualTo(written[2]);
        long zipSize = Long.parseLong(lines.get(2).split(" ")[1]);
        assertThat(zipSize).as("compressed").isLessThan(OUTPUT_BYTES / 2);
    }
}
