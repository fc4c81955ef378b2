package dev.incidentconsole.remote.ssh;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** OpenSSH's ssh-keygen as an independent witness; tests that need it are skipped where it is absent. */
final class SshKeygen {

    private SshKeygen() {
    }

    static void assumeAvailable() {
        assumeTrue(find() != null, "ssh-keygen is not on the PATH; skipping the comparison with OpenSSH's own output");
    }

    private static Path find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "ssh-keygen");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Runs ssh-keygen with {@code args}; returns stdout. Fails the test on a non-zero exit. */
    static String run(String... args) throws IOException, InterruptedException {
        Result result = tryRun(args);
        if (result.exitCode() != 0) {
            throw new AssertionError("ssh-keygen " + String.join(" ", args) + " exited " + result.exitCode()
                    + ": " + result.output());
        }
        return result.output();
    }

    static Result tryRun(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(find().toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("ssh-keygen " + String.join(" ", args) + " did not finish");
        }
        return new Result(process.exitValue(), output);
    }

    /** Generates a key pair of {@code type} (e.g. ed25519, ecdsa) in {@code dir}; returns the .pub line. */
    static String generate(Path dir, String type, int bits) throws IOException, InterruptedException {
        Path key = dir.resolve("key-" + type + "-" + bits);
        List<String> args = new ArrayList<>(List.of("-q", "-t", type, "-N", "", "-C", "test", "-f", key.toString()));
        if (bits > 0) {
            args.addAll(List.of("-b", Integer.toString(bits)));
        }
        run(args.toArray(String[]::new));
        return Files.readString(dir.resolve(key.getFileName() + ".pub")).strip();
    }

    /** The SHA256 fingerprint ssh-keygen prints for a public key or known_hosts file's first key. */
    static String fingerprint(Path file) throws IOException, InterruptedException {
        // Output: "256 SHA256:xxxx comment (ECDSA)"
        return run("-l", "-E", "sha256", "-f", file.toString()).strip().split("\\s+")[1];
    }

    record Result(int exitCode, String output) {
    }
}
