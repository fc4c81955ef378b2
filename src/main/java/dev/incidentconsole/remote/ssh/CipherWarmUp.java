package dev.incidentconsole.remote.ssh;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Gets the JIT to compile the JDK's AES-GCM, the cipher sessions prefer, before a flood of output needs it.
 * Until its GHASH and counter loops are compiled with their CPU intrinsics, decrypting 32 KiB SSH packets runs
 * at about 40 MB/s here (JDK 17), so the first big output after launch costs a whole core per host and
 * starves the window; compilation waits for thousands of calls, which a console that has only run small
 * commands has not made. A few thousand small packets on a background thread (about 150 ms of one core)
 * take it past that point: afterwards the same packets decrypt at over 1 GB/s.
 */
public final class CipherWarmUp {

    static final int PACKETS = 5_000;
    private static final int PACKET_BYTES = 256;

    private CipherWarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns it (join it to wait); it never fails the caller. */
    public static Thread inBackground() {
        Thread thread = new Thread(CipherWarmUp::runQuietly, "cipher-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    private static void runQuietly() {
        try {
            run(PACKETS);
        } catch (GeneralSecurityException e) {
            // A JDK without AES-GCM: sessions negotiate another cipher, and there is nothing to warm.
        }
    }

    /**
     * Encrypts and decrypts {@code packets} small packets in place, as sessions do; returns the nanoseconds taken.
     * A packet that does not decrypt to what was sealed fails with the cipher's exception.
     */
    static long run(int packets) throws GeneralSecurityException {
        long started = System.nanoTime();
        SecretKeySpec key = new SecretKeySpec(new byte[16], "AES");
        Cipher encrypt = Cipher.getInstance("AES/GCM/NoPadding");
        Cipher decrypt = Cipher.getInstance("AES/GCM/NoPadding");
        byte[] lengthField = new byte[4];
        byte[] packet = new byte[PACKET_BYTES + 16];
        byte[] nonce = new byte[12];
        for (int i = 0; i < packets; i++) {
            // GCM refuses to encrypt twice under one nonce: count through them, as sessions do.
            nonce[8] = (byte) (i >>> 24);
            nonce[9] = (byte) (i >>> 16);
            nonce[10] = (byte) (i >>> 8);
            nonce[11] = (byte) i;
            encrypt.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            encrypt.updateAAD(lengthField);
            int sealed = encrypt.doFinal(packet, 0, PACKET_BYTES, packet, 0);
            decrypt.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            decrypt.updateAAD(lengthField);
            decrypt.doFinal(packet, 0, sealed, packet, 0);
        }
        return System.nanoTime() - started;
    }
}
