package dev.incidentconsole.bundle.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Our signatures against ssh-keygen's verifier, and ssh-keygen's signatures against ours, for every key type. */
class OpenSshSignatureInteropTest {

    private static final String PRINCIPAL = "alice@example.org";
    private static final String NAMESPACE = BundleSigner.NAMESPACE;

    enum Kind {
        ED25519("ed25519"), ECDSA_P256("ecdsa", "-b", "256"), ECDSA_P384("ecdsa", "-b", "384"),
        ECDSA_P521("ecdsa", "-b", "521"), RSA("rsa", "-b", "2048");

        final String type;
        final String[] extra;

        Kind(String type, String... extra) {
            this.type = type;
            this.extra = extra;
        }
    }

    @TempDir
    static Path keys;
    @TempDir
    Path work;

    private static final Map<Kind, Path> KEY_FILES = new EnumMap<>(Kind.class);
    private static Path message;

    @BeforeAll
    static void generateKeysAndMessage() throws Exception {
        for (Kind kind : Kind.values()) {
            KEY_FILES.put(kind, OpenSshKeygen.generate(keys, "key-" + kind, kind.type, "", kind.extra));
        }
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        message = Files.write(keys.resolve("SHA256SUMS"), bytes);
    }

    private static SshKeySigner signer(Kind kind) throws Exception {
        return SshKeySigner.fromKeyFile(KEY_FILES.get(kind), PRINCIPAL, KeyPassphrasePrompt.NONE);
    }

