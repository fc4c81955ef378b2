package dev.incidentconsole.bundle.review;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.evidence.SearchHit;
import dev.incidentconsole.evidence.SearchQuery;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Search over a bundle's entries without an index: the filters first, then a scan of each remaining entry's
 * command, text and the first {@code scannedBytes} of each output (binary output skipped, as the store's index
 * skips it), newest first until the limit. A bundle is searched rarely and read once per search, so a plain scan
 * keeps nothing in memory beyond the hits.
 */
final class BundleSearch {

    static final int DEFAULT_LIMIT = 100;
    private static final int BEFORE = 60;
    private static final int AFTER = 100;
    private static final int PREVIEW = 160;
    private static final int BINARY_PROBE = 8000;
    private static final int SLICE = 64 * 1024;

    /** Opens one stream of an entry's output. */
    @FunctionalInterface
    interface Outputs {
        InputStream open(EvidenceEntry entry, OutputStreamKind stream) throws IOException;
    }

    private final List<EvidenceEntry> newestFirst;
    private final Outputs outputs;
    private final long scannedBytes;

    BundleSearch(List<EvidenceEntry> entries, Outputs outputs, long scannedBytes) {
        List<EvidenceEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(EvidenceEntry::startedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                .thenComparingLong(EvidenceEntry::seq).reversed());
        this.newestFirst = sorted;
        this.outputs = outputs;
        this.scannedBytes = scannedBytes;
    }

    List<SearchHit> search(SearchQuery query) throws IOException {
        List<String> words = SearchWords.of(query.text());
        if (query.text() != null && !query.text().isBlank() && words.isEmpty()) {
            return List.of();
        }
        // The longest word is the likeliest to be rare; its first place gives the snippet, as in the store.
        words.sort(Comparator.comparingInt(String::length).reversed());
        int limit = query.limit() > 0 ? query.limit() : DEFAULT_LIMIT;
        List<SearchHit> hits = new ArrayList<>();
        for (EvidenceEntry entry : newestFirst) {
            if (hits.size() == limit) {
                break;
            }
            if (!passes(entry, query)) {
                continue;
            }
            String snippet = words.isEmpty() ? preview(entry) : match(entry, words);
            if (snippet != null) {
                hits.add(new SearchHit(entry, snippet));
            }
        }
        return hits;
    }

    private static boolean passes(EvidenceEntry entry, SearchQuery query) {
        if (query.incidentId() != null && !query.incidentId().equals(entry.incidentId())
                || query.hostAlias() != null && !query.hostAlias().equals(entry.hostAlias())
                || query.stepId() != null && !query.stepId().equals(entry.stepId())
                || query.exitCode() != null && !query.exitCode().equals(entry.exitCode())) {
            return false;
        }
        if (query.failedOnly() && !((entry.kind() == EntryKind.COMMAND || entry.kind() == EntryKind.FILE)
                && !"SUCCEEDED".equals(entry.status()))) {
            return false;
        }
        if ((query.from() != null || query.to() != null) && entry.startedAt() == null) {
            return false;
        }
        return (query.from() == null || !entry.startedAt().isBefore(query.from()))
                && (query.to() == null || entry.startedAt().isBefore(query.to()));
    }

    /** The snippet around the first place of the lead word when every word occurs, else null. */
    private String match(EvidenceEntry entry, List<String> words) throws IOException {
        String lead = words.get(0);
        HashSet<String> missing = new HashSet<>(words);
        String snippet = null;
        for (String field : new String[] {entry.command(), entry.text()}) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            SearchWords finder = new SearchWords(missing);
            finder.feed(bytes, 0, bytes.length, 0);
            finder.end();
            Long at = finder.found().get(lead);
            if (snippet == null && at != null) {
                snippet = window(bytes, (int) (long) at);
            }
            missing.removeAll(finder.found().keySet());
        }
        for (OutputStreamKind stream : OutputStreamKind.values()) {
            if (missing.isEmpty()) {
                break;
            }
            long length = stream == OutputStreamKind.STDOUT ? entry.stdoutLength() : entry.stderrLength();
            Map<String, Long> found = length == 0 ? Map.of() : scan(entry, stream, missing);
            Long at = found.get(lead);
            if (snippet == null && at != null) {
                snippet = aroundInOutput(entry, stream, at);
            }
            missing.removeAll(found.keySet());
        }
        return missing.isEmpty() ? Objects.requireNonNullElse(snippet, "") : null;
    }

    private Map<String, Long> scan(EvidenceEntry entry, OutputStreamKind stream, HashSet<String> wanted)
            throws IOException {
        SearchWords finder = new SearchWords(new HashSet<>(wanted));
        byte[] buffer = new byte[SLICE];
        try (InputStream in = outputs.open(entry, stream)) {
            long position = 0;
            while (position < scannedBytes && !finder.foundAll()) {
                int n = in.readNBytes(buffer, 0, (int) Math.min(buffer.length, scannedBytes - position));
                if (n <= 0) {
                    break;
                }
                if (position == 0 && looksBinary(buffer, n)) {
                    return Map.of();
                }
                finder.feed(buffer, 0, n, position);
                position += n;
            }
        }
        finder.end();
        return finder.found();
    }

    private static boolean looksBinary(byte[] start, int length) {
        for (int i = 0; i < Math.min(length, BINARY_PROBE); i++) {
            if (start[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private String aroundInOutput(EvidenceEntry entry, OutputStreamKind stream, long at) throws IOException {
        long from = Math.max(0, at - BEFORE);
        try (InputStream in = outputs.open(entry, stream)) {
            in.skipNBytes(from);
            // One byte past the window tells whether the output goes on after it.
            byte[] bytes = in.readNBytes(BEFORE + AFTER + 1);
            return (from > 0 ? "\u2026" : "") + window(bytes, (int) (at - from));
        }
    }

    private static String window(byte[] bytes, int at) {
        int from = Math.max(0, at - BEFORE);
        int to = Math.min(bytes.length, at + AFTER);
        // A window cut inside a character decodes to U+FFFD at its edges: drop those.
        String text = new String(bytes, from, to - from, StandardCharsets.UTF_8).replaceAll("^\uFFFD+|\uFFFD+$", "");
        return (from > 0 ? "\u2026" : "") + flat(text).strip() + (to < bytes.length ? "\u2026" : "");
    }

    private static String preview(EvidenceEntry entry) {
        String source = entry.command() != null ? entry.command() : Objects.requireNonNullElse(entry.text(), "");
        String text = flat(source);
        return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW) + "\u2026";
    }

    private static String flat(String text) {
        StringBuilder flat = new StringBuilder(text.length());
        text.chars().forEach(c -> flat.append(Character.isISOControl(c) ? ' ' : (char) c));
        return flat.toString();
    }
}
