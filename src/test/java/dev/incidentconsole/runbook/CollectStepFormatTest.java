package dev.incidentconsole.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A step's ```collect block: how it reads, what lint says about it, and that the writer gives it back. */
class CollectStepFormatTest {

    private static final String PAGE_STEP = "2. **Page the service owner**\n   Call them.\n";
    private final RunbookLinter linter = new RunbookLinter(LocalDate.of(2026, 11, 21));

    /** The fixture with its manual step 2 replaced by {@code step}. */
    private static String withStep(String step) {
        String text = RunbookFixtures.valid();
        assertThat(text).contains(PAGE_STEP);
        return text.replace(PAGE_STEP, step);
    }

    private static String collectStep(String info, String... lines) {
        String body = java.util.Arrays.stream(lines).map(l -> l.isEmpty() ? "" : "   " + l + "\n").collect(Collectors.joining());
        return "2. **Keep the unit file**\n   Copies it verbatim.\n   ```" + info + "\n" + body + "   ```\n";
    }

    private List<Finding> lint(String markdown) {
        ParseResult result = new MarkdownRunbookParser().parse("server-down.md", markdown.getBytes(StandardCharsets.UTF_8), false);
        return linter.lint(List.of(result));
    }

    private static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        return IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(needle)).findFirst().orElseThrow() + 1;
    }

    private static Finding only(List<Finding> findings, String rule) {
        List<Finding> matching = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertThat(matching).as("findings %s", findings).hasSize(1);
        assertThat(matching.get(0).isError()).isTrue();
        return matching.get(0);
    }

    @Test
    void aCollectBlockMakesAReadOnlyStepThatListsItsPathsAsWritten() {
        String text = withStep(collectStep("collect", "/etc/systemd/system/${SERVICE}", "", "/etc/mcp/relay.yaml"));

        Step step = RunbookFixtures.single(text).step("keep-the-unit-file").orElseThrow();

        assertThat(step.collects()).isTrue();
        assertThat(step.runsOnHosts()).isTrue();
        assertThat(step.kind()).isEqualTo(StepKind.DIAGNOSTIC);
        assertThat(step.commands()).isEmpty();
        assertThat(step.description()).isEqualTo("Copies it verbatim.");
        assertThat(step.collectPaths()).containsExactly("/etc/systemd/system/${SERVICE}", "/etc/mcp/relay.yaml");
        assertThat(step.collect().get(1).line()).isEqualTo(lineOf(text, "/etc/mcp/relay.yaml"));
        assertThat(lint(text)).isEmpty();
    }

    @Test
    void aRelativePathIsAnErrorAtItsLine() {
        String text = withStep(collectStep("collect", "/etc/ok.yaml", "etc/mcp/relay.yaml"));

        Finding f = only(lint(text), "collect-path-not-absolute");

        assertThat(f.line()).isEqualTo(lineOf(text, "etc/mcp/relay.yaml"));
        assertThat(f.column()).isEqualTo(4);
        assertThat(f.message()).contains("'etc/mcp/relay.yaml'", "absolute");
    }

    @Test
    void aPathMayOpenWithAPathParameterButNotWithAnyOther() {
        String withDirectory = withStep(collectStep("collect", "${CONFIG_DIR}/config.yaml"))
                .replace("  - name: PORT\n", "  - name: CONFIG_DIR\n    type: path\n    default: /etc/mcp-server\n  - name: PORT\n");
        assertThat(lint(withDirectory)).isEmpty();

        String withIdentifier = withStep(collectStep("collect", "${SERVICE}/config.yaml"));
        Finding f = only(lint(withIdentifier), "collect-path-not-absolute");
        assertThat(f.line()).isEqualTo(lineOf(withIdentifier, "${SERVICE}/config.yaml"));
        assertThat(f.message()).contains("SERVICE", "identifier", "path parameter");
    }

    @Test
    void anUndeclaredParameterInAPathIsAnErrorAtItsColumn() {
        String text = withStep(collectStep("collect", "/etc/mcp/${CONFIG_NAME}.yaml"));

        Finding f = only(lint(text), "undeclared-parameter");

        assertThat(f.line()).isEqualTo(lineOf(text, "${CONFIG_NAME}"));
        assertThat(f.column()).isEqualTo(4 + "/etc/mcp/".length());
        assertThat(f.message()).contains("${CONFIG_NAME}");
    }

    @Test
    void aParameterUsedOnlyInAPathCountsAsUsed() {
        String text = RunbookFixtures.valid()
                .replace("curl -fsS --max-time 5 \"http://127.0.0.1:${PORT}/health\"", "curl -fsS x")
                .replace(PAGE_STEP, collectStep("collect", "/run/mcp/${PORT}.pid"));

        assertThat(lint(text)).isEmpty();
    }

    @Test
    void anEmptyCollectBlockIsAnErrorAtItsFence() {
        String text = withStep(collectStep("collect", ""));

        Finding f = only(lint(text), "empty-collect-block");

        assertThat(f.line()).isEqualTo(lineOf(text, "```collect"));
    }

    @Test
    void aStepMixingCommandsAndACollectBlockIsAnErrorAtTheStep() {
        String step = "2. **Keep the unit file**\n   ```bash\n   systemctl cat \"${SERVICE}\"\n   ```\n"
                + "   ```collect\n   /etc/mcp/relay.yaml\n   ```\n";
        String text = withStep(step);

        Finding f = only(lint(text), "collect-with-commands");

        assertThat(f.line()).isEqualTo(lineOf(text, "**Keep the unit file**"));
        assertThat(f.message()).contains("one kind per step");
    }

    @Test
    void optionsOnACollectFenceAreAnError() {
        String text = withStep(collectStep("collect {kind=change}", "/etc/mcp/relay.yaml"));

        Finding f = only(lint(text), "collect-options");

        assertThat(f.line()).isEqualTo(lineOf(text, "```collect"));
        assertThat(f.message()).contains("no options");
        assertThat(RunbookFixtures.parse(text).runbooks().get(0).step("keep-the-unit-file").orElseThrow().kind())
                .isEqualTo(StepKind.DIAGNOSTIC);
    }

    @Test
    void moreFilesThanAStepMayCollectIsAnErrorAtTheFirstOneTooMany() {
        String[] paths = IntStream.rangeClosed(1, Step.MAX_FILES_TO_COLLECT + 1).mapToObj(i -> "/var/log/mcp/f" + i + ".log")
                .toArray(String[]::new);
        String text = withStep(collectStep("collect", paths));

        Finding f = only(lint(text), "too-many-collect-paths");

        assertThat(f.line()).isEqualTo(lineOf(text, "/f" + (Step.MAX_FILES_TO_COLLECT + 1) + ".log"));
        assertThat(f.message()).contains(String.valueOf(Step.MAX_FILES_TO_COLLECT));
    }

    @Test
    void aPathListedTwiceIsAnError() {
        String text = withStep(collectStep("collect", "/etc/a.yaml", "/etc/b.yaml", "/etc/a.yaml"));

        Finding f = only(lint(text), "duplicate-collect-path");

        assertThat(f.line()).isEqualTo(lineOf(text, "/etc/b.yaml") + 1);
    }

    @Test
    void theWriterGivesACollectStepBackUnchanged() {
        Runbook original = RunbookFixtures.single(withStep(collectStep("collect", "/etc/systemd/system/${SERVICE}",
                "/etc/mcp/relay.yaml")));

        String written = new RunbookWriter().write(original);
        Runbook again = RunbookFixtures.single(written);

        Step before = original.step("keep-the-unit-file").orElseThrow();
        Step after = again.step("keep-the-unit-file").orElseThrow();
        assertThat(written).contains("```collect\n   /etc/systemd/system/${SERVICE}\n   /etc/mcp/relay.yaml\n   ```");
        assertThat(after.collectPaths()).isEqualTo(before.collectPaths());
        assertThat(after.description()).isEqualTo(before.description());
        assertThat(after.kind()).isEqualTo(StepKind.DIAGNOSTIC);
        assertThat(lint(written)).isEmpty();
    }
}
