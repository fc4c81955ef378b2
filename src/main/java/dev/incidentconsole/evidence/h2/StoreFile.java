package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.EvidenceStoreException;
import dev.incidentconsole.evidence.StoreInUseException;
import dev.incidentconsole.evidence.WrongPassphraseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Properties;
import org.h2.api.ErrorCode;

/**
 * The database file and how to connect to it. With a passphrase the file is AES-encrypted by H2; H2 takes the
 * file password and the user password in one "file user" string split at the first space, so the file password
 * is the hex of the passphrase's UTF-8 (no spaces, nothing lost). This object holds that secret only until
 * {@link #forgetPassphrase()}: every connection is opened while the store opens.
 */
final class StoreFile {

    static final String SUFFIX = ".mv.db";
    private static final String USER = "evidence";

    private final Path databaseFile;
    private final String url;
    private char[] filePassword;

    private StoreFile(Path databaseFile, String url, char[] filePassword) {
        this.databaseFile = databaseFile;
        this.url = url;
        this.filePassword = filePassword;
    }

    /** {@code file} is {@code name.mv.db} or {@code name} (then {@code name.mv.db} is used); the caller's passphrase is wiped. */
    static StoreFile of(Path file, char[] passphrase) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        Path databaseFile = name.endsWith(SUFFIX) ? absolute : absolute.resolveSibling(name + SUFFIX);
        String base = databaseFile.toString().substring(0, databaseFile.toString().length() - SUFFIX.length());
        if (base.contains(";")) {
            throw new EvidenceStoreException("The evidence store path must not contain ';': " + databaseFile);
        }
        boolean encrypted = passphrase != null && passphrase.length > 0;
        // WRITE_DELAY=0: every commit reaches the file at once, so a killed process keeps all it committed.
        String url = "jdbc:h2:file:" + base + ";WRITE_DELAY=0" + (encrypted ? ";CIPHER=AES" : "");
        char[] filePassword = encrypted ? hexOfUtf8(passphrase) : null;
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
        return new StoreFile(databaseFile, url, filePassword);
    }

    private static char[] hexOfUtf8(char[] passphrase) {
        java.nio.ByteBuffer bytes = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(passphrase));
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        Arrays.fill(bytes.array(), (byte) 0);
        char[] hex = HexFormat.of().formatHex(raw).toCharArray();
        Arrays.fill(raw, (byte) 0);
        return hex;
    }

    Path databaseFile() {
        return databaseFile;
    }

    Path lockFile() {
        String name = databaseFile.getFileName().toString();
        return databaseFile.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + ".console.lock");
    }

    boolean encrypted() {
        return filePassword != null;
    }

    Connection connect() {
        if (filePassword != null && filePassword.length == 0) {
            throw new IllegalStateException("the passphrase was already forgotten: connections are opened while opening");
        }
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        if (filePassword != null) {
            char[] password = Arrays.copyOf(filePassword, filePassword.length + 1);
            password[filePassword.length] = ' '; // then an empty user password
            properties.put("password", password);
        } else {
            properties.setProperty("password", "");
        }
        try {
            return new org.h2.Driver().connect(url, properties);
        } catch (SQLException e) {
            throw explain(e);
        } finally {
            Object password = properties.get("password");
            if (password instanceof char[]) {
                Arrays.fill((char[]) password, '\0');
            }
        }
    }

    void forgetPassphrase() {
        if (filePassword != null) {
            Arrays.fill(filePassword, '\0');
            filePassword = new char[0];
        }
    }

    /** Turns H2's error codes into words that name the file; the cause keeps the details for a log. */
    EvidenceStoreException explain(SQLException e) {
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new StoreInUseException("The evidence store " + databaseFile
                        + " is already in use by another console. Close the other console and try again.");
            case ErrorCode.WRONG_USER_OR_PASSWORD:
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
            case ErrorCode.FILE_CORRUPTED_1:
                return new WrongPassphraseException(encrypted()
                        ? "The passphrase does not open the evidence store " + databaseFile
                                + " (or the file is not encrypted, or it is damaged)."
                        : "The evidence store " + databaseFile + " cannot be read without a passphrase"
                                + " (it is encrypted, or damaged).");
            default:
                return new EvidenceStoreException("Cannot use the evidence store " + databaseFile + ": "
                        + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown database error";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
