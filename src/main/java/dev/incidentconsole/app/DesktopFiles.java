package dev.incidentconsole.app;

import java.awt.Desktop;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens files in the desktop's application for them. Java's desktop support needs a GNOME-like desktop on Linux;
 * elsewhere {@code xdg-open} usually still knows what to do.
 */
final class DesktopFiles {

    private static final Path XDG_OPEN = Path.of("/usr/bin/xdg-open");

    private DesktopFiles() {
    }

    static void open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is no longer there");
        }
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(file.toFile());
            return;
        }
        if (Files.isExecutable(XDG_OPEN)) {
            new ProcessBuilder(XDG_OPEN.toString(), file.toString()).redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start();
            return;
        }
        throw new IOException("this desktop offers no way to open files from Java; open " + file + " from a file manager");
    }
}
