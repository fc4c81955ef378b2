package dev.incidentconsole.bundle;

import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EvidenceEntry;

/**
 * One line of timeline.jsonl: the entry's canonical JSON exactly as {@link EntryHashing} hashes it, with
 * {@code "entryHash"} appended as the last key. Cutting the line before {@code ,"entryHash":} therefore gives the
 * very bytes whose SHA-256 the entry hash is, and any JSON reader that drops {@code entryHash} and writes the rest
 * canonically gets them back too (docs/EVIDENCE.md shows how in Python).
 */
public final class TimelineLine {

    private static final String HASH_KEY = ",\"entryHash\":\"";

    private TimelineLine() {
    }

    /** The line for {@code entry}, without its line break. */
    public static String format(EvidenceEntry entry) {
        String canonical = EntryHashing.canonicalJson(entry);
        return canonical.substring(0, canonical.length() - 1) + HASH_KEY + entry.entryHash() + "\"}";
    }
}
