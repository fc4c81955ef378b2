package dev.incidentconsole.ui.evidence;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Keeps a list scrolled to its newest row while the responder has not scrolled away. Scrolling up, paging up,
 * grabbing the scroll bar or clicking a row stops following; coming back to the end (End, scrolling or dragging
 * down to the last row) starts it again. The state is a property so a toggle button can show and change it.
 */
final class TailFollower {

    private final ListView<?> list;
    private final BooleanProperty following = new SimpleBooleanProperty(this, "following", true);

    TailFollower(ListView<?> list) {
        this.list = list;
        list.addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.getDeltaY() > 0) {
                following.set(false);
            } else if (event.getDeltaY() < 0) {
                followIfAtEndAfterLayout();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case UP, PAGE_UP, HOME -> following.set(false);
                case END -> following.set(true);
                case DOWN, PAGE_DOWN -> followIfAtEndAfterLayout();
                default -> { }
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> following.set(false));
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            if (insideScrollBar(event.getPickResult().getIntersectedNode())) {
                followIfAtEndAfterLayout();
            }
        });
        following.addListener((obs, was, now) -> {
            if (now) {
                scrollToEnd();
            }
        });
    }

    BooleanProperty followingProperty() {
        return following;
    }

    /** After new rows: keeps the newest in view when following. */
    void rowsChanged() {
        if (following.get()) {
            scrollToEnd();
        }
    }

    void scrollToEnd() {
        // One past the last row: the list view then takes the new row count and puts its flow at the very end
        // (position 1). Asking for the last row itself stops short of the end, with that row still out of view.
        list.scrollTo(list.getItems().size());
    }

    /** Whether the newest row is on screen. */
    boolean atEnd() {
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            return true;
        }
        IndexedCell<?> last = flow.getLastVisibleCell();
        return last == null || last.getIndex() >= list.getItems().size() - 1;
    }

    private void followIfAtEndAfterLayout() {
        // The list moves in its own handler, after this filter; look once it has.
        Platform.runLater(() -> following.set(atEnd()));
    }

    private VirtualFlow<?> flow() {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }

    private static boolean insideScrollBar(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof ScrollBar) {
                return true;
            }
        }
        return false;
    }
}
