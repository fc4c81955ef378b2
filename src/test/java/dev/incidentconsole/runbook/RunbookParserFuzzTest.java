package dev.incidentconsole.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Thousands of generated documents, from random bytes to near-valid runbooks with one thing wrong: the parser,
 * linter and writer must answer every one with findings, never an unexpected exception or a hang.
 */
class RunbookParserFuzzTest {

    private final MarkdownRunbookParser parser = new MarkdownRunbookParser();
    private final RunbookLinter linter = new RunbookLinter(LocalDate.of(2026, 11, 21));
    private final RunbookWriter writer = new RunbookWriter();

    private static final List<String> FRAGMENTS = List.of(
            "---\n", "---\nid: fuzz\n", "title: T\n", "severity: critical\n", "severity: [x\n", "response_time: 5m\n",
            "response_time: forever\n", "parameters:\n  - name: HOST\n    type: hostname\n", "  - name: x\n    type: nope\n",
            "parameters: 7\n", "alert: {name: A, query: 'up == 0'}\n", "last_reviewed: 2020-13-45\n", "&a [*a, *a]\n",
            "!!binary AAAA\n", "key: \"unclosed\n", "# Title\n", "## Phase (0-5 minutes)\n", "## Phase (30 minutes - 24 hours)\n",
            "### Sub (9-1 hours)\n", "###### deep\n", "## Escalation Criteria\n", "- item\n", "  - nested `code`\n",
            "1. **Step**\n", "2. **Step**\n", "3. no title\n", "10. **Ten**\n", "   ```bash\n", "```bash {kind=change}\n",
            "```bash {timeout=\n", "```sh {expect=\"(\"}\n", "```bash {kind=diagnostic expect_exit=0,300}\n", "```\n",
            "   ```collect\n", "```collect {kind=change}\n", "   /etc/mcp/${SERVICE}.yaml\n", "   relative/path\n",
            "~~~~\n", "````yaml\n", "   echo \"${PARAM}\" '${X}' $(date \"${Y}\")\n", "   systemctl restart \"${SERVICE}\"\n",
            "cat <<'EOF'\n${NOPE}\nEOF\n", "   sleep 99999\n", "\t\tindented\n", "> quote\n", "<div>html</div>\n",
            "**Severity**: Warning\n", "**Response Time**: < 2 minutes\n", "### Alert: X\n", "\n", "\r\n", "\u00e9\u4e2d\ud83d\ude00\n",
            "| a | b |\n|---|---|\n", "[link](http://x)\n", "* * *\n", "`````\n", "\\", "{", "}", "\"", "'", "`");

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> structured = Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(parts -> String.join("", parts));
        Arbitrary<String> noisy = Arbitraries.strings().all().ofMaxLength(400);
        Arbitrary<String> mixed = Arbitraries.of(FRAGMENTS).list().ofMaxSize(30)
                .flatMap(parts -> Arbitraries.strings().ofMaxLength(20).map(noise -> String.join(noise, parts)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, structured), net.jqwik.api.Tuple.of(2, noisy), net.jqwik.api.Tuple.of(3, mixed));
    }

    @Property(tries = 3000)
    void anyTextGivesFindingsNotExceptions(@ForAll("documents") String document) {
        exercise(document.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 1000)
    void anyBytesGiveFindingsNotExceptions(@ForAll @Size(max = 2000) byte[] bytes) {
        exercise(bytes);
    }

    private void exercise(byte[] bytes) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            ParseResult result = parser.parse("fuzz.md", bytes, false);
            assertThat(result).isNotNull();
            assertThat(result.findings()).allSatisfy(f -> {
                assertThat(f.line()).isPositive();
                assertThat(f.message()).isNotBlank();
            });
            linter.lint(List.of(result));
            if (!result.hasErrors()) {
                for (Runbook runbook : result.runbooks()) {
                    ParseResult again = parser.parse("again.md", writer.write(runbook).getBytes(StandardCharsets.UTF_8), false);
                    assertThat(again.runbooks()).isNotEmpty();
                }
            }
        });
    }
}
