package dev.incidentconsole.ui.incident;

import static dev.incidentconsole.ui.incident.Fx.fx;
import static dev.incidentconsole.ui.incident.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.incident.RunListener;
import dev.incidentconsole.incident.StepState;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.OutputSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The workspace model without any window: real session, real hosts, real store; answers given by the test. */
class IncidentWorkspaceModelTest extends WithTwoHosts {

    private IncidentRecord incident;
    private final List<List<String>> asked = new CopyOnWriteArrayList<>();
    private final List<StepRun> watched = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicLong> liveBytes = new ConcurrentHashMap<>();
    private volatile boolean approve;

    private IncidentWorkspaceModel model(Clock clock, Instant openedAt) throws Exception {
        incident = parts.open(openedAt);
        var session = parts.session(incident, clock);
        ChangeApproval approval = (step, hosts) -> {
            asked.add(hosts.stream().map(HostTarget::alias).toList());
            return approve;
        };
        StepRunWatcher watcher = run -> {
            watched.add(run);
            return new RunListener() {
                @Override
                public OutputSink outputOf(HostTarget host) {
                    AtomicLong bytes = liveBytes.computeIfAbsent(host.alias(), alias -> new AtomicLong());
                    return (stream, data, offset, length, at) -> bytes.addAndGet(length);
                }
            };
        };
        return fx(() -> new IncidentWorkspaceModel(session, parts.store, parts.hosts(), parts.screenWork, clock, approval, watcher));
    }

    @Test
    void aDeclinedChangeSendsNothingAndAnApprovedOneRunsWithLiveOutputToTheWatcher() throws Exception {
        IncidentWorkspaceModel model = model(Clock.systemUTC(), Instant.now());
        StepItem change = model.item("create-the-marker");

        approve = false;
        fx(() -> { model.runOnAll(change); return null; });
        assertThat(asked).containsExactly(List.of("alpha", "beta"));
        assertThat(watched).isEmpty();
        assertThat(change.state()).isEqualTo(StepState.PENDING);
        assertThat(parts.anyServerRan("touch")).isFalse();

        approve = true;
        fx(() -> { model.runOn(change, List.of("beta")); return null; });
        waitUntil(30, () -> change.state() == StepState.SUCCEEDED);
        assertThat(asked).last().isEqualTo(List.of("beta"));
        assertThat(watched).hasSize(1);
        assertThat(watched.get(0).hosts()).extracting(HostTarget::alias).containsExactly("beta");
        assertThat(parts.entries(incident.id(), "create-the-marker", EntryKind.COMMAND)).extracting(EvidenceEntry::hostAlias)
                .containsExactly("beta");
        assertThat(fx(() -> change.detailProperty().get())).isEqualTo("passed on beta");

        StepItem hello = model.item("say-hello");
        fx(() -> { model.runOnAll(hello); return null; });
        waitUntil(30, () -> hello.state() == StepState.SUCCEEDED);
        assertThat(liveBytes.get("alpha").get()).isEqualTo("hello on 8080\n".length());
    }

    @Test
    void refusalsAreWordedAndNothingReachesTheStore() throws Exception {
        IncidentWorkspaceModel model = model(Clock.systemUTC(), Instant.now());
        StepItem hello = model.item("say-hello");
        StepItem manual = model.item("look-at-the-dashboard");

        fx(() -> { model.runOn(hello, List.of("gamma")); return null; });
        assertThat(fx(() -> model.problemProperty().get())).isEqualTo("gamma is not one of the incident's hosts (alpha, beta)");
        fx(() -> { model.runOnAll(manual); return null; });
        assertThat(fx(() -> model.problemProperty().get())).isEqualTo("'Look at the dashboard' is a manual step: do it, then check it off");
        fx(() -> { model.skip(manual, "  "); return null; });
        assertThat(fx(() -> model.problemProperty().get())).isEqualTo("skipping 'Look at the dashboard' needs a reason");
        assertThat(parts.store.timeline(incident.id())).extracting(EvidenceEntry::kind).containsExactly(EntryKind.STATUS);

        fx(() -> { model.checkOff(manual, "dashboard shows the spike"); return null; });
        waitUntil(10, () -> manual.state() == StepState.SUCCEEDED);
        assertThat(fx(() -> model.problemProperty().get())).isEmpty();
        assertThat(parts.entries(incident.id(), "look-at-the-dashboard", EntryKind.CHECK)).extracting(EvidenceEntry::text)
                .containsExactly("dashboard shows the spike");
    }

    @Test
    void selectionMovesThroughTheStepsAndStopsAtTheEnds() throws Exception {
        IncidentWorkspaceModel model = model(Clock.systemUTC(), Instant.now());
        assertThat(model.selectedProperty().get().id()).isEqualTo("say-hello");
        fx(() -> { model.selectPrevious(); return null; });
        assertThat(model.selectedProperty().get().id()).isEqualTo("say-hello");
        fx(() -> { model.selectNext(); model.selectNext(); model.selectNext(); model.selectNext(); return null; });
        assertThat(model.selectedProperty().get().id()).isEqualTo("wait-a-long-time");
    }

    @Test
    void clocksCountFromTheOpeningAndFinishingAPhaseStopsItsClock() throws Exception {
        Instant opened = Instant.parse("2026-03-01T10:00:00Z");
        IncidentWorkspaceModel model = model(Clock.fixed(opened.plus(Duration.ofSeconds(3 * 60 + 29)), ZoneOffset.UTC), opened);

        assertThat(fx(() -> model.clocks().phaseText(0))).isEqualTo("1:31 left");
        assertThat(fx(() -> model.clocks().phaseText(1))).isEqualTo("opens in 1:31");
        assertThat(fx(() -> model.clocks().responseProperty().get())).isEqualTo("Respond within 10m \u00b7 3:29 elapsed");

        fx(() -> { model.skip(model.item("say-hello"), "relay is down, nothing to greet"); return null; });
        fx(() -> { model.checkOff(model.item("look-at-the-dashboard"), ""); return null; });
        waitUntil(10, () -> model.clocks().phaseText(0).equals("done"));
    }
}
