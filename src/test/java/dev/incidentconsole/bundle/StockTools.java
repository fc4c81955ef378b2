package dev.incidentconsole.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The tools an analyst has without our console: ssh-keygen, sha256sum, sh. Tests that need them fail (not skip)
 * when they are missing: CI installs openssh-client and coreutils.
 */
public final class StockTools {

    public record Result(int exitCode, String output) {
    }

    private StockTools() {
    }

    /** Runs {@code command} in {@code dir}, stdin from /dev/null unless the command redirects it. */
    public static Result run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within a minute");
        }
        return new Result(process.exitValue(), output);
    }

    /** A shell line, exactly as a person would paste it. */
    public static Result shell(Path dir, String line) throws IOException, InterruptedException {
        return run(dir, List.of("sh", "-c", line));
    }

    /** A new unencrypted ed25519 key {@code dir/name} (and .pub), made by ssh-keygen. */
    public static Path newKey(Path dir, String name) throws IOException, InterruptedException {
        Result made = run(dir, List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f",
                dir.resolve(name).toString()));
        if (made.exitCode() != 0) {
            throw new AssertionError("ssh-keygen could not make a key (install openssh-client): " + made.output());
        }
        return dir.resolve(name);
    }
}
