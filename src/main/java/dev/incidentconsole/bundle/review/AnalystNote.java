package dev.incidentconsole.bundle.review;

import java.time.Instant;
import java.util.Objects;

/**
 * What an analyst wrote about a bundle. {@code seq} names the timeline entry the note is about, or is null for a
 * note about the bundle as a whole.
 */
public record AnalystNote(String author, Instant at, String text, Long seq) {

    public AnalystNote {
        Objects.requireNonNull(at, "at");
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("a note needs the name of the analyst who writes it");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a note needs some text");
        }
        if (seq != null && seq < 1) {
            throw new IllegalArgumentException("entries count from 1; there is no entry #" + seq);
        }
        text = text.strip();
    }
}
