package dev.incidentconsole.bundle.signing;

import java.util.Base64;
import java.util.regex.Pattern;

/** The text form of an SSHSIG: base64 between BEGIN and END lines, as ssh-keygen writes it. */
final class SignatureArmor {

    static final String BEGIN = "-----BEGIN SSH SIGNATURE-----";
    static final String END = "-----END SSH SIGNATURE-----";
    /** Far above any real signature (an RSA 16384-bit key and signature are under 5 KB). */
    private static final int MAX_BASE64_CHARS = 64 * 1024;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SignatureArmor() {
    }

    static String armor(byte[] blob) {
        return Base64Armor.armor(BEGIN, END, blob);
    }

    static byte[] dearmor(String text) throws SignatureFormatException {
        String stripped = text.strip();
        if (!stripped.startsWith(BEGIN)) {
            throw new SignatureFormatException("not an SSH signature: the text does not start with " + BEGIN);
        }
        int end = stripped.indexOf(END, BEGIN.length());
        if (end < 0) {
            throw new SignatureFormatException("the SSH signature is cut short: there is no " + END + " line");
        }
        if (end + END.length() != stripped.length()) {
            throw new SignatureFormatException("unexpected text after the " + END + " line");
        }
        String base64 = WHITESPACE.matcher(stripped.substring(BEGIN.length(), end)).replaceAll("");
        if (base64.isEmpty()) {
            throw new SignatureFormatException("the SSH signature is empty");
        }
        if (base64.length() > MAX_BASE64_CHARS) {
            throw new SignatureFormatException("the text is too large to be an SSH signature (" + base64.length() + " characters)");
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new SignatureFormatException("the SSH signature is not valid base64: " + e.getMessage());
        }
    }
}
