package dev.incidentconsole.remote.ssh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.connection.channel.direct.Signal;

/**
 * Stops one tagged run from a second session. OpenSSH delivers "signal" requests to the command's process
 * group, but refuses them for root logins; this path works for any login. It only ever kills the run's own
 * session (sshd makes each command a session leader); where the run is not a session leader, as under some
 * servers, it stops the run's shell and that shell's children instead of guessing wider.
 */
final class RemoteStopper {

    private RemoteStopper() {
    }

    static String script(String runTag, Signal signal) {
        // The bracket keeps pgrep from matching this script's own command line.
        String pattern = "[" + runTag.charAt(0) + "]" + runTag.substring(1);
        String sig = signal.name();
        return "pid=$(pgrep -o -f '" + pattern + "$') || exit 0\n"
                + "sid=$(ps -o sid= -p \"$pid\" | tr -d ' ')\n"
                + "if [ \"$sid\" = \"$pid\" ]; then pkill -" + sig + " -s \"$sid\"\n"
                + "else pkill -" + sig + " -P \"$pid\"; kill -" + sig + " \"$pid\"; fi\n"
                + "exit 0";
    }

    static void stop(SSHClient client, String runTag, Signal signal) {
        try (Session session = client.startSession()) {
            Session.Command command = session.exec("sh -c " + dev.incidentconsole.remote.CommandSpec.singleQuoted(script(runTag, signal)));
            command.join(5, TimeUnit.SECONDS);
        } catch (IOException | RuntimeException e) {
            // The connection may be gone; the signal request and the channel close remain.
        }
    }
}
