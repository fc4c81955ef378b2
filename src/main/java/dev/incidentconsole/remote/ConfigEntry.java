package dev.incidentconsole.remote;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * One meaningful line of a read ssh_config, kept in file order so a host can be resolved by walking the lines
 * as OpenSSH does. Values are checked when read; a {@link Setting} only applies what was valid.
 */
sealed interface ConfigEntry {

    /** {@code Host pattern ...}: the lines up to the next Host or Match apply when the alias matches. */
    record HostLine(List<String> patterns) implements ConfigEntry {
        public HostLine {
            patterns = List.copyOf(patterns);
        }
    }

    /** {@code Match ...}: only {@code Match all} applies; every other Match block is skipped. */
    record MatchLine(boolean all) implements ConfigEntry {
    }

    /** A keyword we understand, with its checked value ready to offer to the host's options. */
    record Setting(String keyword, Consumer<HostOptions> apply) implements ConfigEntry {
    }

    /** {@code Include}: the files it named that could be read, in glob order. */
    record Include(List<ConfigFile> files) implements ConfigEntry {
        public Include {
            files = List.copyOf(files);
        }
    }

    /** A file and its entries. */
    record ConfigFile(Path path, List<ConfigEntry> entries) {
        public ConfigFile {
            entries = List.copyOf(entries);
        }
    }
}
