package dev.incidentconsole.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import dev.incidentconsole.report.StepProgress.State;
import org.junit.jupiter.api.Test;

class IncidentReportTest {

    private final IncidentReport report = SampleIncident.report();

    @Test
    void countsCommandsByOutcomeWithSuccessFirst() {
        ReportSummary summary = report.summary();
        assertThat(summary.entries()).isEqualTo(18);
        assertThat(summary.commands()).isEqualTo(6);
        assertThat(summary.commandsByOutcome()).containsExactly(entry("SUCCEEDED", 2), entry("CANCELLED", 1),
                entry("FAILED", 1), entry("INTERRUPTED", 1), entry("TIMED_OUT", 1));
        assertThat(summary.filesCollected()).isEqualTo(1);
        assertThat(summary.escalations()).isEqualTo(1);
        assertThat(summary.notes()).isEqualTo(1);
        assertThat(summary.hosts()).isEqualTo(2);
        assertThat(summary.hostsContacted()).isEqualTo(2);
    }

    @Test
    void stepStatesAreTheSessionsRecordedStatesOrElseDerived() {
        assertThat(report.steps()).extracting(StepProgress::stepId, StepProgress::state).containsExactly(
                tuple("check-disk-space", State.DONE),          // partially failed, then succeeded on retry
                tuple("list-big-files", State.CANCELLED),
                tuple("rotate-logs", State.FAILED),             // interrupted: no state recorded, derived
                tuple("restart-the-service", State.SKIPPED),
                tuple("tell-the-service-owner", State.DONE),
                tuple("collect-the-syslog", State.DONE),        // derived from the collected file
                tuple("write-the-post-incident-summary", State.NOT_STARTED));
        ReportSummary summary = report.summary();
        assertThat(List.of(summary.stepsDone(), summary.stepsSkipped(), summary.stepsFailed(), summary.stepsCancelled(),
                summary.stepsOpen())).containsExactly(3, 1, 1, 1, 1);
    }

    @Test
    void derivedStatesFollowTheLatestRunPerHostUntilTheSessionSaysOtherwise() {
        List<EvidenceEntry> timeline = SampleIncident.timeline();
        EvidenceEntry webOk = timeline.get(1);
        EvidenceEntry dbFailed = timeline.get(2);
        EvidenceEntry dbRetryOk = timeline.get(14);
        assertThat(StepProgress.stateOf(List.of(webOk, dbFailed))).isEqualTo(State.PARTIALLY_FAILED);
        assertThat(StepProgress.stateOf(List.of(dbFailed))).isEqualTo(State.FAILED);
        assertThat(StepProgress.stateOf(List.of(webOk, dbFailed, dbRetryOk))).isEqualTo(State.DONE);
        assertThat(StepProgress.stateOf(List.of(timeline.get(5), timeline.get(6)))).isEqualTo(State.CANCELLED);
        // The session judged exit 1 as expected: its recorded state wins over the derived one.
        assertThat(StepProgress.stateOf(List.of(webOk, dbFailed, timeline.get(15)))).isEqualTo(State.DONE);
        assertThat(StepProgress.stateOf(List.of(timeline.get(4)))).isEqualTo(State.IN_PROGRESS);
        assertThat(StepProgress.stateOf(List.of())).isEqualTo(State.NOT_STARTED);
    }

    @Test
    void hostsCarryFingerprintsAndClockOffsetRanges() {
        assertThat(report.hosts()).extracting(HostSummary::alias).containsExactly("web-01", "db-01");
        HostSummary web = report.hosts().get(0);
        assertThat(web.fingerprints()).containsExactly(SampleIncident.WEB_KEY);
        assertThat(web.addresses()).containsExactly("10.0.4.11");
        assertThat(web.minClockOffsetMillis()).isEqualTo(120L);
        assertThat(web.maxClockOffsetMillis()).isEqualTo(130L);
        assertThat(web.commands()).isEqualTo(3);
        HostSummary db = report.hosts().get(1);
        assertThat(db.minClockOffsetMillis()).isEqualTo(-3200L);
        assertThat(db.maxClockOffsetMillis()).isEqualTo(-3100L);
        assertThat(db.files()).isEqualTo(1);
        assertThat(db.fingerprintChanged()).isFalse();
        assertThat(ReportFacts.clockOffset(db)).isEqualTo("-3.200 s to -3.100 s");
    }

    @Test
    void chainHeadIsTheLastEntryHashAndTheLinksAreWhole() {
        List<EvidenceEntry> timeline = SampleIncident.timeline();
        assertThat(report.chainHead()).contains(timeline.get(17).entryHash());
        assertThat(report.chainBreaks()).isEmpty();
    }

    @Test
    void entriesAreShownInSequenceOrderWhateverOrderTheyCameIn() {
        List<EvidenceEntry> shuffled = new ArrayList<>(SampleIncident.timeline());
        Collections.reverse(shuffled);
        IncidentReport fromShuffled = new IncidentReport(SampleIncident.incident(false), shuffled,
                List.of(SampleIncident.runbook()), null, SampleIncident.GENERATED);
        assertThat(fromShuffled.timeline()).extracting(EvidenceEntry::seq)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 18).boxed().toList());
    }

    @Test
    void aMissingEntryIsNamedAsABreak() {
        List<EvidenceEntry> gap = new ArrayList<>(SampleIncident.timeline());
        gap.remove(5);
        IncidentReport withGap = new IncidentReport(SampleIncident.incident(false), gap, List.of(), null,
                SampleIncident.GENERATED);
        assertThat(withGap.chainBreaks()).containsExactly("entry 7 follows entry 5; expected entry 6");
    }

    @Test
    void refusesEntriesOfAnotherIncident() {
        IncidentRecord other = new IncidentRecord("INC-other", "x", "low", false, "op", null, List.of(), List.of(),
                java.util.Map.of(), SampleIncident.OPENED, null);
        assertThatThrownBy(() -> new IncidentReport(other, SampleIncident.timeline(), List.of(), null, SampleIncident.GENERATED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to incident INC-2026-0042");
    }

    @Test
    void durationRunsToTheGenerationTimeWhileOpen() {
        assertThat(report.duration()).isEqualTo(Duration.ofMinutes(72).plusSeconds(30));
        IncidentRecord closed = SampleIncident.incident(false);
        IncidentRecord open = new IncidentRecord(closed.id(), closed.title(), closed.severity(), false,
                closed.operatorName(), closed.operatorEmail(), closed.runbookIds(), closed.hostAliases(),
                closed.parameters(), closed.openedAt(), null);
        assertThat(new IncidentReport(open, List.of(), List.of(), null, SampleIncident.GENERATED).duration())
                .isEqualTo(Duration.ofMinutes(75));
    }

    @Test
    void anExerciseSaysSoInItsTitle() {
        assertThat(report.displayTitle()).isEqualTo("EXERCISE: Disk full on MCP hosts");
        assertThat(SampleIncident.report(false, null).displayTitle()).isEqualTo("Disk full on MCP hosts");
    }

    @Test
    void stepsAreNamedFromTheRunbook() {
        EvidenceEntry second = report.timeline().get(1);
        assertThat(report.stepLabel(second)).isEqualTo("1. Check disk space (check-disk-space)");
        assertThat(report.stepLabel(report.timeline().get(0))).isNull();
    }
}
