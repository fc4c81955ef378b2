package dev.incidentconsole.remote;

/** How a command ended on one host, precise enough to say what happened in words. */
public enum ExecStatus {
    SUCCEEDED("exited 0"),
    FAILED("exited with an error code"),
    KILLED_BY_SIGNAL("was killed by a signal"),
    TIMED_OUT("ran past its timeout and was stopped"),
    CANCELLED("was cancelled"),
    CONNECTION_LOST("lost its connection before it finished"),
    UNREACHABLE("could not reach the host"),
    HOST_KEY_UNKNOWN("host key is not known and was not approved"),
    HOST_KEY_CHANGED("host key has changed"),
    AUTHENTICATION_FAILED("authentication failed");

    private final String words;

    ExecStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** True when the command ran to its end (whatever its exit code). */
    public boolean ranToEnd() {
        return this == SUCCEEDED || this == FAILED || this == KILLED_BY_SIGNAL;
    }
}
