package dev.incidentconsole.ui.incident;

import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.incident.PhaseClock;
import dev.incidentconsole.incident.StepState;
import dev.incidentconsole.runbook.Runbook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The incident's clocks, ticking once a second on the FX thread: each phase's time box against the time since
 * the incident opened, and the runbook's response time. A closed incident's clocks stand still at its closing.
 */
public final class IncidentClocks {

    private final IncidentRecord incident;
    private final Runbook runbook;
    private final Clock clock;
    private final Supplier<Map<String, StepState>> states;
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private final ObservableList<PhaseClock> phases = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper response = new ReadOnlyStringWrapper(this, "response", "");
    private final ReadOnlyBooleanWrapper responseOverdue = new ReadOnlyBooleanWrapper(this, "responseOverdue");
    private final Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), event -> refresh()));

    IncidentClocks(IncidentRecord incident, Runbook runbook, Clock clock, Supplier<Map<String, StepState>> states) {
        this.incident = incident;
        this.runbook = runbook;
        this.clock = clock;
        this.states = states;
        ticker.setCycleCount(Animation.INDEFINITE);
        refresh();
    }

    void start() {
        refresh();
        ticker.play();
    }

    void stop() {
        ticker.stop();
    }

    /** Reads the clock and recomputes every reading. */
    public void refresh() {
        Instant at = clock.instant();
        if (incident.closedAt() != null && incident.closedAt().isBefore(at)) {
            at = incident.closedAt();
        }
        now.set(at);
        phases.setAll(PhaseClock.of(runbook.phases(), incident.openedAt(), states.get(), at));
        Duration elapsed = Duration.between(incident.openedAt(), at);
        Duration limit = runbook.responseTimeLimit().orElse(null);
        response.set(ClockText.response(limit, elapsed));
        responseOverdue.set(limit != null && elapsed.compareTo(limit) > 0);
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    /** One clock per phase of the runbook, in order; replaced as a whole on every tick. */
    public ObservableList<PhaseClock> phases() {
        return FXCollections.unmodifiableObservableList(phases);
    }

    /** The reading shown beside a phase: {@code 12:31 left}, {@code OVERDUE 3:05}, {@code opens in 4:00}, {@code done}. */
    public String phaseText(int index) {
        List<PhaseClock> current = phases;
        return index < current.size() ? ClockText.phase(current.get(index), now.get()) : "";
    }

    public ReadOnlyStringProperty responseProperty() {
        return response.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty responseOverdueProperty() {
        return responseOverdue.getReadOnlyProperty();
    }
}
