package dev.incidentconsole.bundle.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.incidentconsole.bundle.ExportedIncident;
import dev.incidentconsole.bundle.signing.SshKeySigner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random single changes to an exported bundle, each of which the verifier must catch: as a failure, or for a
 * consistent forgery under another key, as not trusted. Run with -Dmutation.seed=N to repeat a failing run.
 */
class BundleMutationTest {

    /** At least 1,000 of them; -Dmutation.count=N runs a deeper search. */
    private static final int MUTATIONS = Integer.getInteger("mutation.count", 1200);

    @TempDir
    static Path dir;

    private static ExportedIncident exported;
    private static MutableBundle original;
    private static MutableBundle redacted;
    private static SshKeySigner mallory;
    private static BundleVerifier verifier;

    @BeforeAll
    static void exportSmallBundle() throws Exception {
        exported = new ExportedIncident(dir, 4000);
        original = MutableBundle.read(exported.export("original.zip", false).bundle());
        redacted = MutableBundle.read(exported.export("redacted.zip", true).bundle());
        mallory = exported.newSigner("mallory");
        verifier = new BundleVerifier(AnalystTrust.read(exported.trusting(exported.signer)), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        exported.close();
    }

    private enum Kind {
        FLIP_BYTE, TRUNCATE, REMOVE, ADD, MANIFEST_FIELD, TIMELINE_LINE, SWAP_ALLOWED_SIGNERS,
        RESIGN_WITH_ANOTHER_KEY, IMPERSONATE_WITH_ANOTHER_KEY, RESIGN_WITH_THE_SAME_KEY
    }

    private Verdict verify(MutableBundle bundle, int n) throws Exception {
        Path zip = dir.resolve("mutated-" + n + ".zip");
        bundle.write(zip);
        VerificationReport report = verifier.verify(zip);
        Files.delete(zip);
        // A check that crashed would also fail the bundle; that must not pass for detection here.
        assertThat(report.findings()).noneMatch(f -> f.message().contains("could not be checked to the end"));
        return report.verdict();
    }

    @Test
    void theUntouchedBundleAndHonestRewritesAreTrusted() throws Exception {
        assertThat(verify(original.copy(), -1)).isEqualTo(Verdict.TRUSTED);
        assertThat(verify(redacted.copy(), -4)).isEqualTo(Verdict.TRUSTED);
        MutableBundle resigned = original.copy();
        resigned.resign(exported.signer);
        assertThat(verify(resigned, -2)).as("re-signed by the same key, unchanged").isEqualTo(Verdict.TRUSTED);
        MutableBundle impersonated = original.copy();
        impersonated.impersonate(mallory);
        assertThat(verify(impersonated, -3)).as("a consistent bundle by a stranger").isEqualTo(Verdict.UNTRUSTED);
    }

    @Test
    void everyMutationIsDetected() throws Exception {
        long seed = Long.getLong("mutation.seed", System.nanoTime());
        Random random = new Random(seed);
        Mutations mutations = new Mutations(random);
        Kind[] kinds = Kind.values();
        for (int n = 0; n < MUTATIONS; n++) {
            Kind kind = kinds[n % kinds.length];
            // Every other round of all kinds works on the redacted copy, whose outputs are checked differently.
            MutableBundle bundle = (n / kinds.length) % 2 == 0 ? original.copy() : redacted.copy();
            String change = apply(kind, bundle, mutations);
            Verdict verdict = verify(bundle, n);
            boolean caught = kind == Kind.IMPERSONATE_WITH_ANOTHER_KEY ? verdict != Verdict.TRUSTED : verdict == Verdict.FAILED;
            if (!caught) {
                fail("mutation " + n + " of the " + ((n / kinds.length) % 2 == 0 ? "plain" : "redacted") + " bundle ("
                        + kind + ": " + change + ") gave " + verdict + "; repeat with -Dmutation.seed=" + seed);
            }
        }
    }

    private String apply(Kind kind, MutableBundle bundle, Mutations mutations) throws Exception {
        return switch (kind) {
            case FLIP_BYTE -> mutations.flipByte(bundle);
            case TRUNCATE -> mutations.truncate(bundle);
            case REMOVE -> mutations.remove(bundle);
            case ADD -> mutations.add(bundle);
            case MANIFEST_FIELD -> mutations.manifestField(bundle);
            case TIMELINE_LINE -> mutations.timelineLine(bundle, false);
            case SWAP_ALLOWED_SIGNERS -> {
                bundle.put("allowed_signers", "ada@example.org namespaces=\"mcp-incident-bundle\" " + mallory.publicKeyLine() + "\n");
                yield "allowed_signers now names mallory's key";
            }
            case RESIGN_WITH_ANOTHER_KEY -> {
                String change = anyEditOrNone(bundle, mutations);
                bundle.resign(mallory);
                yield change + ", then re-signed by mallory";
            }
            case IMPERSONATE_WITH_ANOTHER_KEY -> {
                String change = anyEditOrNone(bundle, mutations);
                bundle.impersonate(mallory);
                yield change + ", then allowed_signers, manifest and signature made mallory's";
            }
            case RESIGN_WITH_THE_SAME_KEY -> {
                String change = switch (mutations.pick(List.of(0, 1, 2, 3))) {
                    case 0 -> mutations.timelineLine(bundle, true);
                    case 1 -> mutations.checkedManifestField(bundle);
                    case 2 -> mutations.outputFile(bundle);
                    default -> mutations.add(bundle);
                };
                bundle.resign(exported.signer);
                yield change + ", then re-signed by the trusted key itself";
            }
        };
    }

    private static String anyEditOrNone(MutableBundle bundle, Mutations mutations) throws Exception {
        return switch (mutations.pick(List.of(0, 1, 2, 3, 4))) {
            case 0 -> mutations.flipByte(bundle);
            case 1 -> mutations.manifestField(bundle);
            case 2 -> mutations.timelineLine(bundle, false);
            case 3 -> mutations.add(bundle);
            default -> "no edit";
        };
    }
}
