package dev.incidentconsole.bundle.review;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.incidentconsole.bundle.BundleLayout;
import dev.incidentconsole.bundle.BundleManifest;
import dev.incidentconsole.bundle.archive.BundleArchive;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads what a bundle says: its manifest and every entry of timeline.jsonl. Reading is lenient where the verifier
 * is strict, so that an analyst can look into a bundle that failed verification: a timeline that breaks off is
 * read up to the break, and the break is reported in {@link Read#problems}.
 */
final class BundleReading {

    private static final int MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

    /** The bundle's account of its incident; {@code problems} says what could not be read. */
    record Read(BundleManifest manifest, IncidentRecord incident, List<EvidenceEntry> entries, List<String> problems) {
    }

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    Read from(BundleArchive archive) throws IOException {
        BundleManifest manifest;
        try {
            manifest = json.readValue(archive.readAllBytes(BundleLayout.MANIFEST, MAX_MANIFEST_BYTES), BundleManifest.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(BundleLayout.MANIFEST + " cannot be read, so the bundle cannot be shown: "
                    + e.getOriginalMessage());
        }
        if (manifest == null || manifest.incident() == null || manifest.incident().id() == null) {
            throw new IOException(BundleLayout.MANIFEST + " names no incident, so the bundle cannot be shown");
        }
        List<String> problems = new ArrayList<>();
        List<EvidenceEntry> entries = timeline(archive, problems);
        return new Read(manifest, incident(manifest.incident(), problems), entries, problems);
    }

    private List<EvidenceEntry> timeline(BundleArchive archive, List<String> problems) throws IOException {
        List<EvidenceEntry> entries = new ArrayList<>();
        try (InputStream in = archive.open(BundleLayout.TIMELINE);
             MappingIterator<EvidenceEntry> lines = json.readerFor(EvidenceEntry.class).readValues(in)) {
            while (lines.hasNextValue()) {
                entries.add(lines.nextValue());
            }
        } catch (com.fasterxml.jackson.core.JacksonException | RuntimeException e) {
            problems.add(BundleLayout.TIMELINE + " cannot be read past entry " + entries.size() + ": "
                    + Objects.requireNonNullElse(e.getMessage(), e.toString()).lines().findFirst().orElse(""));
        }
        return entries;
    }

    private static IncidentRecord incident(BundleManifest.Incident incident, List<String> problems) {
        return new IncidentRecord(incident.id(), incident.title(), incident.severity(), incident.exercise(),
                incident.operatorName(), incident.operatorEmail(), orEmpty(incident.runbookIds()),
                orEmpty(incident.hostAliases()), incident.parameters() == null ? Map.of() : incident.parameters(),
                instant(incident.openedAt(), "openedAt", problems), instant(incident.closedAt(), "closedAt", problems));
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static Instant instant(String text, String field, List<String> problems) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(BundleLayout.MANIFEST + " gives the incident's " + field + " as \"" + text
                    + "\", which is not a time");
            return null;
        }
    }
}
