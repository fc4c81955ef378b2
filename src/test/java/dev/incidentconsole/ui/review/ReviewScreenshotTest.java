package dev.incidentconsole.ui.review;

import static dev.incidentconsole.ui.review.ReviewFixture.fx;
import static dev.incidentconsole.ui.review.ReviewFixture.waitForPhase;
import static dev.incidentconsole.ui.review.ReviewFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.ui.Screenshots;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders an analyst's review of a real exported bundle (its redacted copy), verified and trusted, and writes {@code review.png} for the README. Not part of the default run: {@code mvn -Pscreenshots test}.
 */
@Tag("screenshots")
class ReviewScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void aVerifiedBundleUnderReview() throws Exception {
        try (ReviewFixture fixture = new ReviewFixture(dir)) {
            Path trusting = fixture.exported.trusting(fixture.exported.signer);
            // The redacted copy, as one is sent outside the team: the fixture's sample secrets are masked.
            Path redacted = fixture.exported.export("incident-redacted.zip", true).bundle();
            ReviewView view = fixture.show(redacted, fixture.services(trusting), () -> null);
            waitForPhase(view, ReviewModel.Phase.OPEN);
            // The first export (the fixture's) is itself an entry of the incident this copy carries.
            waitUntil(() -> view.tabs().timeline().entries().size() == 9);
            assertThat(fx(() -> view.tabs().timeline().entries().toString())).doesNotContain("sk-proj-");
            assertThat(fx(() -> view.banner().getStyleClass())).as("the picture shows a trusted bundle").contains("banner-trusted");

            Screenshots.write(view.getScene(), Screenshots.folder().resolve("review.png"));
        }
    }
}
