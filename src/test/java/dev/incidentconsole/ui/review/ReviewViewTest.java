package dev.incidentconsole.ui.review;

import static dev.incidentconsole.ui.review.ReviewFixture.fx;
import static dev.incidentconsole.ui.review.ReviewFixture.waitForPhase;
import static dev.incidentconsole.ui.review.ReviewFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.bundle.IncidentFixture;
import dev.incidentconsole.bundle.StockTools;
import dev.incidentconsole.bundle.archive.BundleArchive;
import dev.incidentconsole.bundle.review.BundleCopies;
import dev.incidentconsole.bundle.review.HostsSeen;
import dev.incidentconsole.bundle.review.NotesAddendum;
import dev.incidentconsole.ui.evidence.OutputComparison;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** An analyst opening real exported bundles in the review view, in a real stage. */
class ReviewViewTest {

    @TempDir
    static Path dir;

    private static ReviewFixture fixture;
    private static Path trusting;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void export() throws Exception {
        fixture = new ReviewFixture(dir);
        trusting = fixture.exported.trusting(fixture.exported.signer);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @AfterAll
    static void close() throws Exception {
        fixture.close();
    }

    private ReviewView open(Path bundle, Path allowedSigners) throws Exception {
        return fixture.show(bundle, fixture.services(allowedSigners), () -> null);
    }

    private static String signedBy() {
        return "signed by " + IncidentFixture.PRINCIPAL + " (" + fixture.exported.signer.fingerprint() + ")";
    }

    @Test
    void aTrustedBundleOpensVerifiedWithEveryView() throws Exception {
        ReviewView view = open(fixture.bundle, trusting);
        waitForPhase(view, ReviewModel.Phase.OPEN);
        assertThat(fx(() -> view.banner().headline())).isEqualTo("Verified: " + signedBy() + ", trusted");
        assertThat(fx(() -> view.banner().getStyleClass())).contains("banner-trusted");
        assertThat(fx(() -> robot.lookup("#review-title").queryLabeled().getText()))
                .startsWith("Gateway down on web1 \u00B7 " + fixture.exported.incident.id());

        waitUntil(() -> view.tabs().timeline().entries().size() == 8);
        assertThat(fx(() -> robot.lookup("#timeline-count").queryLabeled().getText())).isEqualTo("8 entries");

        robot.clickOn("#timeline-table");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#search-query").query().isFocused());
        robot.write("journal");
        waitUntil(() -> view.tabs().search().results().getItems().size() == 1);
        assertThat(fx(() -> view.tabs().search().results().getItems().get(0).entry().seq())).isEqualTo(2L);

        robot.clickOn("#review-tab-compare");
        waitUntil(() -> view.tabs().compare().compare().comparison().isPresent());
        assertThat(fx(() -> view.tabs().compare().stepPicker().getValue())).isEqualTo("check-service");
        assertThat(fx(() -> view.tabs().compare().compare().comparison().orElseThrow().columns().stream()
                .map(OutputComparison.HostColumn::host).toList())).containsExactly("web1", "web2");
        fx(() -> {
            ComboBox<String> step = view.tabs().compare().stepPicker();
            step.setValue("restart");
            return null;
        });
        waitUntil(() -> view.tabs().compare().compare().comparison().orElseThrow().columns().size() == 1);

        robot.clickOn("#review-tab-hosts");
        assertThat(fx(() -> view.tabs().hosts().hosts())).extracting(HostsSeen.Host::alias, h -> h.fingerprints().get(0))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("web1", IncidentFixture.WEB1_KEY),
                        org.assertj.core.groups.Tuple.tuple("web2", IncidentFixture.WEB2_KEY));
        robot.clickOn("#review-tab-report");
        assertThat(fx(() -> view.tabs().report().lines())).anyMatch(line -> line.contains("Gateway down on web1"));
    }

    @Test
    void aValidSignatureByAStrangerIsAmberAndSaysWhatToCheck() throws Exception {
        ReviewView view = open(fixture.bundle, dir.resolve("no-such-allowed-signers"));
        waitForPhase(view, ReviewModel.Phase.OPEN);
        assertThat(fx(() -> view.banner().headline()))
                .isEqualTo("Signature valid, but the signer is not in your allowed_signers");
        assertThat(fx(() -> view.banner().getStyleClass())).contains("banner-untrusted").doesNotContain("banner-trusted");
        assertThat(fx(() -> robot.lookup("#review-banner-detail").queryLabeled().getText()))
                .contains(fixture.exported.signer.fingerprint());
        assertThat(fx(() -> view.banner().findings())).anyMatch(line -> line.contains("add this line to your allowed_signers"));
        waitUntil(() -> view.tabs().timeline().entries().size() == 8);
    }

    @Test
    void aTamperedOutputTurnsTheBannerRedNamingTheFileYetStaysBrowsable() throws Exception {
        Path tampered = BundleCopies.withFlippedByte(fixture.bundle, dir.resolve("tampered.zip"), "evidence/2-stdout.bin");
        ReviewView view = open(tampered, trusting);
        waitForPhase(view, ReviewModel.Phase.OPEN);
        assertThat(fx(() -> view.banner().headline())).startsWith("Verification failed: ")
                .endsWith("The content below cannot be trusted.");
        assertThat(fx(() -> view.banner().getStyleClass())).contains("banner-failed");
        assertThat(fx(() -> view.banner().findings())).anyMatch(line -> line.startsWith("evidence/2-stdout.bin"));
        waitUntil(() -> view.tabs().timeline().entries().size() == 8);
    }

