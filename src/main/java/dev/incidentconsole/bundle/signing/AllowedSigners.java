package dev.incidentconsole.bundle.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An allowed_signers file (ssh-keygen(1), ALLOWED SIGNERS): which keys an analyst trusts to sign as which
 * principals, and for which namespaces. Writes the line a bundle ships with, and answers trust questions the
 * way {@code ssh-keygen -Y verify} does, so our verdict and OpenSSH's agree.
 */
public final class AllowedSigners {

    private final List<AllowedSignerLine> lines;
    private final List<String> notes;

    private AllowedSigners(List<AllowedSignerLine> lines, List<String> notes) {
        this.lines = List.copyOf(lines);
        this.notes = List.copyOf(notes);
    }

    /** {@code principal namespaces="namespace" type base64}; the principal is quoted when it holds blanks. */
    public static String lineFor(String principal, String publicKeyLine, String namespace) {
        checkPrincipal(principal);
        if (namespace == null || !namespace.matches("[^\\s\",*?!\\\\]+")) {
            throw new IllegalArgumentException("namespace \"" + namespace + "\" must be one word without quotes, commas or wildcards");
        }
        SshPublicKey key;
        try {
            key = SshPublicKey.fromLine(publicKeyLine);
        } catch (WireFormatException e) {
            throw new IllegalArgumentException("not a public key line: " + e.getMessage());
        }
        String field = principal.indexOf(' ') >= 0 || principal.indexOf('\t') >= 0 ? "\"" + principal + "\"" : principal;
        return field + " namespaces=\"" + namespace + "\" " + key.line();
    }

    /** A principal must name exactly one signer: allowed_signers would read commas, wildcards and quotes as syntax. */
    static void checkPrincipal(String principal) {
        if (principal == null || principal.isBlank()) {
            throw new IllegalArgumentException("a signing principal (e.g. alice@example.org) is required");
        }
        if (!principal.strip().equals(principal) || principal.startsWith("#") || principal.startsWith("!")) {
            throw new IllegalArgumentException("principal \"" + principal + "\" must not start with # or ! or with or end in blanks");
        }
        for (char c : principal.toCharArray()) {
            if (c == ',' || c == '*' || c == '?' || c == '"' || Character.isISOControl(c)) {
                throw new IllegalArgumentException("principal \"" + principal.replaceAll("\\p{Cntrl}", "?")
                        + "\" must not contain commas, wildcards (* ?), double quotes or control characters");
            }
        }
    }

    public static AllowedSigners parse(String text) {
        return parse(text, ZoneId.systemDefault());
    }

    /** @param localZone how valid-after and valid-before times without a trailing Z are read */
    static AllowedSigners parse(String text, ZoneId localZone) {
        AllowedSignersParser parser = new AllowedSignersParser(localZone);
        parser.parse(text.replace("\r", ""));
        return new AllowedSigners(parser.lines(), parser.notes());
    }

    public static AllowedSigners read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** One note per line that is skipped, saying why, e.g. {@code line 4: option foo is unknown ...; line ignored}. */
    public List<String> notes() {
        return notes;
    }

    public boolean trusts(String principal, String publicKeyLine, String namespace) {
        return trusts(principal, publicKeyLine, namespace, Instant.now());
    }

    /** Whether the key may sign as {@code principal} in {@code namespace} at time {@code at}. */
    public boolean trusts(String principal, String publicKeyLine, String namespace, Instant at) {
        SshPublicKey key = keyOrNull(publicKeyLine);
        return key != null && lines.stream().anyMatch(line -> line.trusts(principal, key, namespace, at));
    }

    /**
     * The principals (patterns, as written) of every line that trusts the key for {@code namespace} at {@code at},
     * like {@code ssh-keygen -Y find-principals} but from all matching lines.
     */
    public List<String> principalsFor(String publicKeyLine, String namespace, Instant at) {
        SshPublicKey key = keyOrNull(publicKeyLine);
        List<String> found = new ArrayList<>();
        for (AllowedSignerLine line : lines) {
            if (key != null && line.admits(key, namespace, at)) {
                found.addAll(Arrays.asList(line.principals().split(",")));
            }
        }
        return found;
    }

    private static SshPublicKey keyOrNull(String publicKeyLine) {
        try {
            return publicKeyLine == null ? null : SshPublicKey.fromLine(publicKeyLine);
        } catch (WireFormatException e) {
            return null;
        }
    }
}
