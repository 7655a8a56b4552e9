package se.riktlinjeboten.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * Turns the text of a document into passages that follow its own structure: headings and
 * numbered sections, paragraphs, bullet lists kept with their lead-in sentence. Texts flattened
 * to one line a page ("Sida N" markers, inline numbered headings) are cut at their headings and
 * then at sentence ends. Web and export boilerplate (a list of related documents, a page footer,
 * a table of contents) never becomes a passage.
 */
public final class TextDocumentParser {

    /** A paragraph longer than this is cut at sentence ends. */
    static final int LONG_PARAGRAPH = 900;
    /** Sentences are gathered into passages of about this many characters. */
    static final int PASSAGE_TARGET = 550;
    /** A paragraph shorter than this is one line, which joins the paragraph before it. */
    static final int SHORT_PARAGRAPH = 120;
    /** A passage shorter than this takes the next sentence even past the target: one short sentence rarely answers alone. */
    static final int PASSAGE_MIN = 250;

    private static final int HEADING_MAX = 100;
    /**
     * A web article's byline, "// Gunilla Zetterström-Bäcke kommunalråd (s) och Ola Regnander tf
     * kommunchef": text, who wrote it, though it is short and ends without a full stop like a
     * heading. Taken for one, it headed nothing and was lost.
     */
    private static final Pattern BYLINE = Pattern.compile("//\\s*(\\S.*)");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-•*–]\\s+.*");
    private static final Pattern TOC_LINE = Pattern.compile(".*(\\t|\\.{2,})\\s*\\d+\\s*$");
    private static final Pattern TOC_ENTRY =
            Pattern.compile("(\\d+(?:\\.\\d+)*)\\.?\\s+([A-ZÅÄÖ][^.\\t]*?)\\s*(?:\\.{2,}|\\t)\\s*\\d+");
    private static final Pattern PAGE_HEADER = Pattern.compile("^Sida (\\d+)\\s+");
    private static final Pattern PAGE_FOOTER = Pattern.compile("\\s*Sida (\\d+)$");
    private static final Pattern LIGATURE = Pattern.compile("[\\uFB00-\\uFB06]");
    private static final Pattern QUALIFIER = Pattern.compile(
            "(Notera|Observera|Dock|Däremot|Men|Undantaget|Undantag från detta|Samtidigt|Detta innebär|Det innebär)\\b");
    /** How a sentence opens that points back at what was said before it: "Den nya organisationen", "Detta". */
    private static final Pattern POINTS_BACK = Pattern.compile("(Den|Det|De|Dessa|Detta|Denna|Där|Då|Därför)\\b");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d+(\\.\\d+)*\\.?\\s+\\S.*");
    /**
     * A sentence of a flattened page that opens with a sub-heading: one to five words, the first
     * capitalised, then a capitalised word that starts the sentence proper ("Tre sektorer
     * Indelningen i tre sektorer innebär ...").
     */
    private static final Pattern INLINE_HEADING = Pattern.compile(
            "(\\p{Lu}\\p{L}*(?: \\p{Ll}[\\p{L}-]*){0,4})[\"”]? (\\p{Lu}\\p{Ll}*)(?: \\S+){3}.*");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<!\\p{L})\\p{Ll}+(?!\\p{L})");
    private static final CharArraySet FUNCTION_WORDS = SwedishAnalyzer.getDefaultStopSet();

    /** Headings of sections that web pages and document exports add around the real text. */
    private static final Set<String> BOILERPLATE_HEADINGS =
            Set.of("relevanta dokument", "sidinformation", "innehåll", "innehållsförteckning");
    /** Marks the end of an export's own preamble: the document's text follows. */
    private static final String TRANSCRIPT_MARKER = "transkript:";

    public record ParsedDocument(String title, List<Passage> passages) {
    }

    private enum Kind { HEADING, SHORT, LEAD_IN, LIST, TEXT }

    private record Block(Kind kind, String text, int page) {
    }

    /** Parses a plain text, where blank lines separate blocks and pages are marked "Sida N". */
    public ParsedDocument parse(String documentId, String rawText) {
        return parse(documentId, plainText(rawText));
    }

    public ParsedDocument parse(String documentId, SourceText source) {
        Map<String, String> tocHeadings = new LinkedHashMap<>();
        List<Block> blocks = classify(source.blocks(), tocHeadings);
        String title = source.title().isEmpty()
                ? blocks.stream()
                        .filter(b -> b.kind() == Kind.HEADING || b.kind() == Kind.SHORT || b.kind() == Kind.TEXT)
                        .map(Block::text)
                        .findFirst()
                        .orElse(documentId)
                : source.title();
        return new ParsedDocument(title, new Assembler(documentId, tocHeadings, lowerCaseWords(blocks)).assemble(blocks));
    }

    /** The words the document writes in lower case somewhere: common words, not names. */
    private static Set<String> lowerCaseWords(List<Block> blocks) {
        Set<String> words = new HashSet<>();
        for (Block block : blocks) {
            Matcher m = LOWER_CASE_WORD.matcher(block.text());
            while (m.find()) {
                words.add(m.group());
            }
        }
        return words;
    }

    static SourceText plainText(String rawText) {
        return new SourceText("", Stream.of(normalise(rawText).split("\\n[ \\t]*\\n"))
                .map(text -> SourceText.Block.text(0, text))
                .toList());
    }

    /** Line ends, soft hyphens, byte order marks, no-break spaces and ligatures made plain. */
    static String normalise(String raw) {
        return LIGATURE.matcher(raw.replace("\r\n", "\n")
                        .replace('\r', '\n')
                        .replace("\u00AD", "")
                        .replace("\uFEFF", "")
                        .replace('\u00A0', ' ')
                        .replaceAll("[ \\t]+\\n", "\n"))
                .replaceAll(m -> Normalizer.normalize(m.group(), Normalizer.Form.NFKC))
                .strip();
    }

    private static List<Block> classify(List<SourceText.Block> sourceBlocks, Map<String, String> tocHeadings) {
        List<Block> blocks = new ArrayList<>();
        boolean skipping = false;
        boolean skipToEnd = false;
        for (SourceText.Block source : sourceBlocks) {
            String block = normalise(source.text());
            if (block.isEmpty() || skipToEnd) {
                continue;
            }
            String firstLine = block.lines().findFirst().orElse("").strip().toLowerCase();
            if (firstLine.equals(TRANSCRIPT_MARKER)) {
                skipping = false;
                continue;
            }
            if (BOILERPLATE_HEADINGS.contains(firstLine)) {
                skipping = true;
                skipToEnd = firstLine.equals("sidinformation");
                continue;
            }
            if (skipping) {
                continue;
            }
            if (source.heading() && !skipping) {
                blocks.add(new Block(Kind.HEADING, block.replaceAll("\\s+", " "), source.page()));
                continue;
            }
            if (isTableOfContents(block)) {
                Matcher m = TOC_ENTRY.matcher(block);
                while (m.find()) {
                    tocHeadings.put(m.group(1), m.group(2).strip());
                }
                continue;
            }
            Matcher byline = BYLINE.matcher(block);
            if (byline.matches()) {
                blocks.add(new Block(Kind.TEXT, byline.group(1), source.page()));
                continue;
            }
            int page = source.page();
            Matcher header = PAGE_HEADER.matcher(block);
            if (page > 0) {
                blocks.add(new Block(kindOf(block), block, page));
                continue;
            }
            if (header.find()) {
                page = Integer.parseInt(header.group(1));
                block = block.substring(header.end());
            } else {
                Matcher footer = PAGE_FOOTER.matcher(block);
                if (footer.find()) {
                    page = Integer.parseInt(footer.group(1));
                    block = block.substring(0, footer.start());
                }
            }
            if (!block.isBlank()) {
                blocks.add(new Block(kindOf(block), block, page));
            }
        }
        return joinWordsBrokenAcrossPages(blocks);
    }

    private static boolean isTableOfContents(String block) {
        List<String> lines = block.lines().toList();
        long tocLines = lines.stream().filter(l -> TOC_LINE.matcher(l).matches()).count();
        if (lines.size() >= 3 && tocLines * 2 >= lines.size()) {
            return true;
        }
        Matcher m = TOC_ENTRY.matcher(block);
        int entries = 0;
        while (m.find()) {
            entries++;
        }
        return entries >= 5;
    }

    private static Kind kindOf(String block) {
        List<String> lines = block.lines().toList();
        if (BULLET.matcher(lines.get(0)).matches()) {
            return Kind.LIST;
        }
        if (lines.size() == 1 && block.length() <= HEADING_MAX) {
            if (block.endsWith(":")) {
                return Kind.LEAD_IN;
            }
            if (!block.endsWith(".") && !block.endsWith(",") && !block.endsWith(";")) {
                return Kind.SHORT;
            }
        }
        return block.endsWith(":") ? Kind.LEAD_IN : Kind.TEXT;
    }

    /** "anställningsmyndig-" at a page's end and "het för ..." on the next page are one word. */
    private static List<Block> joinWordsBrokenAcrossPages(List<Block> blocks) {
        List<Block> joined = new ArrayList<>(blocks);
        for (int i = 0; i + 1 < joined.size(); i++) {
            Block current = joined.get(i);
            Block next = joined.get(i + 1);
            boolean brokenWord = current.page() > 0 && next.page() > current.page()
                    && current.text().matches("(?s).*\\p{L}-$")
                    && next.text().matches("(?s)^\\p{Ll}.*");
            if (brokenWord) {
                int space = next.text().indexOf(' ');
                String tail = space < 0 ? next.text() : next.text().substring(0, space);
                String rest = space < 0 ? "" : next.text().substring(space + 1);
                String text = current.text().substring(0, current.text().length() - 1) + tail;
                joined.set(i, new Block(current.kind(), text, current.page()));
                joined.set(i + 1, new Block(next.kind(), rest, next.page()));
            }
        }
        joined.removeIf(b -> b.text().isBlank());
        return joined;
    }

    /** Walks the blocks, keeping track of the current heading, and emits passages. */
    private static final class Assembler {
        private final String documentId;
        private final Map<String, String> tocHeadings;
        private final Set<String> lowerCaseWords;
        private final List<Passage> passages = new ArrayList<>();
        private String section = "";
        /** The heading an inline sub-heading belongs under. */
        private String chapter = "";

        Assembler(String documentId, Map<String, String> tocHeadings, Set<String> lowerCaseWords) {
            this.documentId = documentId;
            this.tocHeadings = tocHeadings;
            this.lowerCaseWords = lowerCaseWords;
        }

        List<Passage> assemble(List<Block> blocks) {
            String leadIn = null;
            int i = 0;
            while (i < blocks.size()) {
                Block block = blocks.get(i);
                switch (block.kind()) {
                    case HEADING -> {
                        if (leadIn != null) {
                            add(leadIn, block.page());
                            leadIn = null;
                        }
                        startSection(block.text());
                    }
                    case SHORT -> {
                        int end = i;
                        while (end + 1 < blocks.size() && blocks.get(end + 1).kind() == Kind.SHORT) {
                            end++;
                        }
                        i = shortRun(blocks, i, end);
                        continue;
                    }
                    case LEAD_IN -> {
                        if (leadIn != null) {
                            add(leadIn, block.page());
                        }
                        leadIn = block.text();
                    }
                    case LIST -> {
                        addList(leadIn, block.text().lines().toList(), block.page());
                        leadIn = null;
                    }
                    case TEXT -> {
                        if (leadIn == null && qualifiesPrevious(block.text())) {
                            extendPrevious(block.text());
                        } else {
                            addText(leadIn, block.text(), block.page());
                        }
                        leadIn = null;
                    }
                }
                i++;
            }
            if (leadIn != null) {
                add(leadIn, 0);
            }
            return passages;
        }

        /**
         * A run of short lines: the first is a heading; when more follow, they are the items of
         * a list under it, except the last, which heads the text after the run.
         */
        private int shortRun(List<Block> blocks, int start, int end) {
            boolean textFollows = end + 1 < blocks.size();
            if (end == start && !textFollows && !passages.isEmpty()) {
                add(blocks.get(start).text(), blocks.get(start).page());
                return end + 1;
            }
            startSection(blocks.get(start).text());
            int lastItem = textFollows && end > start ? end - 1 : end;
            if (lastItem > start) {
                List<String> items = blocks.subList(start + 1, lastItem + 1).stream().map(Block::text).toList();
                add(String.join("\n", items), blocks.get(start + 1).page());
            }
            if (end > start && textFollows) {
                startSection(blocks.get(end).text());
            }
            return end + 1;
        }

        private void addList(String leadIn, List<String> lines, int page) {
            List<String> items = new ArrayList<>();
            for (String line : lines) {
                if (BULLET.matcher(line).matches() || items.isEmpty()) {
                    items.add(line.strip());
                } else {
                    items.set(items.size() - 1, items.get(items.size() - 1) + "\n" + line.strip());
                }
            }
            String prefix = leadIn == null ? "" : leadIn + "\n";
            StringBuilder group = new StringBuilder();
            for (String item : items) {
                if (group.length() > 0 && prefix.length() + group.length() + item.length() > LONG_PARAGRAPH) {
                    add(prefix + group, page);
                    group.setLength(0);
                }
                if (group.length() > 0) {
                    group.append('\n');
                }
                group.append(item);
            }
            if (group.length() > 0) {
                add(prefix + group, page);
            }
        }

        private void addText(String leadIn, String text, int page) {
            String full = leadIn == null ? text : leadIn + "\n" + text;
            if (full.length() <= LONG_PARAGRAPH && !NUMBERED_HEADING.matcher(full).matches()) {
                add(full, page);
                return;
            }
            for (Segment segment : segmentsByHeading(full)) {
                if (segment.heading() != null) {
                    startSection(segment.heading());
                }
                addSentences(segment.text(), page);
            }
        }

        private record Segment(String heading, String text) {
        }

        /** Cuts a flattened page at the numbered headings its table of contents lists. */
        private List<Segment> segmentsByHeading(String text) {
            record Cut(int at, int textStart, String heading) {
            }
            List<Cut> cuts = new ArrayList<>();
            for (Map.Entry<String, String> heading : tocHeadings.entrySet()) {
                String marker = heading.getKey() + " " + heading.getValue();
                int at = text.indexOf(marker);
                if (at >= 0 && (at == 0 || Character.isWhitespace(text.charAt(at - 1)))) {
                    cuts.add(new Cut(at, at + marker.length(), marker));
                }
            }
            cuts.sort((a, b) -> Integer.compare(a.at(), b.at()));
            List<Segment> segments = new ArrayList<>();
            int position = 0;
            String heading = null;
            for (Cut cut : cuts) {
                if (cut.at() < position) {
                    continue;
                }
                segments.add(new Segment(heading, text.substring(position, cut.at())));
                heading = cut.heading();
                position = cut.textStart();
            }
            segments.add(new Segment(heading, text.substring(position)));
            segments.removeIf(s -> s.text().isBlank() && s.heading() == null);
            return segments;
        }

        private void startSection(String heading) {
            section = heading;
            chapter = heading;
        }

        private void addSentences(String text, int page) {
            StringBuilder chunk = new StringBuilder();
            for (String sentence : Sentences.split(text.strip())) {
                Matcher heading = INLINE_HEADING.matcher(sentence);
                if (heading.matches() && isSubHeading(heading.group(1), heading.group(2))) {
                    add(chunk.toString(), page);
                    chunk.setLength(0);
                    section = chapter.isEmpty() ? heading.group(1) : chapter + " › " + heading.group(1);
                    sentence = sentence.substring(heading.start(2));
                }
                int joined = chunk.length() + sentence.length();
                boolean full = joined > PASSAGE_TARGET && (chunk.length() >= PASSAGE_MIN || joined > LONG_PARAGRAPH);
                if (chunk.length() > 0 && full) {
                    add(chunk.toString(), page);
                    chunk.setLength(0);
                }
                if (chunk.length() > 0) {
                    chunk.append(' ');
                }
                chunk.append(sentence);
            }
            if (chunk.length() > 0) {
                add(chunk.toString(), page);
            }
        }

        /**
         * Whether a sentence's opening words are a sub-heading: the word after them is a common
         * word capitalised, so it starts the sentence, not a name ("I Borlänge kommun ...");
         * and a heading neither starts nor ends with a function word ("Att säkerställa
         * principen om En dörr in ...").
         */
        private boolean isSubHeading(String words, String next) {
            String first = words.substring(0, words.indexOf(' ') < 0 ? words.length() : words.indexOf(' '));
            String last = words.substring(words.lastIndexOf(' ') + 1);
            return lowerCaseWords.contains(next.toLowerCase(Locale.ROOT))
                    && !FUNCTION_WORDS.contains(first.toLowerCase(Locale.ROOT))
                    && !FUNCTION_WORDS.contains(last.toLowerCase(Locale.ROOT));
        }

        /**
         * A short paragraph that opens by qualifying the one before ("Notera dock att ...",
         * "Däremot ...") cannot be read, or quoted, without it; nor can a paragraph of a line
         * that points back ("Den nya organisationen ska träda ikraft senast den 1/6 2016."),
         * whose subject the paragraph before names (the review Public Partner was hired for).
         */
        private boolean qualifiesPrevious(String text) {
            boolean pointsBack = text.strip().length() < SHORT_PARAGRAPH && POINTS_BACK.matcher(text).lookingAt();
            if (passages.isEmpty() || !(QUALIFIER.matcher(text).lookingAt() || pointsBack)) {
                return false;
            }
            Passage previous = passages.get(passages.size() - 1);
            return previous.section().equals(section) && previous.text().length() + text.length() <= LONG_PARAGRAPH;
        }

        private void extendPrevious(String text) {
            Passage previous = passages.remove(passages.size() - 1);
            passages.add(new Passage(documentId, previous.ordinal(), previous.section(), previous.page(),
                    previous.text() + "\n" + text.strip()));
        }

        private void add(String text, int page) {
            if (!text.isBlank()) {
                passages.add(new Passage(documentId, passages.size(), section, page, text.strip()));
            }
        }
    }
}
