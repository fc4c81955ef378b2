package dev.incidentconsole.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunbookLinterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private final RunbookLinter linter = new RunbookLinter(TODAY);

    private List<Finding> lint(String markdown) {
        ParseResult result = new MarkdownRunbookParser().parse("server-down.md", markdown.getBytes(StandardCharsets.UTF_8), false);
        return linter.lint(List.of(result));
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void undeclaredParameterIsAnErrorAtItsExactPosition() {
        String text = RunbookFixtures.valid().replace("systemctl status \"${SERVICE}\"", "systemctl status \"${UNIT}\"");

        Finding f = lint(text).stream().filter(x -> x.rule().equals("undeclared-parameter")).findFirst().orElseThrow();

        assertThat(f.isError()).isTrue();
        assertThat(f.line()).isEqualTo(38);
        assertThat(f.column()).isEqualTo(22);
        assertThat(f.message()).contains("${UNIT}");
    }

    @Test
    void localUpperCaseVariablesAndShellNamesAreNotParameters() {
        String text = RunbookFixtures.valid().replace("systemctl status \"${SERVICE}\" --no-pager",
                "PID=$(pgrep -f x); echo \"${PID} ${HOME}\" \"${SERVICE}\"");

        assertThat(lint(text)).isEmpty();
    }

    @Test
    void unquotedAndSingleQuotedParametersDrawWarnings() {
        String text = RunbookFixtures.valid().replace("systemctl status \"${SERVICE}\" --no-pager",
                "systemctl status ${SERVICE}; echo '${SERVICE}'; echo \"$(systemctl show \"${SERVICE}\")\"");

        assertThat(rules(lint(text))).containsExactlyInAnyOrder("unquoted-parameter", "single-quoted-parameter");
    }

    @Test
    void unusedParameterIsAWarning() {
        String text = RunbookFixtures.valid().replace("curl -fsS --max-time 5 \"http://127.0.0.1:${PORT}/health\"", "curl -fsS x");

        assertThat(lint(text)).extracting(Finding::rule, Finding::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("unused-parameter", 20));
    }

    @Test
    void changeWithoutALaterDiagnosticIsFlagged() {
        String text = RunbookFixtures.valid().replace("curl -fsS --max-time 5 \"http://127.0.0.1:${PORT}/health\"",
                "sudo -n systemctl restart \"${SERVICE}\" \"${PORT}\"");

        assertThat(lint(text)).extracting(Finding::rule).containsExactly("change-without-verification", "change-without-verification");
    }

    @Test
    void aDiagnosticLabelOnAChangeIsFlagged() {
        String text = RunbookFixtures.valid().replace("```bash {timeout=20s}", "```bash {kind=diagnostic timeout=20s}")
                .replace("systemctl status \"${SERVICE}\" --no-pager", "sudo -n systemctl stop \"${SERVICE}\"");

        Finding f = lint(text).get(0);
        assertThat(f.rule()).isEqualTo("looks-like-change");
        assertThat(f.message()).contains("systemctl");
        assertThat(f.line()).isEqualTo(37);
    }

    @Test
    void longRunningBlockWithoutTimeoutIsFlagged() {
        String text = RunbookFixtures.valid().replace("```bash {timeout=20s}", "```bash")
                .replace("systemctl status \"${SERVICE}\" --no-pager", "watch systemctl status \"${SERVICE}\"");

        assertThat(rules(lint(text))).containsExactly("long-running-without-timeout");
    }

    @Test
    void overdueReviewAndMissingUpkeepAreWarnings() {
        String text = RunbookFixtures.valid().replace("last_reviewed: 2026-11-01", "last_reviewed: 2025-01-01")
                .replace("owner: Platform on-call\n", "");

        List<Finding> findings = lint(text);
        assertThat(rules(findings)).containsExactlyInAnyOrder("review-overdue", "missing-metadata");
        assertThat(findings).allMatch(f -> !f.isError());
        assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("2025-04-01"));
    }

    @Test
    void duplicateRunbookIdsAcrossFilesAreErrors() {
        MarkdownRunbookParser parser = new MarkdownRunbookParser();
        byte[] bytes = RunbookFixtures.valid().getBytes(StandardCharsets.UTF_8);

        List<Finding> findings = linter.lint(List.of(parser.parse("a/server-down.md", bytes, false),
                parser.parse("b/server-down.md", bytes, false)));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("duplicate-runbook-id");
            assertThat(f.file()).isEqualTo("b/server-down.md");
            assertThat(f.message()).contains("a/server-down.md");
        });
    }

    @Test
    void fileNameMustMatchTheId() {
        List<Finding> findings = linter.lint(List.of(RunbookFixtures.parse(RunbookFixtures.valid())));

        assertThat(rules(findings)).containsExactly("id-file-mismatch");
    }

    @Test
    void formatIsCompilerStyle() {
        Finding f = Finding.error("runbooks/x.md", 3, 7, "rule-name", "something is wrong");

        assertThat(f.format()).isEqualTo("runbooks/x.md:3:7: error: something is wrong [rule-name]");
    }
}
