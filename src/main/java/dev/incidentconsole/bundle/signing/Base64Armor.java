package dev.incidentconsole.bundle.signing;

import java.util.Base64;

/** Base64 between BEGIN and END lines, wrapped at 70 columns: how OpenSSH writes signatures and private keys. */
final class Base64Armor {

    private static final int LINE_LENGTH = 70;

    private Base64Armor() {
    }

    static String armor(String beginLine, String endLine, byte[] blob) {
        String base64 = Base64.getEncoder().encodeToString(blob);
        StringBuilder out = new StringBuilder(beginLine).append('\n');
        for (int start = 0; start < base64.length(); start += LINE_LENGTH) {
            out.append(base64, start, Math.min(base64.length(), start + LINE_LENGTH)).append('\n');
        }
        return out.append(endLine).append('\n').toString();
    }
}
