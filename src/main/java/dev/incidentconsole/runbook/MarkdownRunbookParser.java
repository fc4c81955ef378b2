package dev.incidentconsole.runbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown file into runbooks. A file with front matter is one runbook; a plain file may hold several
 * (one per section one level above its phases). Problems become findings; nothing here throws on bad input.
 */
public final class MarkdownRunbookParser {

    private final Parser markdown = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final FrontMatterReader frontMatter = new FrontMatterReader();
    private final CommandClassifier classifier = new CommandClassifier();

    /** A heading and the blocks up to the next heading; the preamble before any heading has level 0. */
    private record Section(int level, String title, int line, List<Node> content) {
    }

    public ParseResult parse(Path file) {
        String location = file.toString();
        try {
            if (Files.size(file) > SourceText.MAX_BYTES) {
                return new ParseResult(location, List.of(), List.of(Finding.error(location, 1, 1, "file-too-large",
                        "file is " + Files.size(file) + " bytes; runbooks are limited to " + SourceText.MAX_BYTES + " bytes")));
            }
            return parse(location, Files.readAllBytes(file), false);
        } catch (IOException e) {
            return new ParseResult(location, List.of(), List.of(Finding.error(location, 1, 1, "unreadable",
                    "cannot read the file: " + e.getClass().getSimpleName() + " " + e.getMessage())));
        }
    }

    public ParseResult parse(String location, byte[] bytes, boolean bundled) {
        SourceText source;
        try {
            source = SourceText.decode(location, bytes);
        } catch (SourceText.Unreadable e) {
            return new ParseResult(location, List.of(), List.of(e.finding()));
        }
        List<Finding> findings = new ArrayList<>();
        FrontMatterReader.Split split = frontMatter.split(source, findings);
        RunbookHeader header = split == null ? new RunbookHeader() : frontMatter.read(source, split, findings);
        int bodyStart = split == null ? 1 : split.bodyStartLine();
        List<String> bodyLines = source.lines().subList(Math.min(bodyStart - 1, source.lines().size()), source.lines().size());
        Node document = markdown.parse(String.join("\n", bodyLines));
        MarkdownText text = new MarkdownText(bodyLines, bodyStart - 1);
        reportUnclosedFences(document, text, location, findings);

        List<Section> sections = sections(document, text);
        int phaseLevel = phaseLevel(sections);
        RunbookSource origin = new RunbookSource(location, source.sha256(), bundled, new String(bytes, StandardCharsets.UTF_8));
        Assembly assembly = new Assembly(location, text, new StepReader(location, text, classifier, split == null, findings),
                phaseLevel, origin, findings);
        List<Runbook> runbooks = new ArrayList<>();
        if (split != null || phaseLevel <= 1) {
            runbooks.add(assembly.build(header, sections, null));
        } else {
            RunbookHeader documentWide = new RunbookHeader();
            PlainMetadata.applyFields(paragraphLines(sections, text), documentWide);
            documentWide.severity = null;
            documentWide.responseTime = null;
            documentWide.alert = null;
            for (List<Section> range : ranges(sections, phaseLevel - 1)) {
                runbooks.add(assembly.build(documentWide.copy(), range, range.get(0)));
            }
            if (runbooks.isEmpty()) {
                runbooks.add(assembly.build(documentWide, sections, null));
            }
        }
        return new ParseResult(location, runbooks, findings);
    }