    private Path allowedSigners(BundleSigner signer) throws IOException {
        return Files.writeString(work.resolve("allowed_signers"), AllowedSigners.lineFor(signer.principal(), signer.publicKeyLine(),
                NAMESPACE) + "\n");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void ourSignatureIsGoodForSshKeygen(Kind kind) throws Exception {
        SshKeySigner signer = signer(kind);
        Path signature;
        try (InputStream in = Files.newInputStream(message)) {
            signature = Files.writeString(work.resolve("SHA256SUMS.sig"), signer.sign(in, NAMESPACE));
        }
        Path allowed = allowedSigners(signer);

        OpenSshKeygen.Result good = OpenSshKeygen.verify(allowed, PRINCIPAL, NAMESPACE, signature, message);
        assertThat(good.exitCode()).as(good.output()).isZero();
        assertThat(good.output()).contains("Good \"" + NAMESPACE + "\" signature for " + PRINCIPAL)
                .contains(signer.fingerprint());
        assertThat(signer.fingerprint()).isEqualTo(OpenSshKeygen.fingerprint(Path.of(KEY_FILES.get(kind) + ".pub")));
        assertThat(signer.publicKeyLine()).isEqualTo(OpenSshKeygen.publicKeyLine(Path.of(KEY_FILES.get(kind) + ".pub")));

        Path tampered = work.resolve("tampered");
        byte[] bytes = Files.readAllBytes(message);
        bytes[bytes.length / 2] ^= 1;
        Files.write(tampered, bytes);
        assertThat(OpenSshKeygen.verify(allowed, PRINCIPAL, NAMESPACE, signature, tampered).exitCode()).isNotZero();
        assertThat(OpenSshKeygen.verify(allowed, PRINCIPAL, "file", signature, message).exitCode()).isNotZero();
        assertThat(OpenSshKeygen.verify(allowed, "mallory@example.org", NAMESPACE, signature, message).exitCode()).isNotZero();
    }

    @Test
    void aSignatureForAnotherNamespaceIsRefusedBySshKeygen() throws Exception {
        SshKeySigner signer = signer(Kind.ED25519);
        Path signature = Files.writeString(work.resolve("git.sig"), signer.sign(Files.newInputStream(message), "git"));
        Path allowed = Files.writeString(work.resolve("allowed_signers"), PRINCIPAL + " " + signer.publicKeyLine() + "\n");

        assertThat(OpenSshKeygen.verify(allowed, PRINCIPAL, "git", signature, message).exitCode()).isZero();
        assertThat(OpenSshKeygen.verify(allowed, PRINCIPAL, NAMESPACE, signature, message).exitCode()).isNotZero();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void sshKeygenSignatureIsGoodForUs(Kind kind) throws Exception {
        Path key = KEY_FILES.get(kind);
        SshSignature signature = SshSignature.parse(OpenSshKeygen.sign(key, NAMESPACE, message));

        SignatureCheck check = signature.verify(Files.newInputStream(message), NAMESPACE);
        assertThat(check.valid()).as(check.problem()).isTrue();
        assertThat(check.problem()).isEmpty();
        assertThat(check.signerKey()).isEqualTo(OpenSshKeygen.publicKeyLine(Path.of(key + ".pub")));
        assertThat(check.fingerprint()).isEqualTo(OpenSshKeygen.fingerprint(Path.of(key + ".pub")));
        assertThat(signature.hashAlgorithm()).isEqualTo("sha512");

        byte[] bytes = Files.readAllBytes(message);
        bytes[0] ^= (byte) 0x80;
        SignatureCheck tampered = signature.verify(new ByteArrayInputStream(bytes), NAMESPACE);
        assertThat(tampered.valid()).isFalse();
        assertThat(tampered.problem()).contains("does not match");
        assertThat(tampered.fingerprint()).isEqualTo(check.fingerprint());

        SignatureCheck otherNamespace = signature.verify(Files.newInputStream(message), "file");
        assertThat(otherNamespace.valid()).isFalse();
        assertThat(otherNamespace.problem()).contains("namespace \"" + NAMESPACE + "\"");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFlippedByteInTheSignatureValueIsRefused(Kind kind) throws Exception {
        String armored = OpenSshKeygen.sign(KEY_FILES.get(kind), NAMESPACE, message);
        byte[] blob = SignatureArmor.dearmor(armored);
        blob[blob.length - 1] ^= 1;

        SshSignature forged = SshSignature.parse(SignatureArmor.armor(blob));
        assertThat(forged.verify(Files.newInputStream(message), NAMESPACE).valid()).isFalse();
    }

    @Test
    void sshKeygenSha256SignaturesAreAccepted() throws Exception {
        SshSignature signature = SshSignature.parse(OpenSshKeygen.sign(KEY_FILES.get(Kind.ECDSA_P256), NAMESPACE, message,
                "-O", "hashalg=sha256"));

        assertThat(signature.hashAlgorithm()).isEqualTo("sha256");
        assertThat(signature.verify(Files.newInputStream(message), NAMESPACE).valid()).isTrue();
    }

    /** ssh-keygen always signs RSA with SHA-512; an rsa-sha2-256 SSHSIG is built here and must satisfy both verifiers. */
    @Test
    void rsaSha256SignaturesAreAcceptedAsOpenSshAcceptsThem() throws Exception {
        String ours = signer(Kind.RSA).sign(Files.newInputStream(message), NAMESPACE);
        assertThat(SshSignature.parse(ours).signatureAlgorithm()).isEqualTo("rsa-sha2-512");
        String sha256 = rsaSha256Signature(KEY_FILES.get(Kind.RSA), message);
        Path signature = Files.writeString(work.resolve("rsa256.sig"), sha256);

        assertThat(SshSignature.parse(sha256).signatureAlgorithm()).isEqualTo("rsa-sha2-256");
        assertThat(SshSignature.parse(sha256).verify(Files.newInputStream(message), NAMESPACE).valid()).isTrue();
        OpenSshKeygen.Result openssh = OpenSshKeygen.verify(allowedSigners(signer(Kind.RSA)), PRINCIPAL, NAMESPACE, signature, message);
        assertThat(openssh.exitCode()).as(openssh.output()).isZero();
    }

    private static String rsaSha256Signature(Path keyFile, Path data) throws Exception {
        SshKeyPair keys = OpenSshKeyFile.read(Files.readString(keyFile), keyFile, KeyPassphrasePrompt.NONE);
        byte[] magic = "SSHSIG".getBytes(StandardCharsets.US_ASCII);
        byte[] digest = MessageDigest.getInstance("SHA-512").digest(Files.readAllBytes(data));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.privateKey());
        rsa.update(new WireWriter().raw(magic).text(NAMESPACE).bytes(new byte[0]).text("sha512").bytes(digest).toByteArray());
        byte[] signatureField = new WireWriter().text("rsa-sha2-256").bytes(rsa.sign()).toByteArray();
        return SignatureArmor.armor(new WireWriter().raw(magic).uint32(1).bytes(keys.publicKey().blob()).text(NAMESPACE)
                .bytes(new byte[0]).text("sha512").bytes(signatureField).toByteArray());
    }

    @Test
    void anEncryptedKeySignsOnceItsPassphraseIsGiven() throws Exception {
        Path key = OpenSshKeygen.generate(work, "encrypted", "ed25519", "pass phrase");
        SshKeySigner signer = SshKeySigner.fromKeyFile(key, PRINCIPAL, (file, attempt) -> "pass phrase".toCharArray());
        Path signature = Files.writeString(work.resolve("sig"), signer.sign(Files.newInputStream(message), NAMESPACE));

        assertThat(OpenSshKeygen.verify(allowedSigners(signer), PRINCIPAL, NAMESPACE, signature, message).exitCode()).isZero();
    }

    /** 64 MB streamed through the signer from a generator: nothing holds the message, and ssh-keygen agrees. */
    @Test
    void largeDataIsSignedAsAStream() throws Exception {
        long size = 64L * 1024 * 1024;
        SshKeySigner signer = signer(Kind.ED25519);
        String armored = signer.sign(new PatternStream(size), NAMESPACE);
        Path big = work.resolve("big");
        try (InputStream in = new PatternStream(size)) {
            Files.copy(in, big);
        }
        Path signature = Files.writeString(work.resolve("big.sig"), armored);

        assertThat(OpenSshKeygen.verify(allowedSigners(signer), PRINCIPAL, NAMESPACE, signature, big).exitCode()).isZero();
        assertThat(SshSignature.parse(armored).verify(new PatternStream(size), NAMESPACE).valid()).isTrue();
        assertThat(SshSignature.parse(armored).verify(new PatternStream(size - 1), NAMESPACE).valid()).isFalse();
    }

    @Test
    void ourArmorIsWrappedAsSshKeygenWrapsIt() throws Exception {
        String ours = signer(Kind.ED25519).sign(new ByteArrayInputStream(new byte[0]), NAMESPACE);
        String theirs = OpenSshKeygen.sign(KEY_FILES.get(Kind.ED25519), NAMESPACE, message);

        assertThat(ours.lines().map(String::length)).containsExactlyElementsOf(theirs.lines().map(String::length).toList());
        assertThat(Base64.getDecoder().decode(String.join("", ours.lines().skip(1).limit(ours.lines().count() - 2).toList())))
                .startsWith("SSHSIG".getBytes());
    }

    @Test
    void signingWithoutANamespaceIsRefused() throws Exception {
        SshKeySigner signer = signer(Kind.ED25519);
        assertThatThrownBy(() -> signer.sign(new ByteArrayInputStream(new byte[1]), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("namespace");
    }

    /** Deterministic bytes of any length without holding them. */
    static final class PatternStream extends InputStream {
        private final long size;
        private long position;

        PatternStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? (int) ((position++ * 31 + 7) & 0xFF) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) ((position++ * 31 + 7) & 0xFF);
            }
            return n;
        }
    }
}
