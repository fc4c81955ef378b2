package dev.incidentconsole.bundle.signing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;

/** Key pairs made in memory by the JDK, for tests that need many signatures and no key files. */
final class GeneratedKeys {

    private GeneratedKeys() {
    }

    static SshKeyPair of(SshKeyType type) throws Exception {
        KeyPairGenerator generator;
        switch (type) {
            case ED25519 -> generator = KeyPairGenerator.getInstance("Ed25519");
            case RSA -> {
                generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
            }
            default -> {
                generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(type.curve());
            }
        }
        KeyPair pair = generator.generateKeyPair();
        return SshKeyPair.of(SshPublicKey.of(pair.getPublic()), pair.getPrivate());
    }
}
