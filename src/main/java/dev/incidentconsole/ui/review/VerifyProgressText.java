package dev.incidentconsole.ui.review;

import dev.incidentconsole.ui.common.ByteSize;
import java.time.Duration;
import java.util.Locale;

/**
 * The words under the verification's progress bar: sizes in powers of 1000 as file managers show them, times in
 * whole seconds, and an estimate of the time left only once enough is done for the rate to mean something.
 */
final class VerifyProgressText {

    /** Below this share done, an estimate swings too much to be worth showing. */
    static final double ESTIMATE_FROM = 0.03;

    private VerifyProgressText() {
    }

    /** {@code 41%}, rounded down so that 100% means every byte. */
    static String percent(ReviewModel.Checked checked) {
        return (checked.bytesTotal() <= 0 ? 100 : checked.bytesChecked() * 100 / checked.bytesTotal()) + "%";
    }

    /** {@code Checked 412 MB of 1.0 GB · evidence/123-stdout.bin}, or what follows the hashing once it is done. */
    static String checked(ReviewModel.Checked checked) {
        if (checked.done()) {
            return "Checked all " + ByteSize.of(checked.bytesTotal()) + " \u00B7 checking the signature and recomputing the"
                    + " hash chain\u2026";
        }
        return "Checked " + ByteSize.of(checked.bytesChecked()) + " of " + ByteSize.of(checked.bytesTotal())
                + (checked.currentFile() == null ? "" : " \u00B7 " + checked.currentFile());
    }

    /** {@code 12 s so far · about 18 s left}; the estimate from the average rate since the start. */
    static String timing(Duration elapsed, ReviewModel.Checked checked) {
        if (elapsed.getSeconds() < 1) {
            return "Just started";
        }
        String soFar = duration(elapsed) + " so far";
        if (checked == null || checked.done() || checked.fraction() < ESTIMATE_FROM) {
            return soFar;
        }
        double rest = (1 - checked.fraction()) / checked.fraction();
        return soFar + " \u00B7 about " + duration(Duration.ofMillis(Math.round(elapsed.toMillis() * rest))) + " left";
    }

    /** {@code 7 s}, {@code 3 min 05 s}, {@code 1 h 02 min}. */
    static String duration(Duration duration) {
        long seconds = Math.max(1, Math.round(duration.toMillis() / 1000.0));
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
