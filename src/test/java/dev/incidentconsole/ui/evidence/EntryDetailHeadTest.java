package dev.incidentconsole.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntryDetailHeadTest {

    @Test
    void aWholeOutputIsShownWithItsSize() throws Exception {
        byte[] bytes = "Active: active\n".getBytes(StandardCharsets.UTF_8);
        EntryDetailHead head = EntryDetailHead.read(new ByteArrayInputStream(bytes), 1024, bytes.length);
        assertThat(head.text()).isEqualTo("Active: active\n");
        assertThat(head.truncated()).isFalse();
        assertThat(head.caption()).isEqualTo("all 15 bytes");
    }

    @Test
    void aCharacterCutAtTheLimitIsLeftOutRatherThanShownAsAReplacement() throws Exception {
        byte[] bytes = "aü".getBytes(StandardCharsets.UTF_8);
        EntryDetailHead head = EntryDetailHead.read(new ByteArrayInputStream(bytes), 2, 3);
        assertThat(head.text()).isEqualTo("a");
        assertThat(head.caption()).isEqualTo("showing first 2 of 3 bytes");
    }

    @Test
    void invalidBytesInsideTheHeadStayVisibleAsReplacements() throws Exception {
        byte[] bytes = {'o', 'k', (byte) 0xFF, '!'};
        EntryDetailHead head = EntryDetailHead.read(new ByteArrayInputStream(bytes), 1024, bytes.length);
        assertThat(head.text()).isEqualTo("ok\uFFFD!");
    }

    @Test
    void binaryOutputIsNotShownAsText() throws Exception {
        byte[] bytes = {0x7F, 'E', 'L', 'F', 0, 1, 2};
        EntryDetailHead head = EntryDetailHead.read(new ByteArrayInputStream(bytes), 1024, 2_000_000);
        assertThat(head.binary()).isTrue();
        assertThat(head.text()).isEmpty();
        assertThat(head.caption()).isEqualTo("binary output, 2,000,000 bytes: save it to inspect it");
    }
}
