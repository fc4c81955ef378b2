package dev.incidentconsole.ui.evidence;

import static dev.incidentconsole.ui.evidence.TimelineEvidence.fx;
import static dev.incidentconsole.ui.evidence.TimelineEvidence.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.EvidenceStoreException;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.SearchHit;
import dev.incidentconsole.evidence.SearchQuery;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Searching a real incident's evidence in a real H2 store, through the search pane in a real stage. */
class SearchPaneTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final List<SearchHit> opened = new CopyOnWriteArrayList<>();
    private TimelineEvidence evidence;
    private SearchPane pane;

    @BeforeEach
    void createEvidence() throws Exception {
        evidence = TimelineEvidence.create(dir);
        evidence.awaitIndexed();
    }

    @AfterEach
    void close() throws Exception {
        evidence.close();
    }

    private void show(EvidenceStore store) throws Exception {
        IncidentRecord incident = evidence.store().incident(evidence.incidentId()).orElseThrow();
        TimelineEvidence.showInStage(() -> pane = new SearchPane(store, incident, List.of("check-service", "read-logs"),
                evidence.tasks(), Clock.systemUTC(), opened::add));
    }

    @Test
    void findsAWordInACommandsOutputWithTheWordMarkedAndOpensTheChosenHit() throws Exception {
        show(evidence.store());
        robot.clickOn("#search-query").write("memory");
        waitUntil(() -> results().size() == 1);
        assertThat(results().get(0).entry().seq()).isEqualTo(2L);
        assertThat(message()).isEqualTo("1 entry matches, newest first.");
        // The result cell is laid out on a later pulse than the results arrive.
        waitUntil(() -> !robot.lookup(".search-match").queryAll().isEmpty());
        assertThat(fx(() -> robot.lookup(".search-match").queryAllAs(Text.class).stream().map(Text::getText).toList()))
                .containsExactly("memory");

        robot.push(KeyCode.DOWN);
        waitUntil(() -> opened.size() == 1);
        assertThat(opened.get(0).entry().seq()).isEqualTo(2L);
        assertThat(opened.get(0).snippet()).contains("memory pressure detected");
    }

    @Test
    void findsANote() throws Exception {
        show(evidence.store());
        robot.clickOn("#search-query").write("customer").push(KeyCode.ENTER);
        waitUntil(() -> results().size() == 1);
        assertThat(results().get(0).entry().text()).isEqualTo(TimelineEvidence.NOTE);
    }

    @Test
    void theHostFilterNarrowsTheResults() throws Exception {
        show(evidence.store());
        robot.clickOn("#search-query").write("systemctl");
        waitUntil(() -> results().size() == 2);
        assertThat(results()).extracting(hit -> hit.entry().hostAlias()).containsExactlyInAnyOrder("web1", "web2");

        fx(() -> {
            ComboBox<String> host = robot.lookup("#search-host").queryComboBox();
            host.setValue("web2");
            return null;
        });
        waitUntil(() -> results().size() == 1);
        assertThat(results().get(0).entry().seq()).isEqualTo(3L);
        assertThat(message()).isEqualTo("1 entry matches (host web2), newest first.");

        fx(() -> {
            ComboBox<TimelineExitFilter> exit = robot.lookup("#search-exit").queryComboBox();
            exit.setValue(TimelineExitFilter.FAILED);
            return null;
        });
        waitUntil(() -> results().isEmpty());
        assertThat(message()).isEqualTo("No entry contains \u201csystemctl\u201d (host web2, failed or cut short). "
                + "Try fewer words or filters.");
    }

    @Test
    void saysSoWhenNothingMatchesOrTheQueryHasNoWord() throws Exception {
        show(evidence.store());
        robot.clickOn("#search-query").write("qqzz");
        waitUntil(() -> message().startsWith("No entry"));
        assertThat(message()).isEqualTo("No entry contains \u201cqqzz\u201d. Try fewer words or filters.");

        robot.push(KeyCode.ESCAPE).write("a ;");
        waitUntil(() -> message().equals("Search words need at least two letters or digits."));
        assertThat(results()).isEmpty();
    }

    @Test
    void aSlowEarlierSearchNeverReplacesTheResultsOfALaterOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger slowDone = new AtomicInteger();
        show(intercepting(evidence.store(), (query, search) -> {
            if (!"memory".equals(query)) {
                return search.call();
            }
            release.await(10, TimeUnit.SECONDS);
            try {
                return search.call();
            } finally {
                slowDone.incrementAndGet();
            }
        }));
        fx(() -> {
            TextField query = robot.lookup("#search-query").queryAs(TextField.class);
            query.setText("memory");
            pane.search();
            query.setText("customer");
            pane.search();
            return null;
        });
        // Let the debounced search of the last text finish too, so only the slow one is still out.
        Thread.sleep((long) SearchPane.DEBOUNCE.toMillis() * 2);
        waitUntil(() -> results().size() == 1 && message().startsWith("1 entry"));
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> slowDone.get() == 1);
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(results()).singleElement().satisfies(hit -> assertThat(hit.entry().seq()).isEqualTo(4L));
    }

    @Test
    void aFailingSearchIsExplainedInWords() throws Exception {
        show(intercepting(evidence.store(), (query, search) -> {
            throw new EvidenceStoreException("the evidence store is closed", null);
        }));
        robot.clickOn("#search-query").write("memory").push(KeyCode.ENTER);
        waitUntil(() -> message().startsWith("Search failed"));
        assertThat(message()).isEqualTo("Search failed: the evidence store is closed");
    }

    @Test
    void shortcutsPutTheKeyboardInTheQueryField() throws Exception {
        show(evidence.store());
        robot.clickOn("#search-exit");
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !robot.lookup("#search-query").query().isFocused());
        robot.push((KeyCodeCombination) SearchPane.FOCUS_QUERY);
        waitUntil(() -> robot.lookup("#search-query").query().isFocused());
    }

    interface Interceptor {
        List<SearchHit> search(String words, Callable<List<SearchHit>> search) throws Exception;
    }

    /** The real store, with its search calls going through {@code interceptor} first. */
    private static EvidenceStore intercepting(EvidenceStore real, Interceptor interceptor) {
        return (EvidenceStore) Proxy.newProxyInstance(EvidenceStore.class.getClassLoader(), new Class<?>[] {EvidenceStore.class},
                (proxy, method, args) -> {
                    try {
                        if (method.getName().equals("search")) {
                            SearchQuery query = (SearchQuery) args[0];
                            return interceptor.search(query.text(), () -> real.search(query));
                        }
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private List<SearchHit> results() throws Exception {
        return fx(() -> {
            @SuppressWarnings("unchecked")
            ListView<SearchHit> list = robot.lookup("#search-results").queryAs(ListView.class);
            return List.copyOf(list.getItems());
        });
    }

    private String message() throws Exception {
        return fx(() -> robot.lookup("#search-message").queryAs(Label.class).getText());
    }
}
