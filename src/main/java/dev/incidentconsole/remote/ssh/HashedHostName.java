package dev.incidentconsole.remote.ssh;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A host name hashed as OpenSSH's {@code HashKnownHosts} does: {@code |1|base64(salt)|base64(HMAC-SHA1(salt,
 * name))}, where the salt is 20 random bytes and the name is the lower-case known_hosts form.
 */
record HashedHostName(byte[] salt, byte[] hash) implements KnownHostEntry.HostMatcher {

    static final String MAGIC = "|1|";
    static final int SHA1_LENGTH = 20;

    /** Parses {@code |1|salt|hash}; throws IllegalArgumentException saying what is wrong with it. */
    static HashedHostName parse(String field) {
        if (!field.startsWith(MAGIC)) {
            throw new IllegalArgumentException("unsupported hashed host name (only |1| hashes exist)");
        }
        String[] parts = field.substring(MAGIC.length()).split("\\|", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("hashed host name is not |1|salt|hash");
        }
        byte[] salt = decode(parts[0], "salt");
        byte[] hash = decode(parts[1], "hash");
        return new HashedHostName(salt, hash);
    }

    private static byte[] decode(String base64, String what) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("hashed host name: " + what + " is not base64");
        }
        if (bytes.length != SHA1_LENGTH) {
            throw new IllegalArgumentException("hashed host name: " + what + " is " + bytes.length
                    + " bytes, not " + SHA1_LENGTH);
        }
        return bytes;
    }

    /** Hashes {@code knownHostsName} with a fresh random salt. */
    static HashedHostName of(String knownHostsName, SecureRandom random) {
        byte[] salt = new byte[SHA1_LENGTH];
        random.nextBytes(salt);
        return new HashedHostName(salt, hmac(salt, knownHostsName));
    }

    @Override
    public boolean matches(String knownHostsName) {
        return MessageDigest.isEqual(hash, hmac(salt, knownHostsName));
    }

    /** The known_hosts field: {@code |1|salt|hash}. */
    String field() {
        Base64.Encoder base64 = Base64.getEncoder();
        return MAGIC + base64.encodeToString(salt) + "|" + base64.encodeToString(hash);
    }

    private static byte[] hmac(byte[] salt, String knownHostsName) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(salt, "HmacSHA1"));
            // OpenSSH lower-cases host names before hashing them.
            return mac.doFinal(knownHostsName.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA1", e);
        }
    }
}
