package dev.incidentconsole.bundle.archive;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one file's content into a bundle, for producers (report writers, JSON) that push bytes. */
@FunctionalInterface
public interface EntryContent {

    /** Closing {@code out} is allowed and does not end the bundle; writing after returning fails. */
    void writeTo(OutputStream out) throws IOException;
}
