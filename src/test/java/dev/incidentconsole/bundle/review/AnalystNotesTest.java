package dev.incidentconsole.bundle.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.incidentconsole.bundle.ExportedIncident;
import dev.incidentconsole.bundle.IncidentFixture;
import dev.incidentconsole.bundle.StockTools;
import dev.incidentconsole.bundle.archive.BundleArchive;
import dev.incidentconsole.bundle.signing.BundleSigner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analyst notes kept beside a real bundle, and their signed addendum checked with stock sha256sum and ssh-keygen. */
class AnalystNotesTest {

    private static final Instant AT = Instant.parse("2026-11-22T09:30:00Z");

    @TempDir
    static Path dir;

    private static ExportedIncident exported;
    private static Path bundle;

    @BeforeAll
    static void export() throws Exception {
        exported = new ExportedIncident(dir, 4000);
        bundle = exported.export("incident.zip", false).bundle();
    }

    @AfterAll
    static void close() {
        exported.close();
    }

    @Test
    void notesAreKeptUnderTheBundlesDigestAndSurviveReopening() throws Exception {
        Path folder = dir.resolve("reviews-kept");
        byte[] before = Files.readAllBytes(bundle);
        AnalystNotes notes = AnalystNotes.open(folder, bundle);
        assertThat(notes.notes()).isEmpty();
        notes.add(new AnalystNote("Grace Analyst", AT, "  web2's probe exits 1: token expired?  ", 3L));
        notes.add(new AnalystNote("Grace Analyst", AT.plusSeconds(60), "Timeline is complete up to the restart.", null));

        String digest = StockTools.shell(dir, "sha256sum incident.zip").output().substring(0, 64);
        assertThat(notes.bundleSha256()).isEqualTo(digest);
        assertThat(notes.file()).isEqualTo(folder.resolve(digest + ".json"));
        AnalystNotes reopened = AnalystNotes.open(folder, bundle);
        assertThat(reopened.notes()).containsExactly(
                new AnalystNote("Grace Analyst", AT, "web2's probe exits 1: token expired?", 3L),
                new AnalystNote("Grace Analyst", AT.plusSeconds(60), "Timeline is complete up to the restart.", null));
        assertThat(Files.readAllBytes(bundle)).as("the bundle is never written").isEqualTo(before);
        assertThat(Files.list(folder).toList()).as("nothing but the notes file").containsExactly(notes.file());
    }

    @Test
    void anotherBundleHasNotesOfItsOwn() throws Exception {
        Path folder = dir.resolve("reviews-separate");
        AnalystNotes.open(folder, bundle).add(new AnalystNote("Grace", AT, "about the first bundle", null));
        Path other = exported.export("incident-again.zip", false).bundle();
        assertThat(AnalystNotes.open(folder, other).notes()).isEmpty();
    }

    @Test
    void aDamagedNotesFileIsReportedNotOverwritten() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reviews-damaged"));
        String digest = AnalystNotes.sha256Of(bundle);
        Files.writeString(folder.resolve(digest + ".json"), "{\"format\": \"mcp-incident-review-notes\", \"notes\": [");
        assertThatThrownBy(() -> AnalystNotes.open(folder, bundle)).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot be read").hasMessageContaining("move the file aside");
        assertThatThrownBy(() -> new AnalystNote(" ", AT, "text", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnalystNote("Grace", AT, "  ", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAddendumChecksWithStockToolsUnderItsOwnNamespace() throws Exception {
        Path folder = dir.resolve("reviews-addendum");
        AnalystNotes notes = AnalystNotes.open(folder, bundle);
        notes.add(new AnalystNote("Grace Analyst", AT, "Entry 3 shows the token in the command line.", 3L));
        BundleSigner analyst = exported.newSigner("grace");
        Path addendum;
        try (BundleEvidence evidence = BundleEvidence.open(bundle)) {
            addendum = new NotesAddendum(Clock.fixed(AT, ZoneOffset.UTC))
                    .export(notes, evidence.manifest(), analyst, dir.resolve("notes-addendum.zip"));
        }
        assertThatThrownBy(() -> new NotesAddendum(Clock.systemUTC()).export(notes, BundleEvidence.open(bundle).manifest(),
                analyst, addendum)).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);

        Path unpacked = dir.resolve("addendum-unpacked");
        try (BundleArchive archive = BundleArchive.open(addendum)) {
            assertThat(archive.fileNames()).containsExactly("addendum.json", "allowed_signers", "VERIFY.txt",
                    "SHA256SUMS", "SHA256SUMS.sig");
            archive.extractTo(unpacked);
        }
        StockTools.Result sums = StockTools.shell(unpacked, "sha256sum -c SHA256SUMS");
        assertThat(sums.exitCode()).as(sums.output()).isZero();
        StockTools.Result good = StockTools.shell(unpacked, "ssh-keygen -Y verify -f allowed_signers -I "
                + IncidentFixture.PRINCIPAL + " -n " + NotesAddendum.NAMESPACE + " -s SHA256SUMS.sig < SHA256SUMS");
        assertThat(good.exitCode()).as(good.output()).isZero();
        assertThat(good.output()).contains("Good \"mcp-incident-addendum\" signature for " + IncidentFixture.PRINCIPAL);
        StockTools.Result asBundle = StockTools.shell(unpacked, "ssh-keygen -Y verify -f allowed_signers -I "
                + IncidentFixture.PRINCIPAL + " -n " + BundleSigner.NAMESPACE + " -s SHA256SUMS.sig < SHA256SUMS");
        assertThat(asBundle.exitCode()).as("an addendum never passes for a bundle").isNotZero();

        JsonNode content = AnalystNotes.JSON.readTree(unpacked.resolve("addendum.json").toFile());
        assertThat(content.at("/bundle/sha256").asText()).isEqualTo(AnalystNotes.sha256Of(bundle));
        assertThat(content.at("/bundle/incidentId").asText()).isEqualTo(exported.incident.id());
        assertThat(content.at("/bundle/chainHeadSeq").asLong()).isEqualTo(8);
        assertThat(content.at("/analyst/keyFingerprint").asText()).isEqualTo(analyst.fingerprint());
        assertThat(content.at("/notes/0/text").asText()).isEqualTo("Entry 3 shows the token in the command line.");
        assertThat(content.at("/notes/0/seq").asLong()).isEqualTo(3);
        assertThat(content.at("/notes/0/at").asText()).isEqualTo("2026-11-22T09:30:00Z");
        assertThat(Files.readString(unpacked.resolve("VERIFY.txt"))).contains("-n mcp-incident-addendum");
        assertThat(List.of(Files.list(dir).map(p -> p.getFileName().toString()).toArray()))
                .noneMatch(name -> name.toString().endsWith(".partial"));
    }
}