    @Test
    void aZipThatClimbsOutOfItsFolderShowsOnlyTheRefusal() throws Exception {
        Path hostile = BundleCopies.zipSlip(dir.resolve("slip.zip"));
        ReviewView view = open(hostile, trusting);
        waitForPhase(view, ReviewModel.Phase.REFUSED);
        assertThat(fx(() -> view.banner().headline())).isEqualTo("Refused: slip.zip is not a safe evidence bundle");
        assertThat(fx(() -> robot.lookup("#review-banner-detail").queryLabeled().getText()))
                .isEqualTo("Nothing in it was opened: entry \"../../.bashrc\" climbs out of its folder with a '..' segment.");
        assertThat(fx(() -> view.banner().getStyleClass())).contains("banner-failed");
        assertThat(fx(view::getCenter)).isNull();
        assertThat(fx(() -> robot.lookup("#review-tabs").tryQuery().isPresent())).isFalse();
    }

    @Test
    void cancellingTheVerificationShowsNothingUntilVerifiedAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ReviewFixture.Services plain = fixture.services(trusting);
        ReviewServices slow = new SlowTrust(plain, release);
        ReviewView view = fixture.show(fixture.bundle, slow, () -> null);
        waitUntil(() -> robot.lookup("#review-cancel").tryQuery().isPresent());
        robot.clickOn("#review-cancel");
        waitForPhase(view, ReviewModel.Phase.CANCELLED);
        assertThat(fx(() -> view.banner().headline())).isEqualTo("Verification of incident.zip was cancelled");
        assertThat(fx(() -> robot.lookup("#review-tabs").tryQuery().isPresent())).isFalse();

        release.countDown();
        robot.clickOn("#review-retry");
        waitForPhase(view, ReviewModel.Phase.OPEN);
        assertThat(fx(() -> view.banner().headline())).isEqualTo("Verified: " + signedBy() + ", trusted");
    }

    @Test
    void notesPersistBesideTheBundleAndExportAsAnAddendumThatSshKeygenAccepts() throws Exception {
        byte[] before = Files.readAllBytes(fixture.bundle);
        Path addendum = dir.resolve("incident-notes.zip");
        ReviewFixture.Services services = fixture.services(trusting);
        ReviewView view = fixture.show(fixture.bundle, services, () -> addendum.toFile());
        waitForPhase(view, ReviewModel.Phase.OPEN);
        waitUntil(() -> view.tabs().timeline().entries().size() == 8);
        fx(() -> {
            view.tabs().showEntry(3);
            return null;
        });
        waitUntil(() -> !robot.lookup("#review-note-about-entry").queryAs(javafx.scene.control.CheckBox.class).isDisabled());
        robot.clickOn("#review-note-about-entry");
        robot.clickOn("#review-note-text").write("web2 probe exits 1 after the restart");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> view.model().notes().size() == 1);
        assertThat(fx(() -> view.model().notes().get(0).seq())).isEqualTo(3L);
        assertThat(fx(() -> robot.lookup("#review-note-text").queryAs(TextArea.class).getText())).isEmpty();

        // Away from the note field first, whose tooltip would otherwise lie over the buttons below it.
        robot.moveTo("#review-notes-list").clickOn("#review-export-addendum");
        waitUntil(() -> robot.lookup("#review-notes-message").queryLabeled().getText().startsWith("Saved the signed"));
        fx(() -> {
            view.close();
            return null;
        });

        ReviewView reopened = fixture.show(fixture.bundle, services, () -> null);
        waitForPhase(reopened, ReviewModel.Phase.OPEN);
        assertThat(fx(() -> reopened.model().notes())).singleElement()
                .satisfies(note -> assertThat(note.text()).isEqualTo("web2 probe exits 1 after the restart"));
        assertThat(Files.readAllBytes(fixture.bundle)).as("the bundle is never written").isEqualTo(before);
        try (BundleArchive archive = BundleArchive.open(fixture.bundle)) {
            assertThat(archive.fileNames()).noneMatch(name -> name.contains("review") || name.contains("note"));
        }

        Path unpacked = dir.resolve("addendum");
        try (BundleArchive archive = BundleArchive.open(addendum)) {
            archive.extractTo(unpacked);
        }
        StockTools.Result checked = StockTools.shell(unpacked, "ssh-keygen -Y verify -f allowed_signers -I "
                + IncidentFixture.PRINCIPAL + " -n " + NotesAddendum.NAMESPACE + " -s SHA256SUMS.sig < SHA256SUMS");
        assertThat(checked.exitCode()).as(checked.output()).isZero();
        assertThat(Files.readString(unpacked.resolve("addendum.json"))).contains("web2 probe exits 1 after the restart");
    }

    /** Trust that takes until released to read, so a test can cancel the verification waiting on it. */
    private record SlowTrust(ReviewFixture.Services services, CountDownLatch release) implements ReviewServices {

        @Override
        public Path allowedSigners() {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("cancelled while reading allowed_signers", e);
            }
            return services.allowedSigners();
        }

        @Override
        public Path notesFolder() {
            return services.notesFolder();
        }

        @Override
        public String analyst() {
            return services.analyst();
        }

        @Override
        public dev.incidentconsole.bundle.signing.BundleSigner addendumSigner() {
            return services.addendumSigner();
        }

        @Override
        public java.time.Clock clock() {
            return services.clock();
        }
    }
}
