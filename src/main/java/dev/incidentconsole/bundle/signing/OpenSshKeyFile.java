package dev.incidentconsole.bundle.signing;

import com.hierynomus.sshj.userauth.keyprovider.bcrypt.BCrypt;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;

/**
 * The OpenSSH private key format ({@code -----BEGIN OPENSSH PRIVATE KEY-----}, PROTOCOL.key): read, with the
 * passphrase asked for as often as the responder retries, and written encrypted the way ssh-keygen writes it
 * (aes256-ctr, bcrypt KDF) so that stock OpenSSH opens our keys too.
 */
final class OpenSshKeyFile {

    static final String BEGIN = "-----BEGIN OPENSSH PRIVATE KEY-----";
    static final String END = "-----END OPENSSH PRIVATE KEY-----";
    private static final byte[] MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final String BCRYPT = "bcrypt";
    /** ssh-keygen's default; each round costs a few milliseconds, which is the point. */
    private static final int WRITE_ROUNDS = 16;
    /** Far above what anyone configures; a file asking for more is damaged or hostile. */
    private static final long MAX_ROUNDS = 100_000;
    private static final int SALT_BYTES = 16;
    static final int MAX_ATTEMPTS = 3;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private OpenSshKeyFile() {
    }

    static SshKeyPair read(String text, Path source, KeyPassphrasePrompt prompt) throws KeyFileException {
        try {
            WireReader in = new WireReader(dearmor(text, source));
            if (!Arrays.equals(in.raw(Math.min(MAGIC.length, in.remaining()), "magic"), MAGIC)) {
                throw new KeyFileException(source + " is not an OpenSSH private key (the openssh-key-v1 header is missing)");
            }
            String cipherName = in.text("cipher name");
            String kdfName = in.text("KDF name");
            byte[] kdfOptions = in.bytes("KDF options");
            long keyCount = in.uint32("key count");
            if (keyCount != 1) {
                throw new KeyFileException(source + " holds " + keyCount + " keys; OpenSSH key files hold exactly one");
            }
            SshPublicKey stated = statedKey(in.bytes("public key"), source);
            byte[] encrypted = in.bytes("private section");
            KeyFileCipher cipher = KeyFileCipher.byName(cipherName).orElseThrow(() -> new KeyFileException(source
                    + " is encrypted with " + SshPublicKey.abbreviate(cipherName) + ", which is not supported; "
                    + "re-encrypt it with: ssh-keygen -p -Z aes256-ctr -f " + source));
            byte[] tag = in.raw(cipher.tagBytes(), "authentication tag");
            in.expectEnd("the key file");
            if (encrypted.length % cipher.blockBytes() != 0) {
                throw new WireFormatException("the private section is not a whole number of cipher blocks");
            }
            byte[] sealed = concat(encrypted, tag);
            if (cipher == KeyFileCipher.NONE) {
                return unlocked(sealed, stated, source).orElseThrow(() -> new WireFormatException("its check numbers differ"));
            }
            if (!kdfName.equals(BCRYPT)) {
                throw new KeyFileException(source + " uses key derivation " + SshPublicKey.abbreviate(kdfName) + "; only bcrypt is supported");
            }
            WireReader kdf = new WireReader(kdfOptions);
            byte[] salt = kdf.bytes("bcrypt salt");
            long rounds = kdf.uint32("bcrypt rounds");
            if (rounds < 1 || rounds > MAX_ROUNDS) {
                throw new WireFormatException("bcrypt rounds " + rounds + " are out of range");
            }
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                char[] passphrase = prompt.passphraseFor(source, attempt);
                if (passphrase == null) {
                    throw new PassphraseDeclinedException("no passphrase was given for " + source + ", so it stays locked");
                }
                Optional<SshKeyPair> keys = decrypt(cipher, sealed, salt, (int) rounds, passphrase, stated, source);
                if (keys.isPresent()) {
                    return keys.get();
                }
            }
            throw new WrongPassphraseException("wrong passphrase for " + source + " (" + MAX_ATTEMPTS + " attempts)");
        } catch (WireFormatException e) {
            throw new KeyFileException(source + " is damaged: " + e.getMessage());
        }
    }

    private static SshPublicKey statedKey(byte[] blob, Path source) throws KeyFileException {
        try {
            return SshPublicKey.fromBlob(blob);
        } catch (WireFormatException e) {
            throw new KeyFileException(source + " cannot sign bundles: " + e.getMessage());
        }
    }

    /** Empty when the passphrase is wrong; wipes the passphrase either way. */
    private static Optional<SshKeyPair> decrypt(KeyFileCipher cipher, byte[] sealed, byte[] salt, int rounds,
            char[] passphrase, SshPublicKey stated, Path source) throws WireFormatException, KeyFileException {
        byte[] secret = null;
        try {
            if (passphrase.length == 0) {
                return Optional.empty();
            }
            secret = bcrypt(passphrase, salt, rounds, cipher.secretBytes());
            return unlocked(cipher.decrypt(secret, sealed), stated, source);
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new KeyFileException(source + " could not be decrypted: " + e.getMessage());
        } finally {
            Arrays.fill(passphrase, '\0');
            if (secret != null) {
                Arrays.fill(secret, (byte) 0);
            }
        }
    }

    /** The decrypted section begins with one random number twice; if they differ, the passphrase was wrong. */
    private static Optional<SshKeyPair> unlocked(byte[] plain, SshPublicKey stated, Path source)
            throws WireFormatException, KeyFileException {
        try {
            WireReader in = new WireReader(plain);
            if (in.uint32("check number") != in.uint32("check number")) {
                return Optional.empty();
            }
            SshKeyPair keys = PrivateKeySection.read(in, stated);
            in.text("comment");
            for (int expected = 1; !in.atEnd(); expected++) {
                if (in.raw(1, "padding")[0] != (byte) expected) {
                    throw new WireFormatException("the padding after the key is wrong");
                }
            }
            return Optional.of(keys);
        } catch (GeneralSecurityException e) {
            throw new KeyFileException(source + " holds a key that cannot be used: " + e.getMessage());
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The key encrypted under {@code passphrase} (which is not wiped: the caller owns it) as ssh-keygen would write it. */
    static String write(SshKeyPair keys, String comment, char[] passphrase, SecureRandom random) throws GeneralSecurityException {
        KeyFileCipher cipher = KeyFileCipher.AES256_CTR;
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        int check = random.nextInt();
        WireWriter section = new WireWriter().uint32(check & 0xFFFFFFFFL).uint32(check & 0xFFFFFFFFL);
        try {
            PrivateKeySection.write(keys, section);
        } catch (WireFormatException e) {
            throw new GeneralSecurityException(e.getMessage());
        }
        section.text(comment);
        byte[] unpadded = section.toByteArray();
        byte[] plain = Arrays.copyOf(unpadded, unpadded.length + padding(unpadded.length, cipher.blockBytes()));
        for (int i = unpadded.length; i < plain.length; i++) {
            plain[i] = (byte) (i - unpadded.length + 1);
        }
        byte[] secret = bcrypt(passphrase.clone(), salt, WRITE_ROUNDS, cipher.secretBytes());
        byte[] encrypted = cipher.encrypt(secret, plain);
        Arrays.fill(secret, (byte) 0);
        Arrays.fill(plain, (byte) 0);
        Arrays.fill(unpadded, (byte) 0);
        byte[] file = new WireWriter().raw(MAGIC).text(cipher.sshName()).text(BCRYPT)
                .bytes(new WireWriter().bytes(salt).uint32(WRITE_ROUNDS).toByteArray())
                .uint32(1).bytes(keys.publicKey().blob()).bytes(encrypted).toByteArray();
        return Base64Armor.armor(BEGIN, END, file);
    }

    private static int padding(int length, int block) {
        return (block - length % block) % block;
    }

    /** bcrypt_pbkdf over the passphrase's UTF-8 bytes, the bytes ssh-keygen hashes for a typed passphrase. Wipes {@code passphrase}. */
    private static byte[] bcrypt(char[] passphrase, byte[] salt, int rounds, int length) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        Arrays.fill(passphrase, '\0');
        byte[] out = new byte[length];
        new BCrypt().pbkdf(bytes, salt, rounds, out);
        Arrays.fill(bytes, (byte) 0);
        return out;
    }

    private static byte[] dearmor(String text, Path source) throws KeyFileException {
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new KeyFileException(source + " is not a complete OpenSSH private key (its BEGIN or END line is missing)");
        }
        try {
            return Base64.getDecoder().decode(WHITESPACE.matcher(text.substring(begin + BEGIN.length(), end)).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw new KeyFileException(source + " is damaged: its body is not valid base64");
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}
