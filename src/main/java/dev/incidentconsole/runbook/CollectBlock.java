package dev.incidentconsole.runbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;

/**
 * A step's {@code collect} block: one absolute remote path per line, copied from each host into the evidence. Such a
 * block only reads, so it takes no options; a {@code kind} or a timeout on it is an error rather than a silent no-op.
 */
final class CollectBlock {

    static final String LANGUAGE = "collect";
    private static final Pattern INFO = Pattern.compile("(?i)collect(?=$|[\\s{])");

    private CollectBlock() {
    }

    static boolean is(FencedCodeBlock fence) {
        return fence.getInfo() != null && INFO.matcher(fence.getInfo().strip()).lookingAt();
    }

    /** The block's paths; problems with the block or a single path become findings at their own line. */
    static List<CollectPath> read(FencedCodeBlock fence, MarkdownText text, String location, List<Finding> findings) {
        int fenceLine = text.line(fence);
        int column = text.column(fence) + fence.getFenceIndent();
        String options = fence.getInfo().strip().substring(LANGUAGE.length()).strip();
        if (!options.isEmpty()) {
            findings.add(Finding.error(location, fenceLine, column, "collect-options",
                    "a collect block takes no options (it only reads, so it has no kind, and each file is copied whole);"
                            + " write just ```collect"));
        }
        List<CollectPath> paths = new ArrayList<>();
        String[] lines = fence.getLiteral().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String path = lines[i].strip();
            if (path.isEmpty()) continue;
            int line = fenceLine + 1 + i;
            int at = column + lines[i].indexOf(path);
            // A path may also open with a parameter; the linter, which knows the parameters' types, checks it.
            if (!path.startsWith("/") && !path.startsWith("${")) {
                findings.add(Finding.error(location, line, at, "collect-path-not-absolute",
                        "'" + path + "' is not an absolute path; a collect block lists remote files from the root,"
                                + " like /etc/mcp-server/config.yaml"));
            }
            paths.add(new CollectPath(path, line, at));
        }
        if (paths.isEmpty()) {
            findings.add(Finding.error(location, fenceLine, column, "empty-collect-block",
                    "this collect block names no files; list one absolute path per line, or remove the block"));
        }
        return paths;
    }

    /** Checks a step's paths together: no repeats, and no more than a step may collect. */
    static void checkStep(List<CollectPath> paths, String location, List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        for (CollectPath path : paths) {
            if (!seen.add(path.path())) {
                findings.add(Finding.error(location, path.line(), path.column(), "duplicate-collect-path",
                        path.path() + " is already listed in this step; list each file once"));
            }
        }
        if (paths.size() > Step.MAX_FILES_TO_COLLECT) {
            CollectPath first = paths.get(Step.MAX_FILES_TO_COLLECT);
            findings.add(Finding.error(location, first.line(), first.column(), "too-many-collect-paths",
                    "a step collects at most " + Step.MAX_FILES_TO_COLLECT + " files and this one lists " + paths.size()
                            + "; split them over several steps"));
        }
    }
}
