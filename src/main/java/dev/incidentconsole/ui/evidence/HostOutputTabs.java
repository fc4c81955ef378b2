package dev.incidentconsole.ui.evidence;

import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.incident.HostOutcome;
import dev.incidentconsole.incident.RunListener;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.OutputSink;
import dev.incidentconsole.ui.common.FxPacer;
import dev.incidentconsole.ui.common.PulseBatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The live output of a step running on several hosts: one tab per host, each with an {@link OutputView} and a
 * badge saying whether the host is still running, passed or failed. {@link #listener()} plugs straight into
 * {@code IncidentSession.run}.
 */
public final class HostOutputTabs extends TabPane {

    /** How long a worker waits for the FX thread to open a tab for a host it was not told about. */
    private static final long OPEN_TAB_SECONDS = 10;

    private final Consumer<String> openFullOutput;
    private final int maxLines;
    private final int maxLineChars;
    private final PulseBatcher.Turns turns = new PulseBatcher.Turns();
    private final FxPacer pacer = new FxPacer();
    private final Map<String, OutputView> views = new ConcurrentHashMap<>();
    private final Map<String, Label> badges = new ConcurrentHashMap<>();

    /** {@code openFullOutput} gets the host alias, on the FX thread. */
    public HostOutputTabs(Consumer<String> openFullOutput) {
        this(openFullOutput, OutputView.DEFAULT_MAX_LINES, OutputView.DEFAULT_MAX_LINE_CHARS);
    }

    public HostOutputTabs(Consumer<String> openFullOutput, int maxLines, int maxLineChars) {
        this.openFullOutput = openFullOutput;
        this.maxLines = maxLines;
        this.maxLineChars = maxLineChars;
        setId("host-output-tabs");
        getStyleClass().add("host-output-tabs");
        getStylesheets().add(HostOutputTabs.class.getResource("output.css").toExternalForm());
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    }

    /** Starts a run: one fresh tab per host, in this order, each marked running. Call on the FX thread. */
    public void showHosts(List<String> aliases) {
        getTabs().clear();
        views.clear();
        badges.clear();
        aliases.forEach(this::addHost);
    }

    /** The sink for a host's output, as {@link RunListener#outputOf} wants it. Callable from any thread. */
    public OutputSink outputOf(HostTarget host) {
        return viewFor(host.alias()).map(OutputView::sink).orElse(OutputSink.DISCARD);
    }

    /** The host is done: its view shows {@code statusText} and the badge turns ok or failed. Any thread. */
    public void hostFinished(String alias, String statusText, boolean ok) {
        viewFor(alias).ifPresent(view -> view.finished(statusText, ok));
        runOnFx(() -> setState(alias, ok ? HostRunState.OK : HostRunState.FAILED));
    }

    /** Adapts these tabs to a step run: live output per host, each command's end, each host's outcome. */
    public RunListener listener() {
        return new RunListener() {
            @Override
            public OutputSink outputOf(HostTarget host) {
                return HostOutputTabs.this.outputOf(host);
            }

            @Override
            public void commandEnded(HostTarget host, EvidenceEntry entry) {
                viewFor(host.alias()).ifPresent(OutputView::endOfCommand);
            }

            @Override
            public void hostFinished(HostOutcome outcome) {
                HostOutputTabs.this.hostFinished(outcome.hostAlias(), OutcomeText.of(outcome), outcome.passed());
            }
        };
    }

    /** The view of one host, if it has a tab. */
    public Optional<OutputView> view(String alias) {
        return Optional.ofNullable(views.get(alias));
    }

    /** A host's badge state as shown; empty for a host without a tab. */
    public Optional<HostRunState> state(String alias) {
        return Optional.ofNullable(badges.get(alias)).map(badge -> (HostRunState) badge.getUserData());
    }

    /** Tab ids, node ids: an alias with dots or other signs becomes {@code web_1_prod}. */
    static String idOf(String alias) {
        return alias.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private OutputView addHost(String alias) {
        OutputView existing = views.get(alias);
        if (existing != null) {
            return existing;
        }
        OutputView view = new OutputView(() -> openFullOutput.accept(alias), maxLines, maxLineChars, turns, pacer);
        view.setId("output-" + idOf(alias));
        Label badge = new Label();
        badge.setId("host-state-" + idOf(alias));
        Tab tab = new Tab(alias, view);
        tab.setId("host-tab-" + idOf(alias));
        tab.setGraphic(badge);
        badges.put(alias, badge);
        views.put(alias, view);
        setState(alias, HostRunState.RUNNING);
        getTabs().add(tab);
        return view;
    }

    private void setState(String alias, HostRunState state) {
        Label badge = badges.get(alias);
        if (badge == null) {
            return;
        }
        badge.setUserData(state);
        badge.setText(state.label());
        badge.getStyleClass().setAll("label", "host-state", state.styleClass());
    }

    private Optional<OutputView> viewFor(String alias) {
        OutputView view = views.get(alias);
        if (view != null || Platform.isFxApplicationThread()) {
            return Optional.of(view != null ? view : addHost(alias));
        }
        // A host the window was not told about: open its tab on the FX thread and wait for it (once per host).
        FutureTask<OutputView> open = new FutureTask<>(() -> addHost(alias));
        Platform.runLater(open);
        try {
            return Optional.of(open.get(OPEN_TAB_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (TimeoutException e) {
            // The output still reaches the evidence store; only the live view of this host is missing.
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not open the output tab for " + alias, e.getCause());
        }
    }

    private static void runOnFx(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
        } else {
            Platform.runLater(work);
        }
    }
}
