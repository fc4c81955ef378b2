package dev.incidentconsole.evidence;

/** An entry that matched, with a short piece of text around the first match. */
public record SearchHit(EvidenceEntry entry, String snippet) {
}
