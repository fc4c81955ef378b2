package dev.incidentconsole.bundle.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Unreadable signatures of every kind give a SignatureFormatException that says what is wrong, never anything else. */
class MalformedSignatureTest {

    private static final byte[] DATA = "SHA256SUMS contents".getBytes(StandardCharsets.UTF_8);
    private static final String NS = BundleSigner.NAMESPACE;

    private static void assertMalformed(String armored, String expectedMessagePart) {
        assertThatThrownBy(() -> SshSignature.parse(armored))
                .isExactlyInstanceOf(SignatureFormatException.class)
                .hasMessageContaining(expectedMessagePart);
    }

    /** An SSHSIG blob with each field replaceable; the defaults make a valid signature by {@code keys}. */
    private static byte[] blob(SshKeyPair keys, UnaryOperator<Fields> change) {
        Fields fields = change.apply(new Fields(keys));
        return new WireWriter().raw(fields.magic).uint32(fields.version).bytes(fields.key).bytes(fields.namespace)
                .bytes(fields.reserved).text(fields.hash).bytes(fields.signature).raw(fields.trailing).toByteArray();
    }

    static final class Fields {
        byte[] magic = "SSHSIG".getBytes(StandardCharsets.US_ASCII);
        long version = 1;
        byte[] key;
        byte[] namespace = NS.getBytes(StandardCharsets.UTF_8);
        byte[] reserved = new byte[0];
        String hash = "sha512";
        byte[] signature;
        byte[] trailing = new byte[0];

