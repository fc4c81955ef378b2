package dev.incidentconsole.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A collected file's link in a bundle's report points where the bundle keeps the file, whatever its remote name. */
class CollectedFileLinkTest {

    @Test
    void collectedFilesLinkUnderFilesWithASafeName() {
        OutputLinks bundle = OutputLinks.bundle();
        assertThat(bundle.collectedFile(7, "/var/log/mcp/gateway.log")).isEqualTo("files/7-gateway.log");
        assertThat(bundle.collectedFile(8, "/etc/../../.ssh/authorized keys")).isEqualTo("files/8-authorized_keys");
        assertThat(bundle.collectedFile(9, "/tmp/.hidden")).isEqualTo("files/9-hidden");
        assertThat(bundle.collectedFile(10, "/")).isEqualTo("files/10-file");
        assertThat(bundle.stdout(7)).isEqualTo("evidence/7-stdout.bin");
        assertThat(new OutputLinks("outputs").collectedFile(3, "a b.txt")).isEqualTo("outputs/3-a_b.txt");
    }
}
