package dev.incidentconsole.bundle;

import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.report.CollectedFileName;
import java.util.Locale;
import java.util.Set;

/** Where each part of an evidence bundle lives inside the zip; the exporter writes and the verifier reads these. */
public final class BundleLayout {

    public static final String MANIFEST = "manifest.json";
    public static final String TIMELINE = "timeline.jsonl";
    public static final String REPORT_MD = "report.md";
    public static final String REPORT_HTML = "report.html";
    public static final String SUMS = "SHA256SUMS";
    public static final String SIGNATURE = "SHA256SUMS.sig";
    public static final String ALLOWED_SIGNERS = "allowed_signers";
    public static final String VERIFY_TEXT = "VERIFY.txt";

    /** Format name and version written into the manifest; a verifier refuses versions it does not know. */
    public static final String FORMAT = "mcp-incident-bundle";
    public static final int FORMAT_VERSION = 1;

    /** The files every bundle has, whatever the incident held. */
    public static final Set<String> FIXED_FILES = Set.of(MANIFEST, TIMELINE, REPORT_MD, REPORT_HTML, SUMS, SIGNATURE,
            ALLOWED_SIGNERS, VERIFY_TEXT);


    private BundleLayout() {
    }

    /** {@code evidence/12-stdout.bin}: the path the report's output links use. */
    public static String output(long seq, OutputStreamKind stream) {
        return "evidence/" + seq + "-" + stream.name().toLowerCase(Locale.ROOT) + ".bin";
    }

    /** {@code files/12-nginx.conf} for a collected file, named after the last segment of its remote path. */
    public static String collectedFile(long seq, String remotePath) {
        return "files/" + CollectedFileName.of(seq, remotePath);
    }

    public static String runbook(String sha256) {
        return "runbooks/" + sha256 + ".md";
    }
}
