package dev.incidentconsole.evidence.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidentconsole.evidence.StoreInUseException;
import dev.incidentconsole.evidence.WrongPassphraseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encryption, passphrases and the one-console-per-file rule. */
class StoreFileTest {

    @TempDir
    Path dir;

    @Test
    void anEncryptedStoreReopensWithItsPassphraseAndKeepsNoPlainText() throws Exception {
        Path file = dir.resolve("evidence.mv.db");
        char[] passphrase = "correct horse battery staple".toCharArray();
        String id;
        try (H2EvidenceStore store = H2EvidenceStore.open(file, passphrase)) {
            id = store.openIncident(Evidence.incident("Secret-title-XYZZY")).id();
            store.record(Evidence.note(id, "plaintext-marker-QWERTY"));
        }
        assertThat(new String(passphrase)).as("the caller's array is wiped").isEqualTo("\0".repeat(passphrase.length));
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("XYZZY").doesNotContain("QWERTY").doesNotContain(id);

        try (H2EvidenceStore store = H2EvidenceStore.open(file, "correct horse battery staple".toCharArray())) {
            assertThat(store.timeline(id)).hasSize(2);
            assertThat(store.verify(null).intact()).isTrue();
        }
    }

    @Test
    void aWrongPassphraseGetsAClearErrorNamingTheFile() {
        Path file = dir.resolve("evidence.mv.db");
        H2EvidenceStore.open(file, "correct horse battery staple".toCharArray()).close();

        // Same text up to the first space: H2 would split there; the hex form keeps all of it significant.
        assertThatThrownBy(() -> H2EvidenceStore.open(file, "correct pony".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessage("The passphrase does not open the evidence store " + file
                        + " (or the file is not encrypted, or it is damaged).");
        assertThatThrownBy(() -> H2EvidenceStore.open(file, null))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("without a passphrase");
        // Failed attempts release the file: the right passphrase still opens it.
        H2EvidenceStore.open(file, "correct horse battery staple".toCharArray()).close();
    }

    @Test
    void aPlainStoreRefusesAPassphrase() {
        Path file = dir.resolve("plain.mv.db");
        H2EvidenceStore.open(file, null).close();
        assertThatThrownBy(() -> H2EvidenceStore.open(file, "anything".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class).hasMessageContaining(file.toString());
    }

    @Test
    void aStoreInUseCannotBeOpenedAgain() {
        Path file = dir.resolve("evidence.mv.db");
        try (H2EvidenceStore first = H2EvidenceStore.open(file, null)) {
            assertThatThrownBy(() -> H2EvidenceStore.open(dir.resolve("evidence"), null))
                    .isInstanceOf(StoreInUseException.class)
                    .hasMessage("The evidence store " + file + " is already in use by another console."
                            + " Close the other console (or its store) and try again.");
            assertThat(first.incidents()).isEmpty();
        }
        H2EvidenceStore.open(file, null).close();
    }
}
