package dev.incidentconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ProblemTextTest {

    @Test
    void namesTheFileForCommonFileProblems() {
        assertThat(ProblemText.describe(new NoSuchFileException("/srv/runbooks"))).isEqualTo("file or folder not found: /srv/runbooks");
        assertThat(ProblemText.describe(new AccessDeniedException("/srv/runbooks"))).isEqualTo("permission denied: /srv/runbooks");
    }

    @Test
    void unwrapsWrappersAndFallsBackToTheTypeWhenThereIsNoMessage() {
        assertThat(ProblemText.describe(new ExecutionException(new UncheckedIOException(new IOException("disk on fire")))))
                .isEqualTo("disk on fire");
        assertThat(ProblemText.describe(new IllegalStateException())).isEqualTo("unexpected IllegalStateException");
    }
}
