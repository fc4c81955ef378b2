package dev.incidentconsole.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets a located finding with a message a person can act on, never an exception. */
class BadRunbookInputTest {

    private static Finding only(ParseResult result, String rule) {
        assertThat(result.findings()).extracting(Finding::rule).contains(rule);
        return result.findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void malformedYamlIsReportedAtItsLine() {
        String text = RunbookFixtures.valid().replace("summary: The server stopped answering.", "summary: \"The server stopped");

        Finding f = only(RunbookFixtures.parse(text), "yaml-syntax");

        assertThat(f.isError()).isTrue();
        assertThat(f.line()).isEqualTo(4);
        assertThat(f.message()).startsWith("front matter is not valid YAML");
    }

    @Test
    void unknownFrontMatterKeyNamesTheKeyAndItsLine() {
        String text = RunbookFixtures.valid().replace("owner: Platform on-call", "ownr: Platform on-call");

        Finding f = only(RunbookFixtures.parse(text), "unknown-key");

        assertThat(f.line()).isEqualTo(11);
        assertThat(f.message()).contains("'ownr'").contains("owner");
    }

    @Test
    void wrongShapeInFrontMatterSaysWhatWasExpected() {
        String text = RunbookFixtures.valid().replace("  name: MCPServerDown\n  query: mcp_server_up == 0\n", "")
                .replace("alert:\n", "alert: [a, b]\n");

        Finding f = only(RunbookFixtures.parse(text), "front-matter-shape");

        assertThat(f.message()).contains("alert").contains("mapping");
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        Finding f = only(RunbookFixtures.parse("---\nid: x\n\n# Title\n"), "front-matter-unclosed");

        assertThat(f.line()).isEqualTo(1);
    }

    @Test
    void unterminatedFencePointsAtItsOpeningLine() {
        String text = "# T\n\n## P\n\n1. **Run it**\n   ```bash\n   echo hi\n";

        Finding f = only(RunbookFixtures.parse(text), "unterminated-fence");

        assertThat(f.line()).isEqualTo(6);
        assertThat(f.column()).isEqualTo(4);
        assertThat(f.message()).contains("never closed");
    }

    @Test
    void binaryFileIsRefused() {
        byte[] bytes = "# T\n\u0000\u0001".getBytes(StandardCharsets.UTF_8);

        ParseResult result = new MarkdownRunbookParser().parse("blob.md", bytes, false);

        assertThat(result.runbooks()).isEmpty();
        assertThat(only(result, "binary-file").line()).isEqualTo(2);
    }

    @Test
    void invalidUtf8IsRefusedWithTheLine() {
        byte[] bytes = {'#', ' ', 'T', '\n', '\n', 'a', (byte) 0xC3, (byte) 0x28};

        ParseResult result = new MarkdownRunbookParser().parse("latin.md", bytes, false);

        Finding f = only(result, "not-utf8");
        assertThat(f.line()).isEqualTo(3);
        assertThat(f.message()).contains("UTF-8").contains("offset 6");
    }

    @Test
    void oversizedFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.md");
        Files.write(big, new byte[SourceText.MAX_BYTES + 1]);

        ParseResult result = new MarkdownRunbookParser().parse(big);

        assertThat(result.runbooks()).isEmpty();
        assertThat(only(result, "file-too-large").message()).contains("limited to");
    }

    @Test
    void missingFileIsAFindingNotAnException(@TempDir Path dir) {
        ParseResult result = new MarkdownRunbookParser().parse(dir.resolve("absent.md"));

        assertThat(only(result, "unreadable").message()).contains("cannot read");
    }

    @Test
    void unknownAndMalformedFenceOptionsAreErrors() {
        String text = "# T\n\n## P\n\n1. **Run it**\n   ```bash {kind=destroy timeout=soon retries=3 expect=\"(\"}\n   ls\n   ```\n";

        ParseResult result = RunbookFixtures.parse(text);

        assertThat(result.findings()).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("kind must be"))
                .anySatisfy(m -> assertThat(m).contains("timeout 'soon'"))
                .anySatisfy(m -> assertThat(m).contains("unknown code block option 'retries'"))
                .anySatisfy(m -> assertThat(m).contains("expect is not a valid regular expression"));
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.line()).isEqualTo(6));
    }

    @Test
    void optionsOutsideBracesAreAnError() {
        String text = "# T\n\n## P\n\n1. **Run it**\n   ```bash timeout=3s\n   ls\n   ```\n";

        assertThat(only(RunbookFixtures.parse(text), "bad-fence-options").message()).contains("in braces");
    }

    @Test
    void stepWithoutBoldTitleIsAnErrorButStillLoads() {
        String text = "# T\n\n## P\n\n1. **First**\n2. check the disk\n   ```bash\n   df -h\n   ```\n";

        ParseResult result = RunbookFixtures.parse(text);

        assertThat(only(result, "step-without-title").line()).isEqualTo(6);
        assertThat(result.runbooks().get(0).steps()).hasSize(2);
    }

    @Test
    void duplicateStepTitlesAreReportedAndKeptApart() {
        String text = "# T\n\n## P\n\n1. **Check**\n2. **Check**\n";

        ParseResult result = RunbookFixtures.parse(text);

        assertThat(only(result, "duplicate-step-id").line()).isEqualTo(6);
        assertThat(result.runbooks().get(0).steps().map(Step::id)).containsExactly("check", "check-2");
    }

    @Test
    void badParameterDeclarationsAreReported() {
        String text = RunbookFixtures.valid()
                .replace("    type: port\n    default: 8080", "    type: port\n    default: 99999")
                .replace("    type: identifier", "    type: colour");

        ParseResult result = RunbookFixtures.parse(text);

        assertThat(only(result, "bad-default").message()).contains("PORT").contains("65535");
        assertThat(only(result, "bad-parameter-type").line()).isEqualTo(16);
    }

    @Test
    void badScalarsInFrontMatterAreReported() {
        String text = RunbookFixtures.valid().replace("severity: critical", "severity: apocalyptic")
                .replace("response_time: 5m", "response_time: soon").replace("last_reviewed: 2026-11-01", "last_reviewed: yesterday")
                .replace("id: server-down", "id: Server Down");

        ParseResult result = RunbookFixtures.parse(text);

        assertThat(result.findings()).extracting(Finding::rule)
                .contains("bad-severity", "bad-duration", "bad-date", "bad-id");
        assertThat(only(result, "bad-severity").line()).isEqualTo(8);
    }

    @Test
    void documentWithoutStepsSaysSo() {
        ParseResult result = RunbookFixtures.parse("# Notes\n\nJust prose.\n");

        assertThat(only(result, "no-steps").message()).contains("no steps");
    }

    @Test
    void emptyFileParsesToAFindingNotACrash() {
        ParseResult result = new MarkdownRunbookParser().parse("empty.md", new byte[0], false);

        assertThat(result.hasErrors()).isTrue();
    }
}
