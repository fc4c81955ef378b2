package dev.incidentconsole.ui.incident;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Tests of the incident screens against two real hosts and a real store, fresh for every test. */
abstract class WithTwoHosts {

    @TempDir
    Path dir;

    TwoHostIncident parts;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void startHosts() throws Exception {
        parts = new TwoHostIncident(dir);
    }

    @AfterEach
    void stopHosts() throws Exception {
        FxToolkit.cleanupStages();
        parts.close();
    }
}
