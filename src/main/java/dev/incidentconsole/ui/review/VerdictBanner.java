package dev.incidentconsole.ui.review;

import dev.incidentconsole.bundle.verify.VerificationReport;
import dev.incidentconsole.bundle.verify.Verdict;
import dev.incidentconsole.ui.common.Icons;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The verification result, kept at the top of the review whatever tab is shown: green when verified and trusted,
 * amber when the signature holds but the signer is not trusted, red when verification failed or the file was
 * refused. The findings are listed under the headline, by file and entry.
 */
final class VerdictBanner extends VBox {

    private static final List<String> LOOKS = List.of("banner-verifying", "banner-trusted", "banner-untrusted",
            "banner-failed");
    /** About six lines; a longer list scrolls so the tabs below keep their room. */
    private static final double MAX_FINDINGS_HEIGHT = 132;

    private final FontIcon icon = Icons.icon(MaterialDesignS.SHIELD_SEARCH, "banner-icon");
    private final Label headline = new Label();
    private final Label detail = new Label();
    private final VBox findingLines = new VBox(2);
    private final ScrollPane findings = new ScrollPane(findingLines);

    VerdictBanner() {
        super(6);
        setId("review-banner");
        getStyleClass().add("review-banner");
        headline.setId("review-banner-headline");
        headline.getStyleClass().add("banner-headline");
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        detail.setId("review-banner-detail");
        detail.getStyleClass().add("banner-detail");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        findingLines.setId("review-findings");
        findings.getStyleClass().add("review-findings");
        findings.setFitToWidth(true);
        findings.prefViewportHeightProperty().bind(Bindings.min(findingLines.heightProperty(), MAX_FINDINGS_HEIGHT));
        HBox top = new HBox(10, icon, headline);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, detail);
    }

    void verifying(String file) {
        look("banner-verifying", MaterialDesignS.SHIELD_SEARCH);
        show("Verifying " + file + "\u2026", "Nothing in the bundle is shown until every file, the signature and the"
                + " hash chain have been checked.", List.of());
    }

    void cancelled(String file) {
        look("banner-untrusted", MaterialDesignA.ALERT_OUTLINE);
        show("Verification of " + file + " was cancelled", "Nothing in the bundle is shown unverified. Verify it again"
                + " to look through it.", List.of());
    }

    void refused(String why, String detail) {
        look("banner-failed", MaterialDesignC.CLOSE_OCTAGON_OUTLINE);
        show(why, detail, List.of());
    }

    void verified(VerificationReport report, List<String> readProblems) {
        Verdict verdict = report.verdict();
        switch (verdict) {
            case TRUSTED -> look("banner-trusted", MaterialDesignS.SHIELD_CHECK);
            case UNTRUSTED -> look("banner-untrusted", MaterialDesignS.SHIELD_ALERT_OUTLINE);
            default -> look("banner-failed", MaterialDesignS.SHIELD_OFF_OUTLINE);
        }
        List<String> lines = new java.util.ArrayList<>(VerdictText.findings(report));
        readProblems.forEach(problem -> lines.add("Could not read: " + problem));
        show(VerdictText.headline(report), VerdictText.detail(report), lines);
    }

    private void look(String style, Ikon ikon) {
        getStyleClass().removeAll(LOOKS);
        getStyleClass().add(style);
        icon.setIconCode(ikon);
    }

    private void show(String head, String below, List<String> lines) {
        headline.setText(head);
        detail.setText(below);
        detail.setManaged(!below.isEmpty());
        detail.setVisible(!below.isEmpty());
        findingLines.getChildren().setAll(lines.stream().map(VerdictBanner::findingLine).toList());
        getChildren().remove(findings);
        if (!lines.isEmpty()) {
            getChildren().add(findings);
        }
    }

    /** A finding; its menu copies it, for the allowed_signers line an untrusted verdict suggests. */
    private static Label findingLine(String text) {
        Label line = new Label("\u2022 " + text);
        line.getStyleClass().add("banner-finding");
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        line.setContextMenu(new ContextMenu(copy));
        return line;
    }

    String headline() {
        return headline.getText();
    }

    List<String> findings() {
        return findingLines.getChildren().stream().map(line -> ((Label) line).getText().substring(2)).toList();
    }
}
