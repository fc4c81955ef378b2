package dev.incidentconsole.bundle.signing;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.Arrays;
import java.util.Optional;

/** The key types we sign and verify with, by their OpenSSH names, with the JDK algorithms behind them. */
enum SshKeyType {
    ED25519("ssh-ed25519", null, null, "Ed25519", 0),
    ECDSA_P256("ecdsa-sha2-nistp256", "nistp256", "secp256r1", "SHA256withECDSAinP1363Format", 32),
    ECDSA_P384("ecdsa-sha2-nistp384", "nistp384", "secp384r1", "SHA384withECDSAinP1363Format", 48),
    ECDSA_P521("ecdsa-sha2-nistp521", "nistp521", "secp521r1", "SHA512withECDSAinP1363Format", 66),
    RSA("ssh-rsa", null, null, null, 0);

    /** OpenSSH refuses RSA keys below this size, so a signature from one could never be checked by ssh-keygen. */
    static final int MIN_RSA_BITS = 1024;

    private final String sshName;
    private final String curveName;
    private final String jdkCurve;
    private final String jdkSignature;
    private final int fieldBytes;

    SshKeyType(String sshName, String curveName, String jdkCurve, String jdkSignature, int fieldBytes) {
        this.sshName = sshName;
        this.curveName = curveName;
        this.jdkCurve = jdkCurve;
        this.jdkSignature = jdkSignature;
        this.fieldBytes = fieldBytes;
    }

    static Optional<SshKeyType> byName(String sshName) {
        return Arrays.stream(values()).filter(type -> type.sshName.equals(sshName)).findFirst();
    }

    static Optional<SshKeyType> ecdsaWithFieldBytes(int bytes) {
        return Arrays.stream(values()).filter(type -> type.isEcdsa() && type.fieldBytes == bytes).findFirst();
    }

    String sshName() {
        return sshName;
    }

    boolean isEcdsa() {
        return curveName != null;
    }

    /** The curve identifier inside ECDSA blobs, e.g. {@code nistp256}. */
    String curveName() {
        return curveName;
    }

    /** Length of one coordinate (and of r and s) in bytes. */
    int fieldBytes() {
        return fieldBytes;
    }

    /** The JDK signature algorithm for ed25519 and ECDSA; RSA depends on the chosen SSH algorithm. */
    String jdkSignature() {
        return jdkSignature;
    }

    ECParameterSpec curve() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(jdkCurve));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime lacks the " + jdkCurve + " curve", e);
        }
    }
}
