package dev.incidentconsole.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MarkdownRunbookParserTest {

    @Test
    void readsFrontMatterIntoTypedMetadata() {
        Runbook r = RunbookFixtures.single(RunbookFixtures.valid());

        assertThat(r.id()).isEqualTo("server-down");
        assertThat(r.title()).isEqualTo("MCP server down");
        assertThat(r.alert()).isEqualTo(new Runbook.Alert("MCPServerDown", "mcp_server_up == 0"));
        assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(r.responseTime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(r.tags()).containsExactly("systemd", "availability");
        assertThat(r.lastReviewed()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(r.reviewDue()).contains(LocalDate.of(2027, 1, 30));
        assertThat(r.parameters()).extracting(Parameter::name).containsExactly("SERVICE", "PORT");
        assertThat(r.parameter("PORT").orElseThrow().defaultValue()).isEqualTo("8080");
        assertThat(r.parameter("PORT").orElseThrow().type()).isEqualTo(ParameterType.PORT);
        assertThat(r.introduction()).isEqualTo("The health endpoint stopped answering.");
    }

    @Test
    void phasesCarryTheirTimeBoxesAndNumberedSteps() {
        Runbook r = RunbookFixtures.single(RunbookFixtures.valid());

        assertThat(r.phases()).extracting(Phase::title).containsExactly("Confirm", "Recover");
        assertThat(r.phases().get(0).timeBox()).isEqualTo(new TimeBox(Duration.ZERO, Duration.ofMinutes(5)));
        assertThat(r.phases().get(1).timeBox()).isEqualTo(new TimeBox(Duration.ofMinutes(5), Duration.ofMinutes(15)));
        assertThat(r.steps().map(Step::id)).containsExactly(
                "check-the-unit-state", "page-the-service-owner", "restart-the-service", "verify-it-answers-again");
        assertThat(r.steps().map(Step::kind)).containsExactly(
                StepKind.DIAGNOSTIC, StepKind.MANUAL, StepKind.CHANGE, StepKind.DIAGNOSTIC);
        assertThat(r.step("page-the-service-owner").orElseThrow().description()).isEqualTo("Call them.");
    }

    @Test
    void commandOptionsAndSourcePositionsAreKept() {
        Runbook r = RunbookFixtures.single(RunbookFixtures.valid());

        Command check = r.step("check-the-unit-state").orElseThrow().commands().get(0);
        assertThat(check.script()).isEqualTo("systemctl status \"${SERVICE}\" --no-pager");
        assertThat(check.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(check.kindDeclared()).isFalse();
        assertThat(check.line()).isEqualTo(38);
        assertThat(check.column()).isEqualTo(4);

        Command restart = r.step("restart-the-service").orElseThrow().commands().get(0);
        assertThat(restart.kind()).isEqualTo(CommandKind.CHANGE);
        assertThat(restart.kindDeclared()).isTrue();

        Command verify = r.step("verify-it-answers-again").orElseThrow().commands().get(0);
        assertThat(verify.expectExit()).containsExactlyInAnyOrder(0, 22);
        assertThat(verify.expect().matcher("status: ok").find()).isTrue();
        assertThat(verify.effectiveTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void bulletSectionsBecomeChecklists() {
        Runbook r = RunbookFixtures.single(RunbookFixtures.valid());

        assertThat(r.checklists()).extracting(Checklist::kind).containsExactly(
                Checklist.Kind.SYMPTOMS, Checklist.Kind.ESCALATION, Checklist.Kind.DOCUMENTATION);
        assertThat(r.checklists().get(1).items()).containsExactly("The service fails to restart twice");
        assertThat(r.checklists().get(0).items()).containsExactly("`mcp_server_up` is 0");
    }

    @Test
    void theValidSkeletonHasNoFindings() {
        ParseResult result = new MarkdownRunbookParser().parse("runbooks/server-down.md",
                RunbookFixtures.valid().getBytes(java.nio.charset.StandardCharsets.UTF_8), false);

        assertThat(result.findings()).isEmpty();
        assertThat(new RunbookLinter(LocalDate.of(2026, 11, 21)).lint(result.runbooks().get(0))).isEmpty();
    }

    @Test
    void digestNamesTheExactBytesParsed() {
        Runbook a = RunbookFixtures.single(RunbookFixtures.valid());
        Runbook b = RunbookFixtures.single(RunbookFixtures.valid() + "\n");

        assertThat(a.source().sha256()).hasSize(64).isNotEqualTo(b.source().sha256());
    }

    @Test
    void textAfterACommandStaysAfterIt() {
        Runbook r = RunbookFixtures.single("# T\n\n## P\n\n1. **Count sessions**\n   Why it matters.\n   ```bash\n   ss -Htn | wc -l\n   ```\n"
                + "   Over 500 means a storm.\n");

        Step step = r.steps().findFirst().orElseThrow();
        assertThat(step.description()).isEqualTo("Why it matters.");
        assertThat(step.followUp()).isEqualTo("Over 500 means a storm.");
        Step again = RunbookFixtures.single(new RunbookWriter().write(r)).steps().findFirst().orElseThrow();
        assertThat(again.description()).isEqualTo("Why it matters.");
        assertThat(again.followUp()).isEqualTo("Over 500 means a storm.");
    }

    @Test
    void nonShellBlocksAreShownButNeverRun() {
        Runbook r = RunbookFixtures.single("# T\n\n## P\n\n1. **Look at the config**\n   ```yaml\n   a: 1\n   ```\n");

        Step step = r.steps().findFirst().orElseThrow();
        assertThat(step.commands()).isEmpty();
        assertThat(step.snippets()).containsExactly("a: 1");
        assertThat(step.kind()).isEqualTo(StepKind.MANUAL);
    }

    @Test
    void aBlockOutsideItsItemIsAttachedToThePreviousStepWithAWarning() {
        ParseResult result = RunbookFixtures.parse("# T\n\n## P\n\n1. **List files**\n\n```bash\nls /\n```\n");

        Step step = result.runbooks().get(0).steps().findFirst().orElseThrow();
        assertThat(step.commands()).hasSize(1);
        assertThat(result.findings()).extracting(Finding::rule).containsExactly("fence-outside-step");
    }

    @Test
    void crlfAndByteOrderMarkAreAccepted() {
        String text = "\uFEFF" + RunbookFixtures.valid().replace("\n", "\r\n");

        ParseResult result = RunbookFixtures.parse(text);

        assertThat(result.findings()).isEmpty();
        assertThat(result.runbooks().get(0).steps()).hasSize(4);
    }
}
