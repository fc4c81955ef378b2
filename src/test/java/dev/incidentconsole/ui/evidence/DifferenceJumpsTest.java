package dev.incidentconsole.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.ui.evidence.CompareGrid.Difference;
import dev.incidentconsole.ui.evidence.DifferenceJumps.Jump;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Moving between differences from wherever the responder is, and what the label says about it. */
class DifferenceJumpsTest {

    private final DifferenceJumps jumps = new DifferenceJumps(List.of(
            new Difference(4, 6), new Difference(20, 20), new Difference(40, 45)));

    @Test
    void theFirstJumpEitherWayGoesToTheFirstDifference() {
        assertThat(jumps.next(-1)).contains(new Jump(0, 4, false));
        assertThat(jumps.previous(-1)).contains(new Jump(0, 4, false));
    }

    @Test
    void nextAndPreviousMoveFromTheSelectedRowAndWrapAtTheEnds() {
        assertThat(jumps.next(4)).contains(new Jump(1, 20, false));
        assertThat(jumps.next(5)).contains(new Jump(1, 20, false));
        assertThat(jumps.next(12)).contains(new Jump(1, 20, false));
        assertThat(jumps.next(40)).contains(new Jump(0, 4, true));
        assertThat(jumps.previous(40)).contains(new Jump(1, 20, false));
        assertThat(jumps.previous(43)).as("from inside a difference, back to its start").contains(new Jump(2, 40, false));
        assertThat(jumps.previous(4)).contains(new Jump(2, 40, true));
        assertThat(jumps.previous(0)).contains(new Jump(2, 40, true));
    }

    @Test
    void theLabelSaysWhichDifferenceAndWhenItWrapped() {
        assertThat(jumps.describe(-1, false)).isEqualTo("3 differences");
        assertThat(jumps.describe(5, false)).isEqualTo("difference 1 of 3");
        assertThat(jumps.describe(10, false)).isEqualTo("3 differences");
        assertThat(jumps.describe(40, true)).isEqualTo("difference 3 of 3 \u00b7 wrapped to the last");
        assertThat(jumps.describe(4, true)).isEqualTo("difference 1 of 3 \u00b7 wrapped to the first");
        assertThat(jumps.indexAt(45)).isEqualTo(2);
        assertThat(jumps.indexAt(46)).isEqualTo(-1);
    }

    @Test
    void withoutDifferencesThereIsNowhereToGo() {
        DifferenceJumps none = new DifferenceJumps(List.of());
        assertThat(none.next(-1)).isEmpty();
        assertThat(none.previous(3)).isEmpty();
        assertThat(none.describe(3, false)).isEqualTo("no differences");
        assertThat(new DifferenceJumps(List.of(new Difference(2, 2))).describe(0, false)).isEqualTo("1 difference");
    }
}
