package dev.incidentconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

    @Test
    void linuxFollowsXdg() {
        AppPaths paths = AppPaths.resolve(Map.of("XDG_DATA_HOME", "/x/data"), "Linux", "/home/ana", null);

        assertThat(paths.dataDir()).isEqualTo(Path.of("/x/data/mcp-incident-console"));
        assertThat(paths.configDir()).isEqualTo(Path.of("/home/ana/.config/mcp-incident-console"));
        assertThat(paths.userRunbooks()).isEqualTo(Path.of("/x/data/mcp-incident-console/runbooks"));
    }

    @Test
    void relativeXdgValuesAreIgnoredAsTheSpecSays() {
        AppPaths paths = AppPaths.resolve(Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/ana", null);

        assertThat(paths.dataDir()).isEqualTo(Path.of("/home/ana/.local/share/mcp-incident-console"));
    }

    @Test
    void macAndWindowsUseTheirApplicationFolders() {
        assertThat(AppPaths.resolve(Map.of(), "Mac OS X", "/Users/ana", null).dataDir())
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/MCP Incident Console"));
        assertThat(AppPaths.resolve(Map.of("APPDATA", "/c/Users/ana/AppData/Roaming"), "Windows 11", "/c/Users/ana", null).dataDir())
                .isEqualTo(Path.of("/c/Users/ana/AppData/Roaming/MCP Incident Console"));
    }

    @Test
    void anOverrideHoldsEverything() {
        AppPaths paths = AppPaths.resolve(Map.of("INCIDENT_CONSOLE_HOME", "/tmp/ic"), "Linux", "/home/ana", null);

        assertThat(paths.dataDir()).isEqualTo(Path.of("/tmp/ic/data"));
        assertThat(paths.configDir()).isEqualTo(Path.of("/tmp/ic/config"));
        assertThat(AppPaths.resolve(Map.of(), "Linux", "/home/ana", "/opt/p").dataDir()).isEqualTo(Path.of("/opt/p/data"));
    }
}
