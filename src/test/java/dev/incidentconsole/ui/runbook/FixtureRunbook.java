package dev.incidentconsole.ui.runbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A runbook of the tests' own, written into a user runbook folder so tests never depend on the bundled ones. */
final class FixtureRunbook {

    static final String ID = "queue-backlog-drill";
    static final String TITLE = "Queue backlog drill";
    /** A tag no bundled runbook is likely to carry, so a search for it finds exactly the fixture. */
    static final String UNIQUE_TAG = "quokka";

    static final String TEXT = """
            ---
            id: queue-backlog-drill
            title: Queue backlog drill
            summary: Fixture runbook written by the UI tests; the consumer of a queue fell behind.
            alert:
              name: QueueBacklogHigh
              query: queue_depth{queue="orders"} > 1000
            severity: high
            response_time: 10m
            incident_types: [capacity]
            tags: [quokka, queue]
            owner: UI test team
            version: 0.0.1
            last_reviewed: 2026-01-01
            parameters:
              - name: QUEUE
                type: identifier
                required: true
                description: name of the queue that backs up
            ---

            # Queue backlog drill

            The consumer stopped keeping up and messages pile up in `orders`.

            ## Symptoms

            - Queue depth rises for ten minutes

            ## Confirm (0-5 minutes)

            1. **Measure the queue depth**
               Reads the depth once.
               ```bash {kind=diagnostic timeout=20s}
               queue-tool depth "${QUEUE}"
               queue-tool consumers "${QUEUE}" --verbose
               ```

            2. **Tell the queue owner**
               Call them; there is nothing to run.

            ## Drain (5-15 minutes)

            3. **Restart the consumer**
               ```bash {kind=change timeout=60s}
               systemctl restart "consumer@${QUEUE}.service"
               ```

            4. **Verify the depth falls**
               ```bash {kind=diagnostic timeout=30s}
               queue-tool depth "${QUEUE}"
               ```

            ## Escalation Criteria

            - Depth still rising after the restart

            ## Documentation Requirements

            - Depth before and after the restart
            """;

    private FixtureRunbook() {
    }

    /** Writes the fixture into {@code runbooks} (created if needed) and returns the file. */
    static Path writeInto(Path runbooks) throws IOException {
        Files.createDirectories(runbooks);
        return Files.writeString(runbooks.resolve(ID + ".md"), TEXT);
    }
}
