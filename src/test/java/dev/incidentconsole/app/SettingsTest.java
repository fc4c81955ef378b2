package dev.incidentconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file: what is saved comes back, older and damaged files still open with defaults. */
class SettingsTest {

    @TempDir
    Path folder;

    @Test
    void theWindowWithItsDividersComesBackAsSaved() throws Exception {
        Settings settings = new Settings();
        settings.operatorName = "Ana Responder";
        settings.darkTheme = true;
        settings.window = new Settings.Window(10, 20, 1200, 800, true, Map.of("start", 0.35, "incident", 0.6));
        Path file = folder.resolve("settings.json");
        settings.save(file);

        Settings read = Settings.load(file);

        assertThat(read.operatorName).isEqualTo("Ana Responder");
        assertThat(read.darkTheme).isTrue();
        assertThat(read.window).isEqualTo(settings.window);
    }

    @Test
    void aFileFromBeforeDividersWereKeptStillGivesTheWindow() throws Exception {
        Path file = Files.writeString(folder.resolve("settings.json"),
                "{\"darkTheme\":false,\"window\":{\"x\":1,\"y\":2,\"width\":900,\"height\":700,\"maximized\":false},\"later\":1}");

        Settings read = Settings.load(file);

        assertThat(read.window.width()).isEqualTo(900);
        assertThat(read.window.dividers()).isNull();
    }

    @Test
    void aDamagedFileGivesDefaults() throws Exception {
        Path file = Files.writeString(folder.resolve("settings.json"), "{\"window\": {\"x\": ");

        Settings read = Settings.load(file);

        assertThat(read.window).isNull();
        assertThat(read.darkTheme).isFalse();
    }
}
