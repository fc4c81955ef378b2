package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.nio.file.Path;

/**
 * Run in a forked JVM by {@link CrashRecoveryTest}: opens a store, captures {@code bytes} of generated output and
 * prints "committed N" as the writer's commits return, so the test knows when to kill it.
 * Arguments: store file, number of bytes.
 */
public final class CaptureUntilKilled {

    private CaptureUntilKilled() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path file = Path.of(args[0]);
        long total = Long.parseLong(args[1]);
        try (H2EvidenceStore store = H2EvidenceStore.open(file, null)) {
            String incident = store.openIncident(Evidence.incident("Killed mid-capture")).id();
            System.out.println("incident " + incident);
            CommandCapture capture = store.startCommand(Evidence.command(incident, "web1", "cat /var/log/huge.log"));
            Generator generator = new Generator(CrashRecoveryTest.SEED);
            byte[] buffer = new byte[64 * 1024 - 7];
            long offset = 0;
            long reported = 0;
            while (offset < total) {
                int n = (int) Math.min(buffer.length, total - offset);
                generator.fill(buffer, offset);
                capture.append(OutputStreamKind.STDOUT, buffer, 0, n);
                offset += n;
                if (offset - reported >= 1024 * 1024) {
                    System.out.println("committed " + store.committedBytes(capture, OutputStreamKind.STDOUT));
                    reported = offset;
                    Thread.sleep(4); // at most ~250 MB/s, so the test can kill it half-way on any machine
                }
            }
            System.out.println("appended all");
            capture.seal(Evidence.exited(0));
            System.out.println("sealed");
        }
    }
}
