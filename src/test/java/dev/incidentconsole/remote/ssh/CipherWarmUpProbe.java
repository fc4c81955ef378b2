package dev.incidentconsole.remote.ssh;

import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Run in a fresh JVM by {@link CipherWarmUpBenchmark}: decrypts 32 KiB packets in place with AES-GCM, as a session
 * receiving a flood does, and prints the rate in each of the first ten 100 ms slices. Argument "warm": run
 * {@link CipherWarmUp} first and print how long it took.
 */
public final class CipherWarmUpProbe {

    private static final int PACKET_BYTES = 32 * 1024;

    private CipherWarmUpProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("warm")) {
            System.out.printf(Locale.ROOT, "warm-up %.0f ms%n", CipherWarmUp.run(CipherWarmUp.PACKETS) / 1e6);
        }
        SecretKeySpec key = new SecretKeySpec(new byte[16], "AES");
        byte[] nonce = new byte[12];
        Cipher encrypt = Cipher.getInstance("AES/GCM/NoPadding");
        encrypt.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        encrypt.updateAAD(new byte[4]);
        byte[] sealed = encrypt.doFinal(new byte[PACKET_BYTES]);
        Cipher decrypt = Cipher.getInstance("AES/GCM/NoPadding");
        byte[] packet = new byte[sealed.length];
        StringBuilder rates = new StringBuilder();
        for (int slice = 0; slice < 10; slice++) {
            long started = System.nanoTime();
            long bytes = 0;
            while (System.nanoTime() - started < 100_000_000L) {
                System.arraycopy(sealed, 0, packet, 0, sealed.length);
                decrypt.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce));
                decrypt.updateAAD(new byte[4]);
                bytes += decrypt.doFinal(packet, 0, packet.length, packet, 0);
            }
            rates.append(String.format(Locale.ROOT, " %.0f", bytes / 0.1e6));
        }
        System.out.println("MB/s per 100 ms:" + rates);
    }
}
