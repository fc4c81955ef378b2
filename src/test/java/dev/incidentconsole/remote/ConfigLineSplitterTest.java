package dev.incidentconsole.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How OpenSSH cuts a config line into keyword and arguments. */
class ConfigLineSplitterTest {

    @Test
    void blankLinesAndCommentsHaveNoWords() throws Exception {
        assertThat(ConfigLineSplitter.split("")).isEmpty();
        assertThat(ConfigLineSplitter.split("   \t")).isEmpty();
        assertThat(ConfigLineSplitter.split("  # Host x")).isEmpty();
    }

    @Test
    void keyAndValueMaySeparateByBlanksOrOneEquals() throws Exception {
        assertThat(ConfigLineSplitter.split("Port 22")).containsExactly("Port", "22");
        assertThat(ConfigLineSplitter.split("Port=22")).containsExactly("Port", "22");
        assertThat(ConfigLineSplitter.split("  Port = 22\r")).containsExactly("Port", "22");
    }

    @Test
    void quotesGroupAndBackslashesEscape() throws Exception {
        assertThat(ConfigLineSplitter.split("IdentityFile \"a b\" 'c \"d\"' e\\ f g\\\"h"))
                .containsExactly("IdentityFile", "a b", "c \"d\"", "e f", "g\"h");
        assertThat(ConfigLineSplitter.split("IdentityFile C:\\keys\\id")).containsExactly("IdentityFile", "C:\\keys\\id");
        assertThat(ConfigLineSplitter.split("User \"\"")).containsExactly("User", "");
    }

    @Test
    void aHashStartingAnArgumentEndsTheLineButNotInsideAWord() throws Exception {
        assertThat(ConfigLineSplitter.split("Host a#b c # comment")).containsExactly("Host", "a#b", "c");
        assertThat(ConfigLineSplitter.split("Host \"#quoted\"")).containsExactly("Host", "#quoted");
    }

    @Test
    void anUnterminatedQuoteIsMalformed() {
        assertThatThrownBy(() -> ConfigLineSplitter.split("User 'ops"))
                .isInstanceOf(ConfigLineSplitter.MalformedLine.class).hasMessage("unterminated single quote");
        assertThatThrownBy(() -> ConfigLineSplitter.split("=22")).isInstanceOf(ConfigLineSplitter.MalformedLine.class);
    }
}
