package dev.incidentconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes PNGs of real scenes for the README, refusing blank renders so they never replace a real screenshot. */
public final class Screenshots {

    private Screenshots() {
    }

    /** The folder the screenshots profile names ({@code screenshots.dir}), else ./screenshots. */
    public static Path folder() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("screenshots.dir", "screenshots")));
    }

    public static void write(Scene scene, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            WritableImage image = scene.snapshot(null);
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }).get(30, TimeUnit.SECONDS);
        BufferedImage written = ImageIO.read(file.toFile());
        assertThat(written.getWidth()).isGreaterThanOrEqualTo(1000);
        assertThat(distinctColours(written)).as(file.toString()).isGreaterThan(16);
    }

    private static long distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
