package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CollectedFile;
import dev.incidentconsole.remote.FileSink;
import dev.incidentconsole.remote.HostInventory;
import dev.incidentconsole.remote.ssh.SshTransport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "collect", description = {
        "Fetch a file from hosts over SFTP, hashing it (SHA-256) as it arrives; the remote file is never changed.",
        "Each copy is written to DIR/ALIAS/NAME. Exit code 0 only when every copy is whole and unchanged."})
final class CollectCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    HostSelection selection;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".", description = "Where copies go (default: here).")
    Path output;


    @Parameters(paramLabel = "REMOTE_PATH", arity = "1", description = "The absolute path of the file on the hosts, after --.")
    String remotePath;

    CollectCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!remotePath.startsWith("/")) throw new Cli.UsageProblem("the remote path must be absolute: " + remotePath);
        String name = Path.of(remotePath).getFileName() == null ? "root" : Path.of(remotePath).getFileName().toString();
        HostInventory inventory = selection.inventory(wiring, err);
        List<String> aliases = selection.aliases(inventory);
        for (String alias : aliases) {
            if (Files.exists(output.resolve(alias).resolve(name))) {
                throw new Cli.UsageProblem(output.resolve(alias).resolve(name) + " already exists; collected copies are never overwritten");
            }
        }
        TerminalPrompts prompts = selection.prompts(err);
        int whole = 0;
        try (SshTransport transport = wiring.sshTransport(inventory, prompts.hostKeys(), prompts.passphrases())) {
            for (String alias : aliases) {
                Path target = Files.createDirectories(output.resolve(alias)).resolve(name);
                CollectedFile file;
                try (OutputStream copy = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.CREATE_NEW), 1 << 16)) {
                    file = transport.collect(inventory.resolve(alias), remotePath, toStream(copy), new Cancellation());
                }
                if (file.bytesReceived() == 0 && !file.complete()) {
                    Files.deleteIfExists(target);
                }
                if (file.complete()) whole++;
                out.println(describe(file, target));
            }
        }
        out.printf("%d of %d cop%s whole%n", whole, aliases.size(), aliases.size() == 1 ? "y" : "ies");
        return whole == aliases.size() ? Cli.OK : Cli.FINDINGS;
    }

    private static FileSink toStream(OutputStream copy) {
        return (data, offset, length) -> {
            try {
                copy.write(data, offset, length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static String describe(CollectedFile file, Path target) {
        if (!file.complete() && file.bytesReceived() == 0) {
            return file.detail();
        }
        StringBuilder line = new StringBuilder(file.hostAlias()).append(':').append(file.resolvedPath())
                .append("  ").append(file.bytesReceived()).append(" bytes  sha256 ").append(file.sha256());
        if (file.mode() != null) line.append("  mode ").append(file.mode());
        if (file.mtime() != null) line.append("  mtime ").append(file.mtime());
        line.append("  -> ").append(target);
        if (!file.complete()) line.append("\n  ").append(file.detail());
        return line.toString();
    }
}
