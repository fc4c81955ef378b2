package dev.incidentconsole.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandSpecTest {

    @Test
    void parametersTravelAsSingleQuotedAssignmentsInFrontOfTheShell() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVICE", "mcp.service");
        env.put("NOTE", "it's $(bad)");
        CommandSpec spec = new CommandSpec("systemctl status \"${SERVICE}\"", "bash", env, Duration.ofSeconds(5));

        assertThat(spec.remoteCommandLine("incident-console-1a2b")).isEqualTo(
                "exec env SERVICE='mcp.service' NOTE='it'\\''s $(bad)' bash --norc -c 'systemctl status \"${SERVICE}\"' "
                        + "incident-console-1a2b </dev/null");
    }

    @Test
    void withoutParametersThereIsNoEnv() {
        assertThat(CommandSpec.bash("uptime", null).remoteCommandLine("incident-console-1")).isEqualTo(
                "exec bash --norc -c 'uptime' incident-console-1 </dev/null");
        assertThat(new CommandSpec("uptime", "sh", Map.of(), null).remoteCommandLine("incident-console-1")).isEqualTo(
                "exec sh -c 'uptime' incident-console-1 </dev/null");
    }

    @Test
    void refusesWhatNoShellCanCarrySafely() {
        assertThatThrownBy(() -> new CommandSpec("true", "bash", Map.of("bad name", "x"), null))
                .hasMessageContaining("bad name");
        assertThatThrownBy(() -> new CommandSpec("true", "bash", Map.of("X", "a\0b"), null)).hasMessageContaining("NUL");
        assertThatThrownBy(() -> new CommandSpec("true", "zsh; rm -rf /", Map.of(), null)).hasMessageContaining("shell");
        assertThatThrownBy(() -> CommandSpec.bash("true", null).remoteCommandLine("x; reboot"))
                .hasMessageContaining("run tag");
    }

    @Test
    void singleQuotingKeepsEveryCharacterLiteral() {
        assertThat(CommandSpec.singleQuoted("")).isEqualTo("''");
        assertThat(CommandSpec.singleQuoted("a'b")).isEqualTo("'a'\\''b'");
        assertThat(CommandSpec.singleQuoted("$HOME `id` \\n")).isEqualTo("'$HOME `id` \\n'");
    }
}
