package dev.incidentconsole.evidence.h2;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/** Incident ids such as INC-20261121-0301-7f3a: the UTC date and minute of opening, then 4 random hex digits. */
final class IncidentIds {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmm").withZone(ZoneOffset.UTC);

    private final RandomGenerator random;

    IncidentIds(RandomGenerator random) {
        this.random = random;
    }

    String next(Instant openedAt) {
        return "INC-" + STAMP.format(openedAt) + "-" + String.format("%04x", random.nextInt(0x10000));
    }
}
