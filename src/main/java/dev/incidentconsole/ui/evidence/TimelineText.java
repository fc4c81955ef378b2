package dev.incidentconsole.ui.evidence;

import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.ui.common.ByteSize;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How evidence values read in the timeline and the entry details: short, unambiguous, always UTC first. */
final class TimelineText {

    static final String NONE = "\u2014";
    private static final String SUCCEEDED = "SUCCEEDED";
    private static final DateTimeFormatter UTC_SHORT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UTC_FULL =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL_FULL =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS zzz (VV)", Locale.ROOT);

    private TimelineText() {
    }

    /** Commands and collected files: the entries that have an exit status and output. */
    static boolean ran(EvidenceEntry entry) {
        return entry.kind() == EntryKind.COMMAND || entry.kind() == EntryKind.FILE;
    }

    static boolean succeeded(EvidenceEntry entry) {
        return ran(entry) && SUCCEEDED.equals(entry.status());
    }

    static boolean failed(EvidenceEntry entry) {
        return ran(entry) && !SUCCEEDED.equals(entry.status());
    }

    /** Anything short of complete: an interrupted or cut-short capture must never pass for a whole one. */
    static boolean incomplete(EvidenceEntry entry) {
        return entry.completeness() != null && entry.completeness() != Completeness.COMPLETE;
    }

    /** When the entry happened: its command's start, or when it was recorded. */
    static Instant at(EvidenceEntry entry) {
        return entry.startedAt() != null ? entry.startedAt() : entry.endedAt();
    }

    /** One line: the command sent, or the note, escalation or status text. */
    static String summary(EvidenceEntry entry) {
        String source = entry.command() != null ? entry.command() : entry.text() != null ? entry.text() : entry.status();
        return source == null ? "" : oneLine(source);
    }

    static String oneLine(String text) {
        StringBuilder line = new StringBuilder(Math.min(text.length(), 300));
        for (int i = 0; i < text.length() && line.length() < 300; i++) {
            char c = text.charAt(i);
            line.append(c == '\n' ? " \u21B5 " : Character.isISOControl(c) ? ' ' : c);
        }
        return line.toString().strip();
    }

    static String exit(EvidenceEntry entry) {
        if (!ran(entry)) {
            return "";
        }
        if (entry.exitCode() != null) {
            return "exit " + entry.exitCode();
        }
        if (entry.exitSignal() != null) {
            return "signal " + entry.exitSignal();
        }
        if (entry.status() == null) {
            return "unknown";
        }
        // A capture cut short has no exit status; the capture column already says why, so do not repeat it.
        String status = words(entry.status());
        return incomplete(entry) && status.equals(completeness(entry)) ? NONE : status;
    }

    static String completeness(EvidenceEntry entry) {
        return incomplete(entry) ? words(entry.completeness().name()) : "";
    }

    /** {@code TIMED_OUT} as {@code timed out}. */
    static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String sizes(EvidenceEntry entry) {
        return ran(entry) ? bytes(entry.stdoutLength()) + " / " + bytes(entry.stderrLength()) : "";
    }

    static String bytes(long count) {
        return ByteSize.of(count);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String shortTime(Instant at) {
        return at == null ? NONE : UTC_SHORT.format(at);
    }

    static String utc(Instant at) {
        return at == null ? NONE : UTC_FULL.format(at);
    }

    static String local(Instant at, ZoneId zone) {
        return at == null ? NONE : LOCAL_FULL.format(at.atZone(zone));
    }

    static String duration(Long nanos) {
        if (nanos == null) {
            return NONE;
        }
        Duration duration = Duration.ofNanos(nanos);
        if (duration.toSeconds() < 60) {
            return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
        }
        return String.format(Locale.ROOT, "%d min %02d s", duration.toMinutes(), duration.toSecondsPart());
    }

    /** The remote clock minus ours: a reader comparing remote log times needs to know which way it is off. */
    static String clockOffset(Long millis) {
        if (millis == null) {
            return "not measured";
        }
        if (millis == 0) {
            return "0 ms (in step)";
        }
        return String.format(Locale.ROOT, "%+,d ms (remote clock %s)", millis, millis > 0 ? "ahead" : "behind");
    }
}
