package dev.incidentconsole.ui.evidence;

import atlantafx.base.theme.Styles;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.ProblemText;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.BiFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * One output stream of the selected entry: its first {@link EntryDetailHead#LIMIT} bytes, read off the FX thread,
 * and "Save output as…", which streams the whole stored output to a file and checks it against the entry's digest.
 */
final class EntryDetailOutput extends VBox {

    private final OutputStreamKind stream;
    private final String name;
    private final EvidenceStore store;
    private final BackgroundTasks tasks;
    private final BiFunction<FileChooser, Window, File> saveDialog;
    private final Label caption = new Label();
    private final Label message = new Label();
    private final TextArea text = new TextArea();
    private final Button save = new Button("Save output as\u2026", Icons.icon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
    private EvidenceEntry entry;
    /** Bumped on every new entry, so a slow read of an earlier selection never overwrites the current one. */
    private long generation;

    EntryDetailOutput(OutputStreamKind stream, EvidenceStore store, BackgroundTasks tasks,
                      BiFunction<FileChooser, Window, File> saveDialog) {
        this.stream = stream;
        this.name = stream.name().toLowerCase(Locale.ROOT);
        this.store = store;
        this.tasks = tasks;
        this.saveDialog = saveDialog;
        setId("detail-" + name);
        getStyleClass().add("detail-output");
        caption.setId("detail-" + name + "-caption");
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        message.setId("detail-" + name + "-message");
        message.getStyleClass().add("detail-message");
        message.setWrapText(true);
        save.setId("detail-" + name + "-save");
        save.setMnemonicParsing(false);
        save.setTooltip(new Tooltip("Write the whole stored " + name + " of this entry to a file"));
        save.setOnAction(event -> saveAs());
        text.setId("detail-" + name + "-text");
        text.setEditable(false);
        text.getStyleClass().add("detail-output-text");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, caption, spacer, save);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(text, Priority.ALWAYS);
        getChildren().addAll(header, message, text);
    }

    void show(EvidenceEntry shown) {
        entry = shown;
        long current = ++generation;
        text.clear();
        message.setText("");
        long total = shown == null ? 0 : length(shown);
        save.setDisable(total == 0);
        if (total == 0) {
            caption.setText(shown == null ? "" : "no output");
            return;
        }
        caption.setText("reading " + TimelineText.bytes(total) + "\u2026");
        tasks.run("Reading " + name + " of entry " + shown.seq(), () -> {
            try (InputStream in = store.output(shown.incidentId(), shown.seq(), stream)) {
                return EntryDetailHead.read(in, EntryDetailHead.LIMIT, total);
            }
        }, head -> {
            if (current == generation) {
                text.setText(head.text());
                caption.setText(head.caption());
            }
        }, problem -> {
            if (current == generation) {
                caption.setText("could not read the " + name + ": " + ProblemText.describe(problem));
            }
        });
    }

    private long length(EvidenceEntry shown) {
        return stream == OutputStreamKind.STDOUT ? shown.stdoutLength() : shown.stderrLength();
    }

    private String digest(EvidenceEntry shown) {
        return stream == OutputStreamKind.STDOUT ? shown.stdoutSha256() : shown.stderrSha256();
    }

    private void saveAs() {
        EvidenceEntry target = entry;
        if (target == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save " + name + " of entry #" + target.seq());
        chooser.setInitialFileName(target.seq() + "-" + name + ".bin");
        File chosen = saveDialog.apply(chooser, getScene() == null ? null : getScene().getWindow());
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        save.setDisable(true);
        message.pseudoClassStateChanged(EntryDetailPane.ERROR, false);
        message.setText("Saving " + name + " to " + file + "\u2026");
        tasks.run("Saving " + name, () -> copy(target, file), copied -> {
            save.setDisable(false);
            message.setText(copied);
        }, problem -> {
            save.setDisable(false);
            message.pseudoClassStateChanged(EntryDetailPane.ERROR, true);
            message.setText("Could not save the " + name + " to " + file + ": " + ProblemText.describe(problem));
        });
    }

    /** Streams into a temporary file beside the target and moves it into place, so a failure leaves no half file. */
    private String copy(EvidenceEntry target, Path file) throws IOException, NoSuchAlgorithmException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString());
        }
        Path partial = Files.createTempFile(folder, "." + file.getFileName(), ".part");
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        long written;
        try (InputStream in = new DigestInputStream(store.output(target.incidentId(), target.seq(), stream), sha256);
             OutputStream out = Files.newOutputStream(partial)) {
            written = in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        boolean matches = HexFormat.of().formatHex(sha256.digest()).equalsIgnoreCase(digest(target));
        return "Saved " + TimelineText.count(written) + " bytes of " + name + " (entry #" + target.seq() + ") to "
                + file + (matches ? "; SHA-256 matches the evidence." : "; WARNING: SHA-256 differs from the evidence.");
    }
}
