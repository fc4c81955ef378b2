package dev.incidentconsole.bundle.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidentconsole.bundle.BundleLayout;
import dev.incidentconsole.bundle.ExportedIncident;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress and cancellation of verifying real bundles exported from a real store with a few MB of output. */
class BundleVerifierProgressTest {

    private static final int LARGE_OUTPUT = 12 * 1024 * 1024;

    @TempDir
    static Path dir;

    private static ExportedIncident exported;
    private static Path stored;
    private static Path deflated;
    private static BundleVerifier verifier;

    @BeforeAll
    static void export() throws Exception {
        exported = new ExportedIncident(dir, LARGE_OUTPUT);
        stored = exported.export("stored.zip", false).bundle();
        deflated = exported.export("deflated.zip", false, true).bundle();
        verifier = new BundleVerifier(AnalystTrust.read(exported.trusting(exported.signer)), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        exported.close();
    }

    /** What the listener heard, in order. */
    private record Report(long checked, long total, String file) {
    }

    /** The uncompressed sizes of every file SHA256SUMS covers, read with the JDK's own zip reader. */
    private static long hashedBytes(Path bundle) throws Exception {
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            return zip.stream().filter(e -> !e.isDirectory())
                    .filter(e -> !e.getName().equals(BundleLayout.SUMS) && !e.getName().equals(BundleLayout.SIGNATURE))
                    .mapToLong(java.util.zip.ZipEntry::getSize).sum();
        }
    }

    @Test
    void progressRisesInMebibyteStepsToTheSumOfTheHashedFiles() throws Exception {
        for (Path bundle : List.of(stored, deflated)) {
            List<Report> heard = new ArrayList<>();
            VerificationReport report = verifier.verify(bundle, (checked, total, file) -> heard.add(
                    new Report(checked, total, file)), () -> false);

            assertThat(report.verdict()).as(bundle + ": " + report.findings()).isEqualTo(Verdict.TRUSTED);
            long expected = hashedBytes(bundle);
            assertThat(expected).isGreaterThan(LARGE_OUTPUT);
            assertThat(heard).allSatisfy(r -> assertThat(r.total()).isEqualTo(expected));
            assertThat(heard.get(0).checked()).isZero();
            assertThat(heard.get(heard.size() - 1).checked()).isEqualTo(expected);
            for (int i = 1; i < heard.size(); i++) {
                long step = heard.get(i).checked() - heard.get(i - 1).checked();
                assertThat(step).as("report %d of %s", i, heard).isPositive();
                if (i < heard.size() - 1) {
                    assertThat(step).as("reports come about once a mebibyte, not per buffer")
                            .isGreaterThanOrEqualTo(VerifyPacer.REPORT_EVERY);
                }
            }
            assertThat(heard).extracting(Report::file).contains("evidence/2-stdout.bin").doesNotContainNull()
                    .doesNotContain(BundleLayout.SUMS, BundleLayout.SIGNATURE);
        }
    }

    @Test
    void withoutAListenerTheVerdictAndFindingsAreTheSame() throws Exception {
        VerificationReport plain = verifier.verify(stored);
        VerificationReport heard = verifier.verify(stored, VerifyProgress.NONE, () -> false);
        assertThat(heard).isEqualTo(plain);
        assertThat(plain.verdict()).isEqualTo(Verdict.TRUSTED);
    }

    @Test
    void aCancelFromTheFirstReportStopsWithinOneBufferAndGivesNoReport() throws Exception {
        AtomicBoolean cancel = new AtomicBoolean();
        List<Long> heard = Collections.synchronizedList(new ArrayList<>());
        AtomicLong cancelledAt = new AtomicLong();
        VerifyProgress cancelOnFirstBytes = (checked, total, file) -> {
            heard.add(checked);
            if (checked > 0 && cancel.compareAndSet(false, true)) {
                cancelledAt.set(System.nanoTime());
            }
        };

        assertThatThrownBy(() -> verifier.verify(stored, cancelOnFirstBytes, cancel::get))
                .isInstanceOf(VerificationCancelledException.class)
                .hasMessageContaining("verification cancelled").hasMessageContaining("neither verified");
        long stoppedAfter = System.nanoTime() - cancelledAt.get();

        assertThat(cancel).isTrue();
        assertThat(heard).as("nothing is hashed after the cancel").hasSize(2);
        assertThat(heard.get(1)).isLessThan(hashedBytes(stored) / 2);
        assertThat(TimeUnit.NANOSECONDS.toMillis(stoppedAfter)).as("ms from the cancel to the end").isLessThan(500);
    }

    @Test
    void aCancelAfterTheHashingStillGivesNoVerdict() throws Exception {
        AtomicBoolean cancel = new AtomicBoolean();
        VerifyProgress cancelAtTheEnd = (checked, total, file) -> cancel.compareAndSet(false, checked == total);

        assertThatThrownBy(() -> verifier.verify(stored, cancelAtTheEnd, cancel::get))
                .isInstanceOf(VerificationCancelledException.class);
        assertThat(cancel).isTrue();
    }

    @Test
    void interruptingTheVerifyingThreadCancelsItRatherThanFailingTheBundle() throws Exception {
        List<Throwable> outcome = Collections.synchronizedList(new ArrayList<>());
        AtomicLong lastHeard = new AtomicLong();
        Thread worker = new Thread(() -> {
            try {
                outcome.add(new AssertionError("gave a report: " + verifier.verify(stored, (checked, total, file) -> {
                    lastHeard.set(checked);
                    if (checked > 0) {
                        Thread.currentThread().interrupt();
                    }
                }, () -> false)));
            } catch (Exception e) {
                outcome.add(e);
            }
        });
        worker.start();
        worker.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(worker.isAlive()).isFalse();
        assertThat(outcome).singleElement().isInstanceOf(VerificationCancelledException.class);
        assertThat(lastHeard.get()).isLessThan(hashedBytes(stored));
    }
}
