package dev.incidentconsole.ui.evidence;

import atlantafx.base.controls.CustomTextField;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.ui.common.Icons;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The timeline's filters: kind, host, step, exit status and free text. Choices hold plain strings where the
 * empty string stands for "any", since a host alias or step id is never empty.
 */
final class TimelineFilterBar extends FlowPane {

    static final String ANY = "";

    private final ComboBox<String> kind = choice("filter-kind", "Any kind", k -> TimelineText.words(k));
    private final ComboBox<String> host = choice("filter-host", "Any host", h -> h);
    private final ComboBox<String> step = choice("filter-step", "Any step", s -> s);
    private final ComboBox<TimelineExitFilter> exit = new ComboBox<>();
    private final CustomTextField text = new CustomTextField();
    private final ObjectProperty<TimelineFilter> filter = new SimpleObjectProperty<>(this, "filter", TimelineFilter.all());

    TimelineFilterBar() {
        super(8, 6);
        setId("timeline-filters");
        getStyleClass().add("timeline-filters");
        setAlignment(Pos.CENTER_LEFT);
        List<String> kinds = new ArrayList<>(List.of(ANY));
        for (EntryKind k : EntryKind.values()) {
            kinds.add(k.name());
        }
        kind.getItems().setAll(kinds);
        kind.setValue(ANY);
        exit.setId("filter-exit");
        exit.getItems().setAll(TimelineExitFilter.values());
        exit.setValue(TimelineExitFilter.ANY);
        exit.setTooltip(new Tooltip("Succeeded or failed commands and collected files"));
        text.setId("filter-text");
        text.setPromptText("Filter commands, notes, hosts\u2026");
        text.setLeft(Icons.icon(MaterialDesignF.FILTER_VARIANT, "filter-icon"));
        text.setTooltip(new Tooltip("Keep entries containing this text (Escape clears)"));
        text.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !text.getText().isEmpty()) {
                event.consume();
                text.clear();
            }
        });
        Button clear = new Button("Clear filters", Icons.icon(MaterialDesignF.FILTER_REMOVE_OUTLINE));
        clear.setId("filter-clear");
        clear.setOnAction(event -> clear());
        clear.disableProperty().bind(filter.isEqualTo(TimelineFilter.all()));
        getChildren().addAll(labelled("_Kind", kind), labelled("H_ost", host), labelled("Ste_p", step),
                labelled("Exit stat_us", exit), labelled("Filte_r", text), clear);
        kind.valueProperty().addListener((obs, was, now) -> update());
        host.valueProperty().addListener((obs, was, now) -> update());
        step.valueProperty().addListener((obs, was, now) -> update());
        exit.valueProperty().addListener((obs, was, now) -> update());
        text.textProperty().addListener((obs, was, now) -> update());
    }

    ReadOnlyObjectProperty<TimelineFilter> filterProperty() {
        return filter;
    }

    /** Offers the hosts and steps the timeline holds, keeping the current choice. */
    void offerChoices(Collection<String> hosts, Collection<String> steps) {
        offer(host, hosts);
        offer(step, steps);
    }

    void clear() {
        kind.setValue(ANY);
        host.setValue(ANY);
        step.setValue(ANY);
        exit.setValue(TimelineExitFilter.ANY);
        text.clear();
    }

    void focusText() {
        text.requestFocus();
        text.selectAll();
    }

    private void update() {
        String k = orAny(kind.getValue());
        filter.set(new TimelineFilter(k == null ? null : EntryKind.valueOf(k), orAny(host.getValue()),
                orAny(step.getValue()), exit.getValue(), text.getText()));
    }

    static String orAny(String value) {
        return value == null || value.equals(ANY) ? null : value;
    }

    private static void offer(ComboBox<String> box, Collection<String> values) {
        String chosen = box.getValue();
        List<String> items = new ArrayList<>();
        items.add(ANY);
        values.stream().filter(v -> v != null && !v.isEmpty()).distinct().sorted().forEach(items::add);
        if (chosen != null && !items.contains(chosen)) {
            items.add(chosen);
        }
        if (!items.equals(box.getItems())) {
            box.getItems().setAll(items);
            box.setValue(chosen == null ? ANY : chosen);
        }
    }

    static ComboBox<String> choice(String id, String anyLabel, Function<String, String> label) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(ANY);
        box.setValue(ANY);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.equals(ANY) ? anyLabel : label.apply(value);
            }

            @Override
            public String fromString(String shown) {
                return shown;
            }
        });
        return box;
    }

    static HBox labelled(String mnemonicText, Node control) {
        Label label = new Label(mnemonicText);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.getStyleClass().add("filter-label");
        HBox pair = new HBox(6, label, control);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }
}