    private static void reportUnclosedFences(Node document, MarkdownText text, String location, List<Finding> findings) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock fence) {
                if (fence.getClosingFenceLength() == null) {
                    findings.add(Finding.error(location, text.line(fence), text.column(fence), "unterminated-fence",
                            "code block opened here is never closed: add a line with " + fence.getFenceCharacter().repeat(
                                    fence.getOpeningFenceLength()) + " after its last line"));
                }
            }
        });
    }

    private static List<Section> sections(Node document, MarkdownText text) {
        List<Section> sections = new ArrayList<>();
        Section current = new Section(0, "", 1, new ArrayList<>());
        sections.add(current);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading) {
                Heading heading = (Heading) node;
                current = new Section(heading.getLevel(), MarkdownText.plain(heading), text.line(heading), new ArrayList<>());
                sections.add(current);
            } else {
                current.content().add(node);
            }
        }
        return sections;
    }

    /** The heading level that holds steps: the shallowest one with a step list, else with a shell block. */
    private static int phaseLevel(List<Section> sections) {
        int withList = Integer.MAX_VALUE;
        int withFence = Integer.MAX_VALUE;
        for (Section section : sections) {
            if (section.level() == 0) continue;
            for (Node node : section.content()) {
                if (StepReader.isStepList(node)) withList = Math.min(withList, section.level());
                if (node instanceof FencedCodeBlock) withFence = Math.min(withFence, section.level());
            }
        }
        int level = withList != Integer.MAX_VALUE ? withList : withFence;
        return level == Integer.MAX_VALUE ? 0 : level;
    }

    /** Sections grouped under each heading of {@code level} whose group holds a step list. */
    private static List<List<Section>> ranges(List<Section> sections, int level) {
        List<List<Section>> ranges = new ArrayList<>();
        List<Section> current = null;
        for (Section section : sections) {
            if (section.level() != 0 && section.level() <= level) {
                current = section.level() == level ? new ArrayList<>() : null;
                if (current != null) ranges.add(current);
            }
            if (current != null) current.add(section);
        }
        ranges.removeIf(range -> range.stream().flatMap(s -> s.content().stream()).noneMatch(StepReader::isStepList));
        return ranges;
    }

    private static List<String> paragraphLines(List<Section> sections, MarkdownText text) {
        List<String> lines = new ArrayList<>();
        for (Section section : sections) {
            for (Node node : section.content()) {
                if (node instanceof Paragraph) lines.addAll(text.sourceLines(node));
            }
        }
        return lines;
    }

    /** Builds one runbook from a range of sections. */
    private static final class Assembly {
        private final String location;
        private final MarkdownText text;
        private final StepReader steps;
        private final int phaseLevel;
        private final RunbookSource origin;
        private final List<Finding> findings;

        Assembly(String location, MarkdownText text, StepReader steps, int phaseLevel, RunbookSource origin,
                 List<Finding> findings) {
            this.location = location;
            this.text = text;
            this.steps = steps;
            this.phaseLevel = phaseLevel;
            this.origin = origin;
            this.findings = findings;
        }

        Runbook build(RunbookHeader header, List<Section> range, Section titleSection) {
            boolean plain = !header.hasFrontMatter();
            if (plain) PlainMetadata.applyFields(paragraphLines(range, text), header);
            Section title = titleSection;
            if (title == null) {
                title = range.stream().filter(s -> s.level() > 0 && s.level() < Math.max(phaseLevel, 2)).findFirst().orElse(null);
            }
            String runbookTitle = header.title != null ? header.title
                    : title != null ? title.title().replaceFirst("(?i)^runbook\\s*:\\s*", "") : fileTitle();
            List<String> intro = new ArrayList<>();
            List<Phase> phases = new ArrayList<>();
            List<Checklist> checklists = new ArrayList<>();
            List<Step> phaseSteps = null;
            Section phaseSection = null;
            int number = 0;
            for (Section section : range) {
                boolean deeper = section.level() > phaseLevel && phaseSteps != null;
                if (!deeper && phaseSteps != null) {
                    phases.add(phase(phaseSection, phaseSteps));
                    phaseSteps = null;
                }
                if (deeper || hasSteps(section)) {
                    if (!deeper) {
                        phaseSection = section;
                        phaseSteps = new ArrayList<>();
                    }
                    number = readSteps(section, phaseSteps, number);
                } else if (section.level() > 0 && PlainMetadata.applyAlertHeading(section.title(), header)) {
                    continue;
                } else if (section.level() > 0 && section.content().stream().anyMatch(n -> n instanceof BulletList)) {
                    checklists.add(checklist(section));
                } else if (phases.isEmpty() && (section == title || section.level() == 0 || section.level() >= phaseLevel)) {
                    intro.addAll(prose(section));
                }
            }
            if (phaseSteps != null) {
                phases.add(phase(phaseSection, phaseSteps));
            }
            String id = header.id != null ? header.id : MarkdownText.slug(runbookTitle).replaceFirst("^runbook-", "");
            List<Step> all = uniqueStepIds(phases);
            List<Parameter> parameters = plain && header.parameters.isEmpty() ? PlainMetadata.inferParameters(all) : header.parameters;
            if (all.isEmpty()) {
                findings.add(Finding.error(location, title == null ? 1 : title.line(), 1, "no-steps",
                        "runbook '" + runbookTitle + "' has no steps: write numbered items under a phase heading"));
            }
            String summary = header.summary != null ? header.summary
                    : intro.isEmpty() ? null : intro.get(0).replaceAll("\\s+", " ");
            return new Runbook(id, runbookTitle, summary, header.alert, header.severity, header.responseTime,
                    header.incidentTypes, header.tags, header.owner, header.version, header.lastReviewed,
                    header.reviewInterval, parameters, String.join("\n\n", intro), phases, checklists, origin);
        }

        private boolean hasSteps(Section section) {
            return section.level() > 0 && section.content().stream().anyMatch(
                    n -> StepReader.isStepList(n) || n instanceof FencedCodeBlock && isShell((FencedCodeBlock) n));
        }

        private static boolean isShell(FencedCodeBlock fence) {
            String info = fence.getInfo() == null ? "" : fence.getInfo().strip();
            String language = info.split("[\\s{]", 2)[0].toLowerCase(java.util.Locale.ROOT);
            return FenceInfo.SHELLS.contains(language);
        }

        private int readSteps(Section section, List<Step> phaseSteps, int number) {
            boolean hasList = section.content().stream().anyMatch(StepReader::isStepList);
            for (Node node : section.content()) {
                if (node instanceof OrderedList && StepReader.isStepList(node)) {
                    for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                        phaseSteps.add(steps.fromListItem((ListItem) item, ++number));
                    }
                } else if (node instanceof FencedCodeBlock && isShell((FencedCodeBlock) node)) {
                    FencedCodeBlock fence = (FencedCodeBlock) node;
                    if (hasList && !phaseSteps.isEmpty()) {
                        Step last = phaseSteps.remove(phaseSteps.size() - 1);
                        List<Command> commands = new ArrayList<>(last.commands());
                        List<String> snippets = new ArrayList<>(last.snippets());
                        steps.addFence(fence, commands, snippets);
                        phaseSteps.add(new Step(last.id(), last.number(), last.title(), last.description(), commands,
                                snippets, last.followUp(), last.line(), last.collect()));
                        findings.add(Finding.warning(location, text.line(fence), text.column(fence), "fence-outside-step",
                                "this code block is not indented under step " + last.number()
                                        + "; indent it to the item's text so it clearly belongs to that step"));
                    } else {
                        String fallback = TimeBox.splitHeading(section.title()).title();
                        phaseSteps.add(steps.fromFence(fence, fallback, ++number));
                    }
                }
            }
            return number;
        }

        private Phase phase(Section section, List<Step> phaseSteps) {
            TimeBox.Heading heading = TimeBox.splitHeading(section.title());
            return new Phase(heading.title(), heading.timeBox(), phaseSteps, section.line());
        }

        private Checklist checklist(Section section) {
            List<String> items = new ArrayList<>();
            for (Node node : section.content()) {
                if (node instanceof BulletList) {
                    for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                        Node first = item.getFirstChild();
                        if (first != null) items.add(String.join(" ", text.sourceLines(first)).strip());
                    }
                }
            }
            return new Checklist(section.title(), Checklist.Kind.fromTitle(section.title()), items, section.line());
        }

        private List<String> prose(Section section) {
            List<String> out = new ArrayList<>();
            for (Node node : section.content()) {
                if (node instanceof Paragraph) {
                    String written = String.join("\n", text.sourceLines(node)).strip();
                    if (!written.startsWith("**") || !written.contains("**:")) out.add(written);
                }
            }
            return out;
        }

        private List<Step> uniqueStepIds(List<Phase> phases) {
            Set<String> seen = new HashSet<>();
            List<Step> all = new ArrayList<>();
            for (int p = 0; p < phases.size(); p++) {
                Phase phase = phases.get(p);
                List<Step> renamed = new ArrayList<>();
                for (Step step : phase.steps()) {
                    Step kept = step;
                    if (!seen.add(step.id())) {
                        findings.add(Finding.error(location, step.line(), 1, "duplicate-step-id",
                                "step '" + step.title() + "' has the same id as an earlier step (" + step.id() + "); give it another title"));
                        int n = 2;
                        while (!seen.add(step.id() + "-" + n)) n++;
                        kept = new Step(step.id() + "-" + n, step.number(), step.title(), step.description(),
                                step.commands(), step.snippets(), step.followUp(), step.line(), step.collect());
                    }
                    renamed.add(kept);
                }
                phases.set(p, new Phase(phase.title(), phase.timeBox(), renamed, phase.line()));
                all.addAll(renamed);
            }
            return all;
        }

        private String fileTitle() {
            String name = java.nio.file.Path.of(location).getFileName().toString();
            return name.replaceFirst("\\.[^.]*$", "");
        }
    }
}
