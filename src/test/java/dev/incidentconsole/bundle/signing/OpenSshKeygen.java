package dev.incidentconsole.bundle.signing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * OpenSSH's ssh-keygen, the independent witness for every signature and key file here. Its absence fails the
 * tests with a message rather than skipping them: CI installs openssh-client.
 */
final class OpenSshKeygen {

    private OpenSshKeygen() {
    }

    static Path binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "ssh-keygen");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("ssh-keygen is not on the PATH; install openssh-client (these tests compare with OpenSSH)");
    }

    static Result run(Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(binary().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null")) : ProcessBuilder.Redirect.from(stdin.toFile()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("ssh-keygen " + String.join(" ", args) + " did not finish");
        }
        return new Result(process.exitValue(), output);
    }

    /** Runs and fails the test on a non-zero exit; returns the output. */
    static String succeed(String... args) throws IOException, InterruptedException {
        Result result = run(null, args);
        if (result.exitCode() != 0) {
            throw new AssertionError("ssh-keygen " + String.join(" ", args) + " exited " + result.exitCode() + ": " + result.output());
        }
        return result.output();
    }

    /** A new key {@code dir/name} of {@code type} ({@code ed25519}, {@code ecdsa}, {@code rsa}); extra args e.g. -b 384. */
    static Path generate(Path dir, String name, String type, String passphrase, String... extra) throws IOException, InterruptedException {
        Path key = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("-q", "-t", type, "-N", passphrase, "-C", name, "-f", key.toString()));
        args.addAll(List.of(extra));
        succeed(args.toArray(String[]::new));
        return key;
    }

    /** {@code ssh-keygen -Y sign}; returns the armored signature it wrote. */
    static String sign(Path key, String namespace, Path message, String... extra) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("-Y", "sign", "-f", key.toString(), "-n", namespace));
        args.addAll(List.of(extra));
        args.add(message.toString());
        succeed(args.toArray(String[]::new));
        Path signature = Path.of(message + ".sig");
        String text = Files.readString(signature);
        Files.delete(signature);
        return text;
    }

    /** {@code ssh-keygen -Y verify} with the message on stdin, exactly as VERIFY.txt tells an analyst. */
    static Result verify(Path allowedSigners, String principal, String namespace, Path signature, Path message)
            throws IOException, InterruptedException {
        return run(message, "-Y", "verify", "-f", allowedSigners.toString(), "-I", principal, "-n", namespace,
                "-s", signature.toString());
    }

    /** The {@code SHA256:} fingerprint ssh-keygen prints for a key file. */
    static String fingerprint(Path keyFile) throws IOException, InterruptedException {
        return succeed("-l", "-E", "sha256", "-f", keyFile.toString()).strip().split("\\s+")[1];
    }

    /** {@code type base64} of a .pub file, without its comment. */
    static String publicKeyLine(Path publicKeyFile) throws IOException {
        String[] parts = Files.readString(publicKeyFile).strip().split("\\s+");
        return parts[0] + " " + parts[1];
    }

    record Result(int exitCode, String output) {
    }
}
