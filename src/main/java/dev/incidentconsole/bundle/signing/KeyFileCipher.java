package dev.incidentconsole.bundle.signing;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Ciphers that protect the private part of an OpenSSH key file. ssh-keygen uses aes256-ctr unless told
 * otherwise ({@code -Z}); the others are what older or configured versions write.
 */
enum KeyFileCipher {
    NONE("none", 0, 0, 8, 0, null),
    AES128_CTR("aes128-ctr", 16, 16, 16, 0, "AES/CTR/NoPadding"),
    AES192_CTR("aes192-ctr", 24, 16, 16, 0, "AES/CTR/NoPadding"),
    AES256_CTR("aes256-ctr", 32, 16, 16, 0, "AES/CTR/NoPadding"),
    AES128_CBC("aes128-cbc", 16, 16, 16, 0, "AES/CBC/NoPadding"),
    AES192_CBC("aes192-cbc", 24, 16, 16, 0, "AES/CBC/NoPadding"),
    AES256_CBC("aes256-cbc", 32, 16, 16, 0, "AES/CBC/NoPadding"),
    AES128_GCM("aes128-gcm@openssh.com", 16, 12, 16, 16, "AES/GCM/NoPadding"),
    AES256_GCM("aes256-gcm@openssh.com", 32, 12, 16, 16, "AES/GCM/NoPadding");

    private final String sshName;
    private final int keyBytes;
    private final int ivBytes;
    private final int blockBytes;
    private final int tagBytes;
    private final String transformation;

    KeyFileCipher(String sshName, int keyBytes, int ivBytes, int blockBytes, int tagBytes, String transformation) {
        this.sshName = sshName;
        this.keyBytes = keyBytes;
        this.ivBytes = ivBytes;
        this.blockBytes = blockBytes;
        this.tagBytes = tagBytes;
        this.transformation = transformation;
    }

    static Optional<KeyFileCipher> byName(String sshName) {
        return Arrays.stream(values()).filter(cipher -> cipher.sshName.equals(sshName)).findFirst();
    }

    String sshName() {
        return sshName;
    }

    /** Bytes of key material the KDF must produce: the key followed by the IV. */
    int secretBytes() {
        return keyBytes + ivBytes;
    }

    /** The private section is padded to a multiple of this. */
    int blockBytes() {
        return blockBytes;
    }

    /** GCM's tag follows the private section outside its length field, as OpenSSH writes it. */
    int tagBytes() {
        return tagBytes;
    }

    /** For GCM, {@code input} ends with the tag; a wrong key fails with {@link javax.crypto.AEADBadTagException}. */
    byte[] decrypt(byte[] secret, byte[] input) throws GeneralSecurityException {
        return apply(Cipher.DECRYPT_MODE, secret, input);
    }

    /** For GCM the result ends with the tag. */
    byte[] encrypt(byte[] secret, byte[] input) throws GeneralSecurityException {
        return apply(Cipher.ENCRYPT_MODE, secret, input);
    }

    private byte[] apply(int mode, byte[] secret, byte[] input) throws GeneralSecurityException {
        if (this == NONE) {
            return input.clone();
        }
        Cipher cipher = Cipher.getInstance(transformation);
        SecretKeySpec key = new SecretKeySpec(secret, 0, keyBytes, "AES");
        byte[] iv = Arrays.copyOfRange(secret, keyBytes, keyBytes + ivBytes);
        cipher.init(mode, key, tagBytes > 0 ? new GCMParameterSpec(tagBytes * 8, iv) : new IvParameterSpec(iv));
        return cipher.doFinal(input);
    }
}
