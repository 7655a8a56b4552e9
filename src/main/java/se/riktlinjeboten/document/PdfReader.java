package se.riktlinjeboten.document;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF files, page by page, so that every quote carries the page a reader finds it on (the
 * printed page number where the PDF labels its pages). Paragraphs come from PDFBox's layout
 * analysis; a paragraph set in a clearly larger font than the body text is a heading. Lines
 * broken with a hyphen are joined, and page numbers and running headers or footers repeated on
 * most pages are dropped.
 */
final class PdfReader implements DocumentReader {

    /** A paragraph in a font this much larger than the body text is a heading. */
    private static final float HEADING_FONT_RATIO = 1.15f;
    private static final int HEADING_MAX = 150;
    /** Fewer visible characters than this per page means the PDF has no text layer. */
    private static final int MIN_CHARACTERS_PER_PAGE = 20;
    private static final Pattern PAGE_NUMBER_LINE =
            Pattern.compile("(?i)(sida\\s+)?\\d{1,4}(\\s*(av|/|\\()\\s*\\d{1,4}\\)?)?");
    private static final Pattern BULLET = Pattern.compile("^[•▪◦●\\-–*]\\s*.*");
    private static final Pattern KEEP_HYPHEN_BEFORE = Pattern.compile("(och|eller|samt|till|respektive)\\b.*");

    @Override
    public SourceText read(Path file) throws IOException, UnreadableDocumentException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            Layout layout = new Layout();
            layout.writeText(pdf, new StringWriter());
            List<Paragraph> paragraphs = withoutRunningLines(layout.paragraphs, pdf.getNumberOfPages());
            int visible = paragraphs.stream().mapToInt(p -> p.text().replaceAll("\\s", "").length()).sum();
            if (visible < MIN_CHARACTERS_PER_PAGE * Math.max(1, pdf.getNumberOfPages())) {
                throw new UnreadableDocumentException(
                        "PDF-filen saknar textlager (inskannad?); den behöver tolkas med OCR innan boten kan citera den");
            }
            String[] labels = pageLabels(pdf);
            float bodySize = bodyFontSize(paragraphs);
            List<SourceText.Block> blocks = new ArrayList<>();
            for (Paragraph paragraph : paragraphs) {
                int page = printedPage(labels, paragraph.page());
                String text = paragraph.text();
                boolean heading = paragraph.fontSize() >= bodySize * HEADING_FONT_RATIO
                        && text.length() <= HEADING_MAX && !text.endsWith(".");
                blocks.add(heading ? SourceText.Block.heading(page, text) : SourceText.Block.text(page, text));
            }
            String title = pdf.getDocumentInformation().getTitle();
            return new SourceText(title, blocks);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("PDF-filen är lösenordsskyddad och kan inte läsas", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("PDF-filen är skadad eller ofullständig (" + e.getMessage() + ")", e);
        }
    }

    private record Line(int page, String text, float fontSize) {
    }

    private record Paragraph(int page, String text, float fontSize) {
    }

    /** Collects lines with their font size and groups them into PDFBox's paragraphs. */
    private static final class Layout extends PDFTextStripper {
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private float lineFontSize;

        Layout() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            line.append(text);
            for (TextPosition position : positions) {
                lineFontSize = Math.max(lineFontSize, position.getFontSizeInPt());
            }
        }

        @Override
        protected void writeWordSeparator() {
            line.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writeParagraphEnd() {
            endLine();
            endParagraph();
        }

        @Override
        protected void endPage(PDPage page) {
            endLine();
            endParagraph();
        }

        private void endLine() {
            String text = line.toString().strip();
            if (!text.isEmpty()) {
                lines.add(new Line(getCurrentPageNo(), text, lineFontSize));
            }
            line.setLength(0);
            lineFontSize = 0;
        }

        /**
         * Emits the collected lines as paragraphs, starting a new one where the font size
         * changes: a heading directly above body text often lands in the same PDFBox paragraph.
         */
        private void endParagraph() {
            StringBuilder text = new StringBuilder();
            Line first = null;
            for (Line l : lines) {
                if (first != null && Math.abs(l.fontSize() - first.fontSize()) > 0.5f) {
                    paragraphs.add(new Paragraph(first.page(), text.toString(), first.fontSize()));
                    text.setLength(0);
                    first = null;
                }
                if (first == null) {
                    first = l;
                }
                join(text, l.text());
            }
            if (first != null) {
                paragraphs.add(new Paragraph(first.page(), text.toString(), first.fontSize()));
            }
            lines.clear();
        }
    }

    /** Joins a wrapped line onto its paragraph: hyphenated words closed, list items kept apart. */
    static void join(StringBuilder text, String next) {
        if (text.length() == 0) {
            text.append(next);
        } else if (BULLET.matcher(next).matches()) {
            text.append('\n').append(next);
        } else if (endsWithHyphenatedWord(text) && Character.isLowerCase(next.charAt(0))
                && !KEEP_HYPHEN_BEFORE.matcher(next).matches()) {
            text.setLength(text.length() - 1);
            text.append(next);
        } else {
            text.append(' ').append(next);
        }
    }

    private static boolean endsWithHyphenatedWord(StringBuilder text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2));
    }

    /**
     * Drops page numbers, and the headers and footers: first or last lines of a page that
     * repeat, up to their numbers, on most pages.
     */
    private static List<Paragraph> withoutRunningLines(List<Paragraph> paragraphs, int pages) {
        Set<Paragraph> edges = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < paragraphs.size(); i++) {
            int page = paragraphs.get(i).page();
            boolean first = i == 0 || paragraphs.get(i - 1).page() != page;
            boolean last = i == paragraphs.size() - 1 || paragraphs.get(i + 1).page() != page;
            if (first || last) {
                edges.add(paragraphs.get(i));
            }
        }
        Map<String, Set<Integer>> pagesWith = new HashMap<>();
        edges.forEach(p -> pagesWith.computeIfAbsent(shape(p.text()), k -> new HashSet<>()).add(p.page()));
        return paragraphs.stream()
                .filter(p -> !PAGE_NUMBER_LINE.matcher(p.text()).matches())
                .filter(p -> pages < 3 || !edges.contains(p) || pagesWith.get(shape(p.text())).size() * 2 <= pages)
                .toList();
    }

    /** Running lines differ only in their page number. */
    private static String shape(String text) {
        return text.replaceAll("\\d+", "#");
    }

    private static float bodyFontSize(List<Paragraph> paragraphs) {
        Map<Float, Integer> characters = new HashMap<>();
        paragraphs.forEach(p -> characters.merge((float) Math.round(p.fontSize()), p.text().length(), Integer::sum));
        return characters.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(0f);
    }

    private static String[] pageLabels(PDDocument pdf) throws IOException {
        PDPageLabels labels = pdf.getDocumentCatalog().getPageLabels();
        return labels == null ? new String[0] : labels.getLabelsByPageIndices();
    }

    private static int printedPage(String[] labels, int physicalPage) {
        int index = physicalPage - 1;
        if (index < labels.length && labels[index] != null && labels[index].matches("\\d{1,5}")) {
            return Integer.parseInt(labels[index]);
        }
        return physicalPage;
    }
}
