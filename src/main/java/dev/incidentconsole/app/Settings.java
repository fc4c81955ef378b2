package dev.incidentconsole.app;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidentconsole.incident.Operator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The responder's settings, kept as JSON in the settings folder: who they are (every evidence entry names the
 * operator) and the theme. A missing or unreadable file gives defaults; a save never leaves a half-written file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Settings {

    public String operatorName;
    public String operatorEmail;
    public boolean darkTheme;
    /** Where the main window was when it last closed; null before the first close. */
    public Window window;

    /** The main window's last position and size, and its split panes' divider positions by name. */
    public record Window(double x, double y, double width, double height, boolean maximized, java.util.Map<String, Double> dividers) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Settings load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Settings();
        }
        try {
            return JSON.readValue(file.toFile(), Settings.class);
        } catch (IOException e) {
            return new Settings();
        }
    }

    public void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), this);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The operator these settings name, falling back to the account name when none is set. */
    public Operator operator(String accountName) {
        String name = operatorName == null || operatorName.isBlank() ? accountName : operatorName;
        return new Operator(name, operatorEmail);
    }
}
