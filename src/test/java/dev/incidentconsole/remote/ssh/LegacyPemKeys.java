package dev.incidentconsole.remote.ssh;

import com.hierynomus.sshj.common.KeyDecryptionFailedException;
import java.io.IOException;
import java.util.stream.IntStream;
import net.schmizz.sshj.userauth.keyprovider.PKCS8KeyFile;
import net.schmizz.sshj.userauth.password.PasswordUtils;

/** Legacy PEM keys ({@code ssh-keygen -m PEM}) encrypted with AES-CBC, and the wrong passphrases they let through. */
public final class LegacyPemKeys {

    private LegacyPemKeys() {
    }

    /**
     * A wrong passphrase that gets past decryption, so that what comes out is garbage rather than a padding error.
     * About one in 256 passes the CBC padding check; 5,000 tries all miss with odds of e^-19.
     */
    public static String wrongPassphraseThatDecryptsToGarbage(String pemText) {
        return IntStream.range(0, 5_000).mapToObj(i -> "wrong" + i)
                .filter(candidate -> decryptsToGarbage(pemText, candidate)).findFirst().orElseThrow();
    }

    private static boolean decryptsToGarbage(String pemText, String passphrase) {
        PKCS8KeyFile file = new PKCS8KeyFile();
        file.init(pemText, null, PasswordUtils.createOneOff(passphrase.toCharArray()));
        try {
            file.getPrivate();
            return false;
        } catch (KeyDecryptionFailedException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
