package dev.incidentconsole.ui.hosts;

import dev.incidentconsole.remote.ExecStatus;

/**
 * Why a host could not be used, in words: a short headline for the table and an explanation that says what to
 * do. The transport's own sentence (which names the host, the files and the keys) is kept at the end.
 */
public record ConnectionProblem(String headline, String explanation, boolean severe) {

    static final String CHANGED_KEY_ADVICE = "The host presented a different key from the one known_hosts lists, so "
            + "the console refused to connect. This could be an attack (someone between you and the host "
            + "impersonating it) or the host may have been reinstalled or given a new key. Do not trust it yet: "
            + "ask the host's owner for the new fingerprint over a channel you trust. Only if they confirm the "
            + "change, remove the old entry from known_hosts and connect again to approve the new key.";

    public static ConnectionProblem of(ExecStatus status, String detail) {
        String said = detail == null || detail.isBlank() ? "" : detail.strip();
        if (status == null) {
            return new ConnectionProblem("Failed", said.isEmpty() ? "The attempt failed without a reason." : said, false);
        }
        return switch (status) {
            case UNREACHABLE -> new ConnectionProblem("Unreachable",
                    join("The host could not be reached; check the address, the port, the network or VPN, and "
                            + "that sshd is running.", said), false);
            case HOST_KEY_UNKNOWN -> new ConnectionProblem("Unknown host key refused",
                    join("The host's key is not in known_hosts and was not trusted. Compare its fingerprint with "
                            + "the one the host's owner publishes, then connect again and trust it.", said), false);
            case HOST_KEY_CHANGED -> new ConnectionProblem("CHANGED host key, refused",
                    join(CHANGED_KEY_ADVICE, said), true);
            case AUTHENTICATION_FAILED -> new ConnectionProblem("Authentication failed",
                    join("The host did not accept any of your keys for this user; check the user name, the "
                            + "IdentityFile and that your public key is in the host's authorized_keys.", said), false);
            case CONNECTION_LOST -> new ConnectionProblem("Connection lost",
                    join("The connection dropped; connect again to see whether the host is still reachable.", said),
                    false);
            default -> new ConnectionProblem(capitalised(status.words()), said.isEmpty() ? capitalised(status.words()) + "." : said,
                    false);
        };
    }

    /** A failure the transport did not classify, e.g. an unexpected exception. */
    public static ConnectionProblem unexpected(String reason) {
        return new ConnectionProblem("Failed", "The connection attempt failed: " + reason, false);
    }

    private static String join(String advice, String detail) {
        return detail.isEmpty() ? advice : advice + "\n\n" + detail;
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
