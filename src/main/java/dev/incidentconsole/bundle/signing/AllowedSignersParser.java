package dev.incidentconsole.bundle.signing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads allowed_signers as ssh-keygen does (ssh-keygen(1), ALLOWED SIGNERS): {@code principals [options] key},
 * where principals may be quoted and options are {@code cert-authority}, {@code namespaces="..."},
 * {@code valid-after="..."} and {@code valid-before="..."}. Every line that cannot be used is skipped, as
 * ssh-keygen skips it, with a note saying why.
 */
final class AllowedSignersParser {

    private final ZoneId localZone;
    private final List<AllowedSignerLine> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** @param localZone how times without a trailing Z are read; ssh-keygen uses the local time zone */
    AllowedSignersParser(ZoneId localZone) {
        this.localZone = localZone;
    }

    List<AllowedSignerLine> lines() {
        return lines;
    }

    List<String> notes() {
        return notes;
    }

    void parse(String text) {
        int number = 0;
        for (String raw : text.split("\n", -1)) {
            number++;
            String line = raw.strip();
            String problem = line.isEmpty() || line.startsWith("#") ? null : parseLine(number, line);
            if (problem != null) {
                // ssh-keygen, too, reports such a line and goes on with the next.
                notes.add("line " + number + ": " + problem + "; line ignored");
            }
        }
    }

    /** Adds the line's entry, or answers why it cannot be used. */
    private String parseLine(int number, String line) {
        Token principals = Token.read(line, 0);
        if (principals == null || principals.text().isEmpty()) {
            return "the principals are unreadable (a quote is not closed)";
        }
        String rest = line.substring(principals.end()).strip();
        if (rest.isEmpty()) {
            return "there is no public key";
        }
        Options options = new Options();
        if (!looksLikeKeyType(rest)) {
            int end = Token.endOfOptions(rest);
            if (end < 0) {
                return "a quote in the options is not closed";
            }
            String problem = options.parse(rest.substring(0, end));
            if (problem != null) {
                return problem;
            }
            rest = rest.substring(end).strip();
        }
        String type = rest.split("\\s+", 2)[0];
        if (options.certAuthority) {
            return "cert-authority lines are not checked (signatures by certificates are not supported)";
        }
        if (type.isEmpty() || !looksLikeKeyType(type)) {
            return "there is no public key after the options";
        }
        if (SshKeyType.byName(type).isEmpty()) {
            return "key type " + SshPublicKey.abbreviate(type) + " is not supported";
        }
        try {
            lines.add(new AllowedSignerLine(number, principals.text(), SshPublicKey.fromLine(rest), options.namespaces,
                    options.validAfter, options.validBefore));
        } catch (WireFormatException e) {
            return "the public key is unreadable: " + e.getMessage();
        }
        return null;
    }

    private static boolean looksLikeKeyType(String text) {
        return text.startsWith("ssh-") || text.startsWith("ecdsa-") || text.startsWith("sk-");
    }

    /** The option list of one line; {@link #parse} answers the problem, or null when all is well. */
    private final class Options {
        boolean certAuthority;
        String namespaces;
        Instant validAfter;
        Instant validBefore;

        String parse(String text) {
            for (String option : Token.splitOptions(text)) {
                int equals = option.indexOf('=');
                String name = (equals < 0 ? option : option.substring(0, equals)).toLowerCase(Locale.ROOT);
                if (equals < 0 && name.equals("cert-authority")) {
                    certAuthority = true;
                    continue;
                }
                String value = equals < 0 ? null : Token.dequote(option.substring(equals + 1));
                if (value == null) {
                    return "option " + SshPublicKey.abbreviate(option) + " is unknown or its value is not in double quotes";
                }
                switch (name) {
                    case "namespaces" -> {
                        if (namespaces != null) {
                            return "namespaces is given twice";
                        }
                        namespaces = value;
                    }
                    case "valid-after" -> {
                        if (validAfter != null || (validAfter = parseTime(value)) == null) {
                            return "valid-after is given twice or is not a time of the form YYYYMMDD[HHMM[SS]][Z]";
                        }
                    }
                    case "valid-before" -> {
                        if (validBefore != null || (validBefore = parseTime(value)) == null) {
                            return "valid-before is given twice or is not a time of the form YYYYMMDD[HHMM[SS]][Z]";
                        }
                    }
                    default -> {
                        return "option " + SshPublicKey.abbreviate(name) + " is unknown";
                    }
                }
            }
            if (validAfter != null && validBefore != null && !validBefore.isAfter(validAfter)) {
                return "valid-before is not after valid-after";
            }
            return null;
        }
    }

    /** ssh-keygen's absolute times: YYYYMMDD, YYYYMMDDHHMM or YYYYMMDDHHMMSS, in UTC with a trailing Z, else local. */
    private Instant parseTime(String value) {
        boolean utc = value.endsWith("Z") || value.endsWith("z");
        String digits = utc ? value.substring(0, value.length() - 1) : value;
        if (!digits.matches("\\d{8}|\\d{12}|\\d{14}")) {
            return null;
        }
        String padded = (digits + "000000").substring(0, 14);
        try {
            LocalDateTime local = LocalDateTime.parse(padded, DateTimeFormatter.ofPattern("uuuuMMddHHmmss"));
            return local.atZone(utc ? ZoneOffset.UTC : localZone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
