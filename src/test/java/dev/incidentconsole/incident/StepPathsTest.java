package dev.incidentconsole.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidentconsole.runbook.MarkdownRunbookParser;
import dev.incidentconsole.runbook.Step;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Parameter values in the paths of a collect step: one segment each, except a path parameter opening the path. */
class StepPathsTest {

    private static Step step(String... paths) {
        String text = String.join("\n", "---", "id: keep", "title: Keep", "parameters:", "  - name: DIR", "    type: path",
                "  - name: FILE", "    type: identifier", "---", "# Keep", "", "## Look", "", "1. **Keep the files**",
                "   ```collect", "   " + String.join("\n   ", paths), "   ```", "");
        return new MarkdownRunbookParser().parse("keep.md", text.getBytes(StandardCharsets.UTF_8), false).runbooks().get(0)
                .steps().findFirst().orElseThrow();
    }

    @Test
    void aPathParameterMayOpenThePathWithAWholeDirectory() {
        Step step = step("${DIR}/${FILE}", "/etc/systemd/system/${FILE}");

        assertThat(StepPaths.resolve(step, Map.of("DIR", "/etc/mcp-server/", "FILE", "relay.yaml"), Set.of("DIR")))
                .containsExactly("/etc/mcp-server/relay.yaml", "/etc/systemd/system/relay.yaml");
    }

    @Test
    void anOpeningDirectoryMustBeAbsoluteAndStayWhereItSays() {
        Step step = step("${DIR}/config.yaml");
        for (String bad : List.of("etc/mcp", "/etc/../root", "/etc/mcp\n/root")) {
            assertThatThrownBy(() -> StepPaths.resolve(step, Map.of("DIR", bad), Set.of("DIR")))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parameter DIR");
        }
    }

    @Test
    void elsewhereInThePathEvenAPathParameterFillsOneSegmentOnly() {
        Step step = step("/srv/${DIR}/config.yaml");

        assertThatThrownBy(() -> StepPaths.resolve(step, Map.of("DIR", "/etc/mcp"), Set.of("DIR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parameter DIR").hasMessageContaining("'/'");
    }
}
