package dev.incidentconsole.app;

import dev.incidentconsole.app.cli.Cli;

/**
 * The entry point of the jar. With a subcommand it is the command line; with none it opens the window. It is
 * not itself a JavaFX Application, so the shaded jar starts on a plain class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            ConsoleApp.launchWith(Wiring.forCurrentUser());
            return;
        }
        System.exit(Cli.run(Wiring.forCurrentUser(), args));
    }
}
