package dev.incidentconsole.ui.report;

import java.io.IOException;
import java.nio.file.Path;

/** Opens a file the console wrote (an exported report) in the desktop's own application for it, such as a browser. */
@FunctionalInterface
public interface DocumentOpener {

    /** Called off the FX thread; throws when the desktop cannot open files, with a reason a person can act on. */
    void open(Path file) throws IOException;
}
