package dev.incidentconsole.bundle.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidentconsole.bundle.ExportedIncident;
import dev.incidentconsole.bundle.IncidentFixture;
import dev.incidentconsole.bundle.archive.BundleRejectedException;
import dev.incidentconsole.bundle.archive.RejectionReason;
import dev.incidentconsole.evidence.ChainVerification;
import dev.incidentconsole.evidence.EntryDraft;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.evidence.SearchHit;
import dev.incidentconsole.evidence.SearchQuery;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** A bundle exported from a real H2 store, read back through the store API and held against that store. */
class BundleEvidenceTest {

    @TempDir
    static Path dir;

    private static ExportedIncident exported;
    private static Path bundle;
    private static List<EvidenceEntry> sealed;
    private static String incidentId;

    @BeforeAll
    static void export() throws Exception {
        exported = new ExportedIncident(dir, 300_000);
        sealed = exported.store.timeline(exported.incident.id());
        incidentId = exported.incident.id();
        bundle = exported.export("incident.zip", false).bundle();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> exported.store.searchBacklog() == 0);
    }

    @AfterAll
    static void close() {
        exported.close();
    }

    @Test
    void theIncidentAndEveryEntryReadBackAsTheStoreSealedThem() throws Exception {
        try (BundleEvidence evidence = BundleEvidence.open(bundle)) {
            assertThat(evidence.incidents()).containsExactly(exported.incident);
            assertThat(evidence.incident(incidentId)).contains(exported.incident);
            assertThat(evidence.incident("someone-else")).isEmpty();
            assertThat(evidence.timeline(incidentId)).isEqualTo(sealed).hasSize(8);
            assertThat(evidence.entry(incidentId, 3)).contains(sealed.get(2));
            assertThat(evidence.readProblems()).isEmpty();
        }
    }

    @Test
    void everyOutputStreamsTheBytesTheStoreHolds() throws Exception {
        try (BundleEvidence evidence = BundleEvidence.open(bundle)) {
            for (EvidenceEntry entry : sealed) {
                for (OutputStreamKind stream : OutputStreamKind.values()) {
                    try (InputStream fromBundle = evidence.output(incidentId, entry.seq(), stream);
                         InputStream fromStore = exported.store.output(incidentId, entry.seq(), stream)) {
                        assertThat(fromBundle.readAllBytes()).as("%s of #%d", stream, entry.seq())
                                .isEqualTo(fromStore.readAllBytes());
                    }
                }
            }
            try (InputStream empty = evidence.output(incidentId, 3, OutputStreamKind.STDERR)) {
                assertThat(empty.read()).as("web2's check wrote no stderr").isEqualTo(-1);
            }
            assertThat(evidence.output(incidentId, 3, OutputStreamKind.STDOUT).readAllBytes()).hasSizeGreaterThan(300_000);
        }
    }

    @Test
    void searchesFindWhatTheStoresIndexFindsWithTheSameSnippets() throws Exception {
        Instant t0 = IncidentFixture.T0;
        List<SearchQuery> queries = List.of(
                SearchQuery.words("journal"),
                SearchQuery.words("mcp gateway"),
                SearchQuery.words("Running"),
                SearchQuery.words("client_secret latency_ms"),
                SearchQuery.words("systemctl nosuchword"),
                SearchQuery.words("x !"),
                new SearchQuery("systemctl", incidentId, "web1", null, null, false, null, null, 0),
                new SearchQuery(null, incidentId, "web2", null, null, false, null, null, 10),
                new SearchQuery("gateway", incidentId, null, "check-service", null, false, null, null, 10),
                new SearchQuery(null, incidentId, null, null, null, true, null, null, 10),
                new SearchQuery("mcp", incidentId, null, null, 0, false, null, null, 10),
                new SearchQuery("mcp", incidentId, null, null, null, false, t0.plusSeconds(30), t0.plusSeconds(55), 10),
                new SearchQuery("mcp", incidentId, null, null, null, false, null, null, 1));
        try (BundleEvidence evidence = BundleEvidence.open(bundle)) {
            int answered = 0;
            for (SearchQuery query : queries) {
                List<SearchHit> fromStore = exported.store.search(query).stream()
                        .filter(hit -> hit.entry().seq() <= sealed.size()).toList();
                assertThat(evidence.search(query)).as(query.toString()).isEqualTo(fromStore);
                answered += fromStore.isEmpty() ? 0 : 1;
            }
            assertThat(answered).as("queries with hits").isEqualTo(queries.size() - 2);
            List<SearchHit> journal = evidence.search(SearchQuery.words("journal"));
            assertThat(journal).extracting(hit -> hit.entry().seq()).containsExactly(2L);
            assertThat(journal.get(0).snippet()).contains("warning: journal rotated");
        }
    }

    @Test
    void theChainRecomputesFromTheBundle() throws Exception {
        try (BundleEvidence evidence = BundleEvidence.open(bundle)) {
            ChainVerification result = evidence.verify(null);
            assertThat(result.problems()).isEmpty();
            assertThat(result.entriesChecked()).isEqualTo(8);
            assertThat(evidence.verify(incidentId).intact()).isTrue();
        }
    }

    @Test
    void anAlteredOutputOrEntryIsNamedByTheRecheck() throws Exception {
        Path flipped = BundleCopies.withFlippedByte(bundle, dir.resolve("flipped.zip"), "evidence/2-stdout.bin");
        try (BundleEvidence evidence = BundleEvidence.open(flipped)) {
            assertThat(evidence.verify(null).problems()).singleElement().satisfies(problem -> {
                assertThat(problem.seq()).isEqualTo(2);
                assertThat(problem.what()).startsWith("its stdout file is").contains("but the entry seals");
            });
        }
        Path edited = BundleCopies.altered(bundle, dir.resolve("edited.zip"), files -> files.put("timeline.jsonl",
                new String(files.get("timeline.jsonl"), StandardCharsets.UTF_8).replace("systemctl restart", "systemctl reload")
                        .getBytes(StandardCharsets.UTF_8)));
        try (BundleEvidence evidence = BundleEvidence.open(edited)) {
            assertThat(evidence.verify(null).problems()).extracting(ChainVerification.Problem::describe)
                    .contains(incidentId + " #6: its fields do not hash to its entryHash: the entry was altered");
        }
    }

    @Test
    void aRedactedCopyShowsItsMaskedFilesAndStillRechecksIntact() throws Exception {
        // An incident of its own: exporting adds a custody entry, which the other tests' store must not gain.
        try (ExportedIncident other = new ExportedIncident(java.nio.file.Files.createDirectories(dir.resolve("redacted")), 4000);
             BundleEvidence evidence = BundleEvidence.open(other.export("redacted.zip", true).bundle())) {
            String incidentId = other.incident.id();
            List<EvidenceEntry> sealed = other.store.timeline(incidentId).subList(0, 8);
            assertThat(evidence.manifest().redacted()).isTrue();
            List<EvidenceEntry> timeline = evidence.timeline(incidentId);
            assertThat(timeline).extracting(EvidenceEntry::entryHash)
                    .containsExactlyElementsOf(sealed.stream().map(EvidenceEntry::entryHash).toList());
            String stdout = new String(evidence.output(incidentId, 2, OutputStreamKind.STDOUT).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(stdout).startsWith("active (running)").contains("[REDACTED]")
                    .doesNotContain(IncidentFixture.SECRETS.get(0));
            assertThat(evidence.verify(null).problems()).as("masked entries keep their links; files their masked digests")
                    .isEmpty();
            assertThat(evidence.search(SearchQuery.words("hunter2"))).as("a masked secret is not found").isEmpty();
        }
    }

    @Test
    void theRunbookTextIsTheOneTheEntriesName() throws Exception {
        try (BundleEvidence evidence = BundleEvidence.open(bundle)) {
            assertThat(evidence.runbookText(exported.fixture.runbookSha256()))
                    .hasValueSatisfying(text -> assertThat(new String(text, StandardCharsets.UTF_8))
                            .isEqualTo(IncidentFixture.RUNBOOK_TEXT));
            assertThat(evidence.runbookText("cd".repeat(32))).as("its text was never kept").isEmpty();
        }
    }

    @Test
    void everyWriteIsRefusedInWords() throws Exception {
        try (EvidenceStore evidence = BundleEvidence.open(bundle)) {
            assertThatThrownBy(() -> evidence.record(new EntryDraft(incidentId, EntryKind.NOTE, null, null, null,
                    "a note", "Ada", Instant.now()))).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageStartingWith("a bundle is read-only; keep your notes as analyst notes");
            assertThatThrownBy(() -> evidence.closeIncident(incidentId, "Ada", Instant.now()))
                    .isInstanceOf(UnsupportedOperationException.class).hasMessageStartingWith("a bundle is read-only");
            assertThatThrownBy(() -> evidence.keepRunbookText("x.md", new byte[1]))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> evidence.startCommand(null)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> evidence.openIncident(null)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> evidence.timeline("another")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("this bundle holds incident " + incidentId);
        }
    }

    @Test
    void hostsAndStepsAreReadFromTheEntries() throws Exception {
        try (BundleEvidence evidence = BundleEvidence.open(bundle)) {
            List<EvidenceEntry> timeline = evidence.timeline(incidentId);
            assertThat(HostsSeen.of(exported.incident, timeline)).extracting(HostsSeen.Host::alias,
                    HostsSeen.Host::address, HostsSeen.Host::fingerprints).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("web1", "web1.example.org", List.of(IncidentFixture.WEB1_KEY)),
                    org.assertj.core.groups.Tuple.tuple("web2", "web2.example.org", List.of(IncidentFixture.WEB2_KEY)));
            StepOutputs steps = new StepOutputs(evidence, timeline);
            assertThat(steps.steps()).containsExactly("check-service", "restart", "step");
            var outputs = steps.latestPerHost("check-service", 1000);
            assertThat(outputs.keySet()).containsExactly("web1", "web2");
            assertThat(outputs.get("web1")).startsWith("active (running)");
            assertThat(outputs.get("web2")).hasSizeLessThan(1100).contains("[cut at 0 KiB of");
        }
    }

    @Test
    void aZipThatClimbsOutOfItsFolderIsRefusedBeforeAnythingIsRead() throws Exception {
        Path hostile = BundleCopies.zipSlip(dir.resolve("slip.zip"));
        assertThatThrownBy(() -> BundleEvidence.open(hostile)).isInstanceOf(BundleRejectedException.class)
                .satisfies(e -> assertThat(((BundleRejectedException) e).reason()).isEqualTo(RejectionReason.PATH_ESCAPES))
                .hasMessageContaining("../../.bashrc");
    }
}
