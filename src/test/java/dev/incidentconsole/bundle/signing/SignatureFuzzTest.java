package dev.incidentconsole.bundle.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Thousands of generated signatures, from random bytes to valid ones with one byte changed: each is either a
 * SignatureFormatException or a failed check. Any other exception, or a changed signature that verifies, fails.
 */
class SignatureFuzzTest {

    private static final byte[] DATA = "e3b0c442  report.md\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SSHSIG_V1 = {'S', 'S', 'H', 'S', 'I', 'G', 0, 0, 0, 1};
    private static final Map<SshKeyType, byte[]> VALID = new EnumMap<>(SshKeyType.class);

    @BeforeContainer
    static void signOncePerKeyType() throws Exception {
        for (SshKeyType type : SshKeyType.values()) {
            String armored = SshSignature.sign(GeneratedKeys.of(type), new ByteArrayInputStream(DATA), BundleSigner.NAMESPACE).armored();
            VALID.put(type, SignatureArmor.dearmor(armored));
        }
    }

    @Property(tries = 1500)
    void oneChangedByteNeverVerifies(@ForAll SshKeyType type, @ForAll @IntRange(min = 0, max = 100_000) int position,
            @ForAll @IntRange(min = 1, max = 255) int xor) throws Exception {
        byte[] blob = VALID.get(type).clone();
        blob[position % blob.length] ^= (byte) xor;
        try {
            SignatureCheck check = SshSignature.parse(SignatureArmor.armor(blob))
                    .verify(new ByteArrayInputStream(DATA), BundleSigner.NAMESPACE);
            assertThat(check.valid()).as("byte %d of a %s signature changed", position % blob.length, type).isFalse();
            assertThat(check.problem()).isNotEmpty();
        } catch (SignatureFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 1000)
    void randomBlobsAreMalformed(@ForAll @Size(max = 700) byte[] tail, @ForAll boolean withHeader) {
        byte[] blob = withHeader ? concat(SSHSIG_V1, tail) : tail;
        parseExpectingOnlyFormatErrors(SignatureArmor.armor(blob));
    }

    @Property(tries = 1000)
    void randomTextIsMalformed(@ForAll @Size(max = 300) String text, @ForAll boolean inArmor) {
        parseExpectingOnlyFormatErrors(inArmor ? SignatureArmor.BEGIN + "\n" + text + "\n" + SignatureArmor.END : text);
    }

    private static void parseExpectingOnlyFormatErrors(String armored) {
        try {
            SshSignature.parse(armored);
        } catch (SignatureFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
