package dev.incidentconsole.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The words under the verification's progress bar. */
class VerifyProgressTextTest {

    private static ReviewModel.Checked checked(long bytes, long total) {
        return new ReviewModel.Checked(bytes, total, "evidence/123-stdout.bin");
    }

    @Test
    void theLineSaysHowMuchOfHowMuchAndWhichFile() {
        assertThat(VerifyProgressText.checked(checked(412_300_000, 1_000_000_000)))
                .isEqualTo("Checked 412 MB of 1.0 GB \u00B7 evidence/123-stdout.bin");
        assertThat(VerifyProgressText.percent(checked(412_300_000, 1_000_000_000))).isEqualTo("41%");
        assertThat(VerifyProgressText.percent(checked(999_999_999, 1_000_000_000))).as("100% only when all is")
                .isEqualTo("99%");
        assertThat(VerifyProgressText.checked(checked(1_000_000_000, 1_000_000_000)))
                .startsWith("Checked all 1.0 GB \u00B7 checking the signature and recomputing the hash chain");
    }

    @Test
    void timeLeftIsEstimatedOnlyOnceAFewPercentAreDone() {
        assertThat(VerifyProgressText.timing(Duration.ofMillis(400), checked(1, 100))).isEqualTo("Just started");
        assertThat(VerifyProgressText.timing(Duration.ofSeconds(5), checked(2, 100))).isEqualTo("5 s so far");
        assertThat(VerifyProgressText.timing(Duration.ofSeconds(12), checked(40, 100)))
                .isEqualTo("12 s so far \u00B7 about 18 s left");
        assertThat(VerifyProgressText.timing(Duration.ofSeconds(65), checked(25, 100)))
                .isEqualTo("1 min 05 s so far \u00B7 about 3 min 15 s left");
        assertThat(VerifyProgressText.timing(Duration.ofSeconds(30), null)).isEqualTo("30 s so far");
        assertThat(VerifyProgressText.duration(Duration.ofMinutes(62))).isEqualTo("1 h 02 min");
    }
}
