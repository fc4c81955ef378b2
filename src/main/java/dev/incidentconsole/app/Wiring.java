package dev.incidentconsole.app;

import dev.incidentconsole.runbook.RunbookLibrary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The composition root: every long-lived object is built here and handed on by constructor. */
public final class Wiring {

    private final AppPaths paths;
    private final Clock clock;

    public Wiring(AppPaths paths, Clock clock) {
        this.paths = paths;
        this.clock = clock;
    }

    public static Wiring forCurrentUser() {
        return new Wiring(AppPaths.forCurrentUser(), Clock.systemDefaultZone());
    }

    public AppPaths paths() {
        return paths;
    }

    public Clock clock() {
        return clock;
    }

    /** Loads the bundled runbooks and the user's own (plus {@code extraFolders}); this reads files, so never call it on the FX thread. */
    public RunbookLibrary loadRunbookLibrary(List<Path> extraFolders) throws IOException {
        List<Path> folders = new ArrayList<>();
        folders.add(paths.userRunbooks());
        folders.addAll(extraFolders);
        return RunbookLibrary.load(true, folders);
    }
}
