package dev.incidentconsole.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain Markdown runbooks, written as the source documents are written, import into complete runbooks. */
class SeedImportTest {

    private final MarkdownRunbookParser parser = new MarkdownRunbookParser();

    private ParseResult seed(String name) {
        return parser.parse(name, RunbookFixtures.resource("seeds/" + name), false);
    }

    @Test
    void oneDocumentHoldingSixRunbooksGivesSix() {
        ParseResult result = seed("incident-runbooks.md");

        assertThat(result.hasErrors()).as(result.findings().toString()).isFalse();
        assertThat(result.runbooks()).extracting(Runbook::title).containsExactly(
                "Server Down Incident", "Performance Degradation", "Security Incident Response",
                "Memory Leak Investigation", "Dependency Failure Response", "Data Corruption Response");
    }

    @Test
    void alertSeverityResponseTimeAndPhasesAreRead() {
        Runbook serverDown = seed("incident-runbooks.md").runbooks().get(0);

        assertThat(serverDown.alert()).isEqualTo(new Runbook.Alert("MCPServerDown", "mcp_server_up == 0"));
        assertThat(serverDown.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(serverDown.responseTime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(serverDown.phases()).extracting(Phase::title)
                .containsExactly("Immediate Response", "Investigation Phase", "Recovery Actions");
        assertThat(serverDown.phases().get(2).timeBox()).isEqualTo(new TimeBox(Duration.ofMinutes(15), Duration.ofMinutes(30)));
        assertThat(serverDown.steps()).hasSize(7);
        assertThat(serverDown.steps().map(Step::number)).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(serverDown.owner()).isEqualTo("DevOps Team");
        assertThat(serverDown.reviewInterval()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void escalationAndDocumentationSectionsBecomeChecklists() {
        Runbook serverDown = seed("incident-runbooks.md").runbooks().get(0);

        assertThat(serverDown.checklists()).extracting(Checklist::kind)
                .containsExactly(Checklist.Kind.ESCALATION, Checklist.Kind.DOCUMENTATION);
        assertThat(serverDown.checklists().get(0).items()).hasSize(4).contains("Multiple servers affected simultaneously");
    }

    @Test
    void commandsAreClassifiedAsChangeOrDiagnostic() {
        Runbook serverDown = seed("incident-runbooks.md").runbooks().get(0);

        assertThat(serverDown.step("verify-server-status").orElseThrow().kind()).isEqualTo(StepKind.DIAGNOSTIC);
        assertThat(serverDown.step("attempt-service-recovery").orElseThrow().kind()).isEqualTo(StepKind.CHANGE);
        assertThat(serverDown.step("acknowledge-the-alert").orElseThrow().kind()).isEqualTo(StepKind.CHANGE);
        Runbook perf = seed("incident-runbooks.md").runbooks().get(1);
        assertThat(perf.step("immediate-performance-improvements").orElseThrow().kind()).isEqualTo(StepKind.CHANGE);
        assertThat(perf.step("analyze-resource-utilization").orElseThrow().kind()).isEqualTo(StepKind.DIAGNOSTIC);
    }

    @Test
    void longRunningCommandsGetATimeoutAndRunInTheBackground() {
        Runbook perf = seed("incident-runbooks.md").runbooks().get(1);

        Command monitoring = perf.step("continuous-monitoring").orElseThrow().commands().get(0);
        assertThat(monitoring.background()).isTrue();
        assertThat(monitoring.timeout()).isGreaterThanOrEqualTo(Duration.ofMinutes(30));
        Command quick = perf.step("verify-performance-impact").orElseThrow().commands().get(0);
        assertThat(quick.timeout()).isNull();
        assertThat(quick.background()).isFalse();
    }

    @Test
    void parametersAreInferredAndTypedFromTheirNames() {
        List<Runbook> runbooks = seed("incident-runbooks.md").runbooks();

        Runbook serverDown = runbooks.get(0);
        assertThat(serverDown.parameters()).extracting(Parameter::name).containsExactly("PORT", "SERVER_NAME");
        assertThat(serverDown.parameter("PORT").orElseThrow().type()).isEqualTo(ParameterType.PORT);
        Runbook dependency = runbooks.get(4);
        assertThat(dependency.parameter("API_ENDPOINT").orElseThrow().type()).isEqualTo(ParameterType.URL);
        assertThat(dependency.parameter("MOUNT_POINT").orElseThrow().type()).isEqualTo(ParameterType.PATH);
        // Assigned inside the block that uses it, so a local variable, not a parameter.
        assertThat(runbooks.get(3).parameter("PID")).isEmpty();
    }

    @Test
    void symptomDiagnosisRemediationVerifyImportsAsOneRunbook() {
        ParseResult result = seed("session-storm.md");

        assertThat(result.hasErrors()).isFalse();
        Runbook storm = result.runbooks().get(0);
        assertThat(storm.title()).isEqualTo("MCP Session Storm");
        assertThat(storm.id()).isEqualTo("mcp-session-storm");
        assertThat(storm.checklists()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Checklist.Kind.SYMPTOMS);
            assertThat(c.items()).hasSize(3);
        });
        assertThat(storm.phases()).extracting(Phase::title).containsExactly("Diagnosis", "Remediation", "Verify");
        assertThat(storm.phases().get(1).steps()).extracting(Step::kind).containsOnly(StepKind.MANUAL);
        assertThat(storm.phases().get(1).steps()).extracting(Step::title).containsExactly(
                "Rate-limit initializations", "Scale horizontally", "Stagger client reconnections");
        assertThat(storm.phases().get(0).steps()).singleElement()
                .satisfies(step -> assertThat(step.commands().get(0).script()).contains("mcp_active_sessions"));
    }

    @Test
    void importedRunbooksSurviveAWriteAndReadBack() {
        RunbookWriter writer = new RunbookWriter();
        for (String seed : List.of("incident-runbooks.md", "session-storm.md")) {
            for (Runbook original : seed(seed).runbooks()) {
                String written = writer.write(original);
                ParseResult again = parser.parse(original.id() + ".md", written.getBytes(StandardCharsets.UTF_8), false);

                assertThat(again.findings()).as(original.id()).isEmpty();
                Runbook copy = again.runbooks().get(0);
                assertThat(copy.id()).isEqualTo(original.id());
                assertThat(copy.alert()).isEqualTo(original.alert());
                assertThat(copy.severity()).isEqualTo(original.severity());
                assertThat(copy.responseTime()).isEqualTo(original.responseTime());
                assertThat(copy.parameters()).extracting(Parameter::name, Parameter::type)
                        .isEqualTo(original.parameters().stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.name(), p.type())).toList());
                assertThat(copy.phases()).extracting(Phase::title, Phase::timeBox)
                        .isEqualTo(original.phases().stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.title(), p.timeBox())).toList());
                assertThat(copy.steps().toList()).extracting(Step::id, Step::kind, Step::description, Step::followUp)
                        .isEqualTo(original.steps().map(s -> org.assertj.core.groups.Tuple.tuple(s.id(), s.kind(), s.description(), s.followUp())).toList());
                assertThat(copy.steps().flatMap(s -> s.commands().stream()).toList())
                        .extracting(Command::script, Command::kind, Command::timeout, Command::background)
                        .isEqualTo(original.steps().flatMap(s -> s.commands().stream())
                                .map(c -> org.assertj.core.groups.Tuple.tuple(c.script(), c.kind(), c.timeout(), c.background())).toList());
                assertThat(copy.checklists()).isEqualTo(original.checklists().stream()
                        .map(c -> new Checklist(c.title(), c.kind(), c.items(), copy.checklists().get(original.checklists().indexOf(c)).line()))
                        .toList());
            }
        }
    }

    @Test
    void importedRunbooksLintWithoutErrors() {
        RunbookLinter linter = new RunbookLinter(LocalDate.of(2026, 11, 21));
        for (Runbook r : seed("incident-runbooks.md").runbooks()) {
            assertThat(linter.lint(r)).as(r.id()).noneMatch(Finding::isError);
        }
    }
}
