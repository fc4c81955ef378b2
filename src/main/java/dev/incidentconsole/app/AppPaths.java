package dev.incidentconsole.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folders: data (evidence store, the responder's own runbooks) and configuration. Follows each
 * platform's convention; {@code INCIDENT_CONSOLE_HOME} (or the system property {@code incidentconsole.home})
 * puts everything under one folder instead, which tests and portable installs use.
 */
public record AppPaths(Path dataDir, Path configDir) {

    static final String APP_FOLDER = "mcp-incident-console";
    static final String APP_FOLDER_TITLED = "MCP Incident Console";

    public static AppPaths forCurrentUser() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System.getProperty("incidentconsole.home"));
    }

    static AppPaths resolve(Map<String, String> env, String osName, String userHome, String override) {
        String home = override != null ? override : env.get("INCIDENT_CONSOLE_HOME");
        if (home != null && !home.isBlank()) {
            Path root = Path.of(home);
            return new AppPaths(root.resolve("data"), root.resolve("config"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path user = Path.of(userHome);
        if (os.contains("win")) {
            Path appData = env.containsKey("APPDATA") ? Path.of(env.get("APPDATA")) : user.resolve("AppData").resolve("Roaming");
            Path base = appData.resolve(APP_FOLDER_TITLED);
            return new AppPaths(base, base);
        }
        if (os.contains("mac")) {
            Path base = user.resolve("Library").resolve("Application Support").resolve(APP_FOLDER_TITLED);
            return new AppPaths(base, base);
        }
        Path data = xdg(env, "XDG_DATA_HOME", user.resolve(".local").resolve("share"));
        Path config = xdg(env, "XDG_CONFIG_HOME", user.resolve(".config"));
        return new AppPaths(data.resolve(APP_FOLDER), config.resolve(APP_FOLDER));
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        // The XDG spec says relative values are invalid and must be ignored.
        return value != null && value.startsWith("/") ? Path.of(value) : fallback;
    }

    /** The responder's own runbooks; created on first use of the library. */
    public Path userRunbooks() {
        return dataDir.resolve("runbooks");
    }
}
