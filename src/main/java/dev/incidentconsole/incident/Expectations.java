package dev.incidentconsole.incident;

import dev.incidentconsole.remote.ExecResult;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.runbook.Command;
import java.util.Optional;

/** Decides whether one command passed on one host: it ran to its end, exited as expected, printed what was expected. */
final class Expectations {

    private Expectations() {
    }

    /** Empty when the command passed, otherwise why not, in words. */
    static Optional<String> failure(Command command, ExecResult result, String stdoutHead) {
        if (result.status() != ExecStatus.SUCCEEDED && result.status() != ExecStatus.FAILED) {
            return Optional.of(result.describe());
        }
        if (!command.exitCodeExpected(result.exitCode())) {
            return Optional.of("exited " + result.exitCode() + ", expected " + command.expectExit());
        }
        if (command.expect() != null && !command.expect().matcher(stdoutHead).find()) {
            return Optional.of("output does not match /" + command.expect().pattern() + "/"
                    + (stdoutHead.length() >= CaptureSink.EXPECT_WINDOW ? " in its first MiB" : ""));
        }
        return Optional.empty();
    }
}
