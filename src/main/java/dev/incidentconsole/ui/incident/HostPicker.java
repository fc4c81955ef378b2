package dev.incidentconsole.ui.incident;

import dev.incidentconsole.remote.HostInventory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Chooses the incident's hosts: every host of ssh_config and the saved hosts, each with a box to tick (Space
 * ticks the focused one), and a button per saved group that ticks its members.
 */
final class HostPicker extends VBox {

    private final Map<String, BooleanProperty> ticked = new LinkedHashMap<>();
    private final ListView<String> list = new ListView<>();
    private final ObservableList<String> chosen = FXCollections.observableArrayList();

    HostPicker(HostInventory inventory) {
        super(6);
        Set<String> names = new LinkedHashSet<>(inventory.aliases());
        inventory.groups().values().forEach(names::addAll);
        for (String name : names) {
            BooleanProperty box = new SimpleBooleanProperty(false);
            box.addListener((obs, was, now) -> updateChosen());
            ticked.put(name, box);
        }
        list.setId("host-choice");
        list.setPrefHeight(140);
        list.getItems().setAll(names);
        list.setCellFactory(CheckBoxListCell.forListView(ticked::get));
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            String focused = list.getFocusModel().getFocusedItem();
            if (event.getCode() == KeyCode.SPACE && focused != null) {
                event.consume();
                ticked.get(focused).set(!ticked.get(focused).get());
            }
        });
        FlowPane groups = new FlowPane(6, 6);
        groups.getStyleClass().add("host-groups");
        inventory.groups().forEach((name, members) -> {
            Button group = new Button("@" + name);
            group.setId("group-" + name);
            group.setMnemonicParsing(false);
            group.setTooltip(new Tooltip("Tick " + String.join(", ", members)));
            group.setOnAction(event -> members.forEach(member -> ticked.get(member).set(true)));
            groups.getChildren().add(group);
        });
        getChildren().add(list);
        if (!groups.getChildren().isEmpty()) {
            getChildren().add(groups);
        }
    }

    private void updateChosen() {
        List<String> now = new ArrayList<>();
        ticked.forEach((name, box) -> {
            if (box.get()) now.add(name);
        });
        chosen.setAll(now);
    }

    /** The ticked hosts, in the inventory's order. */
    ObservableList<String> chosen() {
        return FXCollections.unmodifiableObservableList(chosen);
    }

    /** Ticks a host by name, as a click on its box would. */
    void tick(String alias) {
        BooleanProperty box = ticked.get(alias);
        if (box != null) box.set(true);
    }
}