        Fields(SshKeyPair keys) {
            key = keys.publicKey().blob();
            try {
                WireReader valid = new WireReader(SignatureArmor.dearmor(
                        SshSignature.sign(keys, new ByteArrayInputStream(DATA), NS).armored()));
                valid.raw(6, "magic");
                valid.uint32("version");
                valid.bytes("key");
                valid.bytes("namespace");
                valid.bytes("reserved");
                valid.text("hash");
                signature = valid.bytes("signature");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void badArmorIsNamed() {
        assertMalformed("", "does not start with -----BEGIN SSH SIGNATURE-----");
        assertMalformed("-----BEGIN PGP SIGNATURE-----\nabc\n-----END PGP SIGNATURE-----", "does not start with");
        assertMalformed(SignatureArmor.BEGIN + "\nU1NIU0lH\n", "cut short");
        assertMalformed(SignatureArmor.BEGIN + "\n" + SignatureArmor.END + "\n", "is empty");
        assertMalformed(SignatureArmor.BEGIN + "\nU1NI!!SlH\n" + SignatureArmor.END, "not valid base64");
        assertMalformed(SignatureArmor.BEGIN + "\nU1NIU0lHA\n" + SignatureArmor.END, "not valid base64");
        assertMalformed(SignatureArmor.BEGIN + "\nU1NIU0lH\n" + SignatureArmor.END + "\nand more", "after the -----END");
        assertMalformed(SignatureArmor.BEGIN + "\n" + "A".repeat(70_000) + "\n" + SignatureArmor.END, "too large");
    }

    @ParameterizedTest
    @EnumSource(SshKeyType.class)
    void everyTruncationIsMalformed(SshKeyType type) throws Exception {
        byte[] whole = blob(GeneratedKeys.of(type), f -> f);
        assertThat(SshSignature.parse(SignatureArmor.armor(whole)).verify(new ByteArrayInputStream(DATA), NS).valid()).isTrue();
        for (int length = 1; length < whole.length; length++) {
            String cut = SignatureArmor.armor(Arrays.copyOf(whole, length));
            assertThatThrownBy(() -> SshSignature.parse(cut)).as("cut to %d bytes", length)
                    .isExactlyInstanceOf(SignatureFormatException.class);
        }
    }

    @Test
    void wrongMagicVersionHashAndTrailingDataAreNamed() throws Exception {
        SshKeyPair keys = GeneratedKeys.of(SshKeyType.ED25519);
        assertMalformed(armor(keys, f -> set(f, x -> x.magic = "SSHSIH".getBytes(StandardCharsets.US_ASCII))), "SSHSIG magic is missing");
        assertMalformed(armor(keys, f -> set(f, x -> x.version = 0)), "version 0 is not supported");
        assertMalformed(armor(keys, f -> set(f, x -> x.version = 2)), "version 2 is not supported");
        assertMalformed(armor(keys, f -> set(f, x -> x.version = 0xFFFFFFFFL)), "version 4294967295");
        assertMalformed(armor(keys, f -> set(f, x -> x.hash = "md5")), "hash algorithm \"md5\" is not supported");
        assertMalformed(armor(keys, f -> set(f, x -> x.hash = "SHA512")), "is not supported");
        assertMalformed(armor(keys, f -> set(f, x -> x.trailing = new byte[] {0})), "1 unexpected bytes");
        assertMalformed(armor(keys, f -> set(f, x -> x.namespace = new byte[] {(byte) 0xC3, 0x28})), "namespace is not valid UTF-8");
        assertMalformed(armor(keys, f -> set(f, x -> x.namespace = new byte[] {'a', 0, 'b'})), "NUL");
        byte[] hugeLength = Arrays.copyOf(SignatureArmor.dearmor(armor(keys, f -> f)), 14);
        hugeLength[10] = hugeLength[11] = hugeLength[12] = hugeLength[13] = (byte) 0xFF;
        assertMalformed(SignatureArmor.armor(hugeLength), "claims 4294967295 bytes");
    }

    @Test
    void unsupportedOrInvalidKeysAreNamed() throws Exception {
        SshKeyPair ed = GeneratedKeys.of(SshKeyType.ED25519);
        SshKeyPair p256 = GeneratedKeys.of(SshKeyType.ECDSA_P256);
        assertMalformed(armor(ed, f -> set(f, x -> x.key = new WireWriter().text("ssh-dss").mpint(BigInteger.TEN).toByteArray())),
                "key type \"ssh-dss\" is not supported");
        assertMalformed(armor(ed, f -> set(f, x -> x.key = new WireWriter().text("sk-ssh-ed25519@openssh.com").bytes(new byte[32])
                .text("ssh:").toByteArray())), "sk-ssh-ed25519@openssh.com");
        assertMalformed(armor(ed, f -> set(f, x -> x.key = new WireWriter().text("ssh-ed25519").bytes(new byte[31]).toByteArray())),
                "32 bytes, not 31");
        assertMalformed(armor(p256, f -> set(f, x -> x.key = replaceCurve(x.key, "nistp384"))), "names curve \"nistp384\"");
        assertMalformed(armor(p256, f -> set(f, x -> x.key = flipLastByte(x.key))), "not on the curve");
        assertMalformed(armor(p256, f -> set(f, x -> x.key = compressed(x.key))), "not an uncompressed point");
        BigInteger small = BigInteger.ONE.shiftLeft(511).add(BigInteger.ONE);
        assertMalformed(armor(ed, f -> set(f, x -> x.key = new WireWriter().text("ssh-rsa").mpint(BigInteger.valueOf(65537)).mpint(small)
                .toByteArray())), "below 1024 bits");
        assertMalformed(armor(ed, f -> set(f, x -> x.key = new WireWriter().text("ssh-rsa").mpint(BigInteger.TWO)
                .mpint(BigInteger.ONE.shiftLeft(2047).add(BigInteger.ONE)).toByteArray())), "exponent is invalid");
    }

    @Test
    void signatureFieldsThatCannotBelongToTheKeyAreNamed() throws Exception {
        SshKeyPair ed = GeneratedKeys.of(SshKeyType.ED25519);
        SshKeyPair p256 = GeneratedKeys.of(SshKeyType.ECDSA_P256);
        SshKeyPair rsa = GeneratedKeys.of(SshKeyType.RSA);
        assertMalformed(armor(ed, f -> set(f, x -> x.signature = sigField("ssh-ed25519", new byte[63]))), "64 bytes, not 63");
        assertMalformed(armor(ed, f -> set(f, x -> x.signature = sigField("ecdsa-sha2-nistp256", new byte[64]))),
                "cannot make a \"ecdsa-sha2-nistp256\" signature");
        assertMalformed(armor(rsa, f -> set(f, x -> x.signature = sigField("ssh-rsa", new byte[256]))), "SHA-1 is not");
        assertMalformed(armor(rsa, f -> set(f, x -> x.signature = sigField("rsa-sha2-512", new byte[257]))), "longer than the key's modulus");
        byte[] rs = new WireWriter().mpint(BigInteger.ONE).mpint(BigInteger.ONE).toByteArray();
        assertMalformed(armor(p256, f -> set(f, x -> x.signature = sigField("ecdsa-sha2-nistp256", concat(rs, new byte[] {1})))),
                "unexpected bytes");
        byte[] tooLong = new WireWriter().mpint(BigInteger.ONE.shiftLeft(300)).mpint(BigInteger.ONE).toByteArray();
        assertMalformed(armor(p256, f -> set(f, x -> x.signature = sigField("ecdsa-sha2-nistp256", tooLong))), "longer than 32 bytes");
        byte[] negative = new WireWriter().bytes(new byte[] {(byte) 0x80}).mpint(BigInteger.ONE).toByteArray();
        assertMalformed(armor(p256, f -> set(f, x -> x.signature = sigField("ecdsa-sha2-nistp256", negative))), "ECDSA r is negative");
    }

    /** Values that parse but no signer could have produced: a failed check, not an exception from the JDK. */
    @Test
    void forgedValuesThatParseFailTheCheckQuietly() throws Exception {
        SshKeyPair p256 = GeneratedKeys.of(SshKeyType.ECDSA_P256);
        SshKeyPair ed = GeneratedKeys.of(SshKeyType.ED25519);
        byte[] zeros = new WireWriter().mpint(BigInteger.ZERO).mpint(BigInteger.ZERO).toByteArray();
        byte[] allOnes = new byte[64];
        Arrays.fill(allOnes, (byte) 0xFF);
        for (String armored : new String[] {
                armor(p256, f -> set(f, x -> x.signature = sigField("ecdsa-sha2-nistp256", zeros))),
                armor(ed, f -> set(f, x -> x.signature = sigField("ssh-ed25519", allOnes))),
                armor(ed, f -> set(f, x -> x.key = new WireWriter().text("ssh-ed25519").bytes(allOnes32()).toByteArray()))}) {
            SignatureCheck check = SshSignature.parse(armored).verify(new ByteArrayInputStream(DATA), NS);
            assertThat(check.valid()).isFalse();
            assertThat(check.problem()).isNotEmpty();
        }
    }

    private static byte[] allOnes32() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 0xFF);
        return key;
    }

    private static String armor(SshKeyPair keys, UnaryOperator<Fields> change) {
        return SignatureArmor.armor(blob(keys, change));
    }

    private static Fields set(Fields fields, java.util.function.Consumer<Fields> change) {
        change.accept(fields);
        return fields;
    }

    private static byte[] sigField(String algorithm, byte[] value) {
        return new WireWriter().text(algorithm).bytes(value).toByteArray();
    }

    private static byte[] replaceCurve(byte[] keyBlob, String curve) {
        try {
            WireReader in = new WireReader(keyBlob);
            String type = in.text("type");
            in.text("curve");
            return new WireWriter().text(type).text(curve).bytes(in.bytes("point")).toByteArray();
        } catch (WireFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] flipLastByte(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length - 1] ^= 1;
        return copy;
    }

    private static byte[] compressed(byte[] keyBlob) {
        try {
            WireReader in = new WireReader(keyBlob);
            String type = in.text("type");
            String curve = in.text("curve");
            byte[] point = in.bytes("point");
            byte[] x = Arrays.copyOfRange(point, 0, 33);
            x[0] = 2;
            return new WireWriter().text(type).text(curve).bytes(x).toByteArray();
        } catch (WireFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
