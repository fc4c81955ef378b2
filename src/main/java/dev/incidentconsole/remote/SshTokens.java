package dev.incidentconsole.remote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code %} tokens and the leading {@code ~} of ssh_config values. Which tokens a keyword accepts is
 * checked when the file is read (so the warning can name the line); expansion happens per host, because
 * {@code %h} and {@code %r} depend on what the host resolved to.
 */
final class SshTokens {

    /** The tokens HostName accepts. */
    static final String HOST_NAME_TOKENS = "h%";
    /** The tokens supported in IdentityFile and UserKnownHostsFile: home, host name, alias, port, remote user, local user. */
    static final String FILE_TOKENS = "dhnpru%";

    private SshTokens() {
    }

    /** The tokens in {@code value} outside {@code allowed}, as {@code %x}; a trailing lone {@code %} counts too. */
    static List<String> unsupported(String value, String allowed) {
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) != '%') {
                continue;
            }
            if (i + 1 == value.length()) {
                bad.add("%");
            } else if (allowed.indexOf(value.charAt(i + 1)) < 0) {
                bad.add("%" + value.charAt(i + 1));
            }
            i++;
        }
        return bad;
    }

    /** Replaces {@code %x} by {@code tokens.get('x')} and {@code %%} by {@code %}; unknown tokens stay as written. */
    static String expand(String value, Map<Character, String> tokens) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '%' || i + 1 == value.length()) {
                out.append(c);
                continue;
            }
            char key = value.charAt(++i);
            if (key == '%') {
                out.append('%');
            } else if (tokens.containsKey(key)) {
                out.append(tokens.get(key));
            } else {
                out.append('%').append(key);
            }
        }
        return out.toString();
    }

    /** {@code ~} and {@code ~/rest} become the home directory; {@code ~user} forms are left alone. */
    static String expandTilde(String value, Path home) {
        if (value.equals("~")) {
            return home.toString();
        }
        if (value.startsWith("~/")) {
            return home.resolve(value.substring(2)).toString();
        }
        return value;
    }
}
