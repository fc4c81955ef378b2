package dev.incidentconsole.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The product's content: every scenario the source material names, each a complete, lint-clean runbook. */
class BundledLibraryTest {

    private static final Set<String> EXPECTED_IDS = Set.of(
            "server-down", "performance-degradation", "security-incident", "memory-leak", "dependency-failure",
            "data-corruption", "session-storm", "token-refresh-cascade", "tool-timeout-spiral", "agent-compromise",
            "mcp-server-breach", "data-exfiltration", "financial-fraud", "emergency-security-patching",
            "access-control-emergency", "configuration-drift", "security-health-check", "vulnerability-remediation",
            "backup-and-recovery", "compliance-audit-support", "agent-behaviour-analysis", "prompt-injection-investigation",
            "agent-permission-review", "financial-transaction-audit", "api-security-monitoring",
            "integration-security-check", "performance-optimization", "dependency-security-review");

    private static RunbookLibrary library;

    @BeforeAll
    static void load() throws IOException {
        library = RunbookLibrary.load(true, List.of());
    }

    @Test
    void holdsEveryScenario() {
        assertThat(library.runbooks()).extracting(Runbook::id).containsExactlyInAnyOrderElementsOf(EXPECTED_IDS);
        assertThat(library.runbooks()).allSatisfy(r -> assertThat(r.source().bundled()).isTrue());
    }

    @Test
    void lintsWithoutErrorsOrWarnings() {
        List<Finding> findings = new RunbookLinter(LocalDate.of(2026, 11, 21)).lint(library.results());

        assertThat(findings).extracting(Finding::format).isEmpty();
    }

    @Test
    void everyRunbookIsComplete() {
        for (Runbook r : library.runbooks()) {
            assertThat(r.owner()).as(r.id()).isNotBlank();
            assertThat(r.version()).as(r.id()).isNotBlank();
            assertThat(r.lastReviewed()).as(r.id()).isNotNull();
            assertThat(r.severity()).as(r.id()).isNotNull();
            assertThat(r.summary()).as(r.id()).isNotBlank();
            assertThat(r.introduction()).as(r.id() + " says what is happening").isNotBlank();
            assertThat(r.phases()).as(r.id()).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(p -> assertThat(p.timeBox()).as(r.id() + " / " + p.title()).isNotNull());
            assertThat(r.steps().filter(s -> s.kind() == StepKind.DIAGNOSTIC)).as(r.id() + " confirms").isNotEmpty();
            assertThat(r.checklists()).extracting(Checklist::kind).as(r.id())
                    .contains(Checklist.Kind.ESCALATION, Checklist.Kind.DOCUMENTATION);
            assertThat(r.steps().flatMap(s -> s.commands().stream()))
                    .as(r.id() + ": every block states its kind and timeout")
                    .allSatisfy(c -> {
                        assertThat(c.kindDeclared()).isTrue();
                        assertThat(c.timeout()).isNotNull();
                    });
        }
    }

    @Test
    void avoidsTheSourceMaterialsKnownMistakes() {
        for (Runbook r : library.runbooks()) {
            r.steps().flatMap(s -> s.commands().stream()).forEach(c -> {
                String script = c.script();
                assertThat(script).as(r.id()).doesNotContain("-newer $(date").doesNotContain("pkill -f defunct")
                        .doesNotContainPattern("(^|[;|&\\s])(jstack|jmap|jcmd)\\s").doesNotContainPattern("(^|\\s)netstat\\s")
                        .doesNotContain("/monitoring/mcp_");
            });
        }
    }
}
