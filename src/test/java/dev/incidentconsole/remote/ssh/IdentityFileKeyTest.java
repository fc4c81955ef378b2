package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidentconsole.remote.PassphrasePrompt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import net.schmizz.sshj.SSHClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identity files as ssh-keygen writes them, unlocked (or not) the way a responder answers the passphrase prompt. */
class IdentityFileKeyTest {

    @TempDir
    Path dir;

    private final SSHClient client = new SSHClient();

    @BeforeAll
    static void requireSshKeygen() {
        OpenSshServer.assumeAvailable();
    }

    @AfterEach
    void close() throws IOException {
        client.close();
    }

    /** Answers from a script, repeating the last answer, and records the attempt numbers it was asked with. */
    private static final class Answers implements PassphrasePrompt {
        final List<Integer> attempts = new ArrayList<>();
        private final String[] answers;

        Answers(String... answers) {
            this.answers = answers;
        }

        @Override
        public synchronized char[] passphraseFor(Path keyFile, int attempt) {
            attempts.add(attempt);
            String answer = answers[Math.min(attempt, answers.length) - 1];
            return answer == null ? null : answer.toCharArray();
        }
    }

    private IdentityFileKey key(Path file, PassphrasePrompt prompt) {
        return new IdentityFileKey(file, prompt, finder -> client.loadKeys(file.toString(), finder));
    }

    @Test
    void aWrongPassphraseIsAskedAgainAndTheRightOneUnlocks() throws Exception {
        Path file = OpenSshServer.keygen(dir.resolve("id_locked"), "correct horse");
        Answers answers = new Answers("wrong", "correct horse");
        IdentityFileKey key = key(file, answers);

        assertThat(key.getPrivate()).isNotNull();
        assertThat(key.getPublic().getAlgorithm()).isEqualTo("EdDSA");
        assertThat(answers.attempts).containsExactly(1, 2);
        assertThat(key.problem()).isEmpty();
        assertThat(key.reusable()).as("unlocked, for the next host's login").isTrue();
        assertThat(key.getPrivate()).isNotNull();
        assertThat(answers.attempts).as("not asked again").containsExactly(1, 2);

        Files.setLastModifiedTime(file, FileTime.from(Files.getLastModifiedTime(file).toInstant().minusSeconds(60)));
        assertThat(key.reusable()).as("the file was replaced since").isFalse();
    }

    @Test
    void threeWrongPassphrasesAreNamedAsSuchAndNotAskedForAgain() throws Exception {
        Path file = OpenSshServer.keygen(dir.resolve("id_locked"), "correct horse");
        Answers answers = new Answers("wrong");
        IdentityFileKey key = key(file, answers);

        assertThatThrownBy(key::getPrivate).isInstanceOf(IOException.class).hasMessageContaining("was wrong 3 times");
        assertThat(key.problem()).hasValue("the passphrase for " + file + " was wrong 3 times");
        assertThatThrownBy(key::getPublic).isInstanceOf(IOException.class);
        assertThat(answers.attempts).containsExactly(1, 2, 3);
        assertThat(key.reusable()).isFalse();
    }

    @Test
    void aDeclinedPromptIsNotAskedAgain() throws Exception {
        Path file = OpenSshServer.keygen(dir.resolve("id_locked"), "correct horse");
        Answers answers = new Answers((String) null);
        IdentityFileKey key = key(file, answers);

        assertThatThrownBy(key::getPrivate).isInstanceOf(IOException.class);
        assertThat(key.problem()).hasValue("no passphrase was given for " + file);
        assertThat(answers.attempts).containsExactly(1);
    }

    @Test
    void anUnreadableFileIsNamedWithoutAskingAnything() throws Exception {
        Path file = Files.writeString(dir.resolve("id_garbage"), "not a key at all\n");
        Answers answers = new Answers("whatever");
        IdentityFileKey key = key(file, answers);

        assertThatThrownBy(key::getPublic).isInstanceOf(IOException.class);
        assertThat(key.problem()).hasValueSatisfying(problem -> assertThat(problem).startsWith(file + " could not be read: "));
        assertThat(answers.attempts).isEmpty();
    }

    @Test
    void aWrongPemPassphraseThatDecryptsToGarbageIsStillAskedAgain() throws Exception {
        Path file = dir.resolve("id_pem");
        OpenSshServer.run("/usr/bin/ssh-keygen", "-q", "-t", "ecdsa", "-m", "PEM", "-N", "pem-pass", "-C", "test", "-f", file.toString());
        String text = Files.readString(file);
        String lucky = LegacyPemKeys.wrongPassphraseThatDecryptsToGarbage(text);
        Answers answers = new Answers(lucky, "pem-pass");
        IdentityFileKey key = key(file, answers);

        assertThat(key.getPrivate().getAlgorithm()).isIn("EC", "ECDSA");
        assertThat(answers.attempts).containsExactly(1, 2);
    }
}
