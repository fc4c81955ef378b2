package dev.incidentconsole.remote;

/** What was wrong with a file that was asked for, as opposed to what happened to the connection. */
public enum FileProblem {
    NOT_FOUND("does not exist"),
    PERMISSION_DENIED("could not be read: permission denied"),
    NOT_A_REGULAR_FILE("is not a regular file"),
    CHANGED_WHILE_READING("changed while it was being read"),
    TOO_LARGE("is larger than the collection limit"),
    READ_ERROR("could not be read");

    private final String words;

    FileProblem(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
