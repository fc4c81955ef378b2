package dev.incidentconsole.bundle.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.bundle.ExportedIncident;
import dev.incidentconsole.bundle.IncidentFixture;
import dev.incidentconsole.bundle.StockTools;
import dev.incidentconsole.bundle.archive.BundleArchive;
import dev.incidentconsole.bundle.verify.VerificationReport;
import dev.incidentconsole.bundle.verify.Verdict;
import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.CommandEnd;
import dev.incidentconsole.evidence.CommandStart;
import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export and verify of a bundle holding 1 GiB of command output (4 x 256 MiB captured into a real store), against
 * sha256sum over the same output bytes in the same run. Run with
 * {@code mvn -Pbench test -Dtest=BundleBenchmark} (256 MiB heap: nothing may hold an output whole).
 */
@Tag("bench")
class BundleBenchmark {

    private static final int OUTPUTS = 4;
    private static final int OUTPUT_BYTES = 256 * 1024 * 1024;
    private static final double MB = 1_000_000.0;
    private static final String[] WORDS = ("GET POST /mcp/tools /mcp/resources 200 404 502 latency_ms upstream timeout"
            + " retry session worker queue backlog tls handshake reset accepted closed gateway token refresh").split(" ");

    @TempDir
    Path dir;

    @Test
    void exportAndVerifyAgainstSha256sum() throws Exception {
        try (ExportedIncident exported = new ExportedIncident(dir, 1000)) {
            long captured = capture(exported);
            double storeReadSeconds = readBack(exported);
            Path trusted = exported.trusting(exported.signer);
            Figures stored = exportAndVerify(exported, "stored.zip", false, trusted);
            Figures deflated = exportAndVerify(exported, "deflated.zip", true, trusted);
            double sha256sumSeconds = sha256sum(stored.bundle());

            double sumRate = captured / MB / sha256sumSeconds;
            System.out.printf(Locale.ROOT, "bundle benchmark: %d MB of output in %d outputs%n", captured / 1_000_000, OUTPUTS);
            for (Figures figures : List.of(stored, deflated)) {
                double verifyRate = captured / MB / figures.verifySeconds();
                System.out.printf(Locale.ROOT, "  %-27s zip %5d MB  export %6.1f s %6.1f MB/s  verify %5.1f s %6.1f MB/s"
                                + "  verify/sha256sum %.2f%n", figures.bundle().getFileName() + (figures == stored
                                ? " (outputs stored)" : " (--compress)"), Files.size(figures.bundle()) / 1_000_000,
                        figures.exportSeconds(), captured / MB / figures.exportSeconds(), figures.verifySeconds(),
                        verifyRate, verifyRate / sumRate);
            }
            System.out.printf(Locale.ROOT, "  reading the outputs back from the store (an export's ceiling): %.1f s %.1f MB/s%n",
                    storeReadSeconds, captured / MB / storeReadSeconds);
            System.out.printf(Locale.ROOT, "  sha256sum over the same output files: %.1f s %.1f MB/s (page cache warm)%n",
                    sha256sumSeconds, sumRate);
        }
    }

    private record Figures(Path bundle, double exportSeconds, double verifySeconds) {
    }

    private static Figures exportAndVerify(ExportedIncident exported, String name, boolean compress, Path trusted)
            throws Exception {
        long t0 = System.nanoTime();
        Path bundle = exported.export(name, false, compress).bundle();
        double exportSeconds = seconds(t0);
        t0 = System.nanoTime();
        VerificationReport report = exported.verify(bundle, trusted);
        double verifySeconds = seconds(t0);
        assertThat(report.problems()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.TRUSTED);
        return new Figures(bundle, exportSeconds, verifySeconds);
    }

    /** sha256sum over the extracted output files, timed on its second run so both sides read from the page cache. */
    private double sha256sum(Path bundle) throws Exception {
        Path extracted = dir.resolve("extracted");
        try (BundleArchive archive = BundleArchive.open(bundle)) {
            archive.extractTo(extracted);
        }
        List<String> command = new ArrayList<>(List.of("sha256sum"));
        try (var files = Files.list(extracted.resolve("evidence"))) {
            files.map(Path::toString).sorted().forEach(command::add);
        }
        StockTools.run(extracted, command);
        long t0 = System.nanoTime();
        StockTools.Result sums = StockTools.run(extracted, command);
        double seconds = seconds(t0);
        assertThat(sums.exitCode()).isZero();
        return seconds;
    }

    /** Reads every output of the incident from the store and throws the bytes away. */
    private static double readBack(ExportedIncident exported) throws Exception {
        long t0 = System.nanoTime();
        for (EvidenceEntry entry : exported.store.timeline(exported.incident.id())) {
            if (entry.stdoutLength() > 0) {
                try (InputStream in = exported.store.output(entry.incidentId(), entry.seq(), OutputStreamKind.STDOUT)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        }
        return seconds(t0);
    }

    /** Four large outputs of log-like text, captured through the store's own streaming path. */
    private static long capture(ExportedIncident exported) {
        Random random = new Random(5);
        byte[] slice = new byte[1024 * 1024];
        long total = 0;
        for (int i = 0; i < OUTPUTS; i++) {
            CommandStart start = new CommandStart(exported.incident.id(), EntryKind.COMMAND, "gateway-down",
                    exported.fixture.runbookSha256(), "check-service", "web1", "web1.example.org", "ops",
                    "journalctl -u mcp-gateway --no-pager", Map.of(), IncidentFixture.OPERATOR, IncidentFixture.T0);
            CommandCapture capture = exported.store.startCommand(start);
            for (int written = 0; written < OUTPUT_BYTES; written += slice.length) {
                fill(slice, random);
                capture.append(OutputStreamKind.STDOUT, slice, 0, slice.length);
            }
            capture.seal(new CommandEnd(IncidentFixture.T0.plusSeconds(60), 1L, 0, null, "SUCCEEDED",
                    Completeness.COMPLETE, IncidentFixture.WEB1_KEY, 0L, null));
            total += OUTPUT_BYTES;
        }
        return total;
    }

    private static void fill(byte[] slice, Random random) {
        int at = 0;
        while (at < slice.length) {
            String line = "2026-11-21T03:" + (10 + random.nextInt(50)) + " " + WORDS[random.nextInt(WORDS.length)] + " "
                    + WORDS[random.nextInt(WORDS.length)] + " id=" + Long.toHexString(random.nextLong()) + " "
                    + WORDS[random.nextInt(WORDS.length)] + "=" + random.nextInt(100_000) + "\n";
            byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
            int n = Math.min(bytes.length, slice.length - at);
            System.arraycopy(bytes, 0, slice, at, n);
            at += n;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
