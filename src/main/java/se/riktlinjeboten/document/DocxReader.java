package se.riktlinjeboten.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.ZipException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/**
 * Word documents. Headings come from the heading styles (Word names them "heading 1" internally
 * whatever the user's language, "Rubrik 1" in Swedish Word's display), list paragraphs become
 * list items, a table becomes a block with a line per row. Word has no fixed pages, but it records where its last
 * layout broke the pages; those marks and manual page breaks number the pages when present.
 */
final class DocxReader implements DocumentReader {

    @Override
    public SourceText read(Path file) throws IOException, UnreadableDocumentException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
            Pages pages = new Pages(hasPageMarks(docx));
            List<SourceText.Block> blocks = new ArrayList<>();
            List<String> listItems = new ArrayList<>();
            int listPage = 0;
            for (IBodyElement element : docx.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    int page = pages.startOf(paragraph);
                    String text = paragraph.getText().strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    if (paragraph.getNumID() != null && !isHeading(docx, paragraph)) {
                        if (listItems.isEmpty()) {
                            listPage = page;
                        }
                        listItems.add("• " + text);
                        continue;
                    }
                    flushList(blocks, listItems, listPage);
                    blocks.add(isHeading(docx, paragraph)
                            ? SourceText.Block.heading(page, text)
                            : SourceText.Block.text(page, text));
                } else if (element instanceof XWPFTable table) {
                    flushList(blocks, listItems, listPage);
                    List<String> rows = new ArrayList<>();
                    for (XWPFTableRow row : table.getRows()) {
                        String line = row.getTableCells().stream()
                                .map(XWPFTableCell::getText)
                                .map(String::strip)
                                .filter(cell -> !cell.isEmpty())
                                .collect(Collectors.joining(" | "));
                        if (!line.isEmpty()) {
                            rows.add(line);
                        }
                    }
                    if (!rows.isEmpty()) {
                        blocks.add(SourceText.Block.text(pages.current(), String.join("\n", rows)));
                    }
                }
            }
            flushList(blocks, listItems, listPage);
            return new SourceText(docx.getProperties().getCoreProperties().getTitle(), blocks);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("Word-filen är lösenordsskyddad och kan inte läsas", e);
        } catch (POIXMLException | IllegalArgumentException | ZipException e) {
            throw new UnreadableDocumentException("Word-filen är skadad eller inte en .docx-fil (" + e.getMessage() + ")", e);
        }
    }

    private static void flushList(List<SourceText.Block> blocks, List<String> items, int page) {
        if (!items.isEmpty()) {
            blocks.add(SourceText.Block.text(page, String.join("\n", items)));
            items.clear();
        }
    }

    private static boolean isHeading(XWPFDocument docx, XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        if (styleId == null) {
            return false;
        }
        XWPFStyle style = docx.getStyles() == null ? null : docx.getStyles().getStyle(styleId);
        String name = (style == null ? styleId : style.getName()).toLowerCase(Locale.ROOT);
        return name.startsWith("heading") || name.startsWith("rubrik") || name.equals("title");
    }

    private static boolean hasPageMarks(XWPFDocument docx) {
        return docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).anyMatch(Pages::breaksPage);
    }

    /** Counts pages from Word's page marks; 0 throughout when the document has none. */
    private static final class Pages {
        private int page;

        Pages(boolean numbered) {
            this.page = numbered ? 1 : 0;
        }

        int current() {
            return page;
        }

        /**
         * The page a paragraph's text starts on; breaks before its first text move it to the
         * next page, breaks after it move what follows.
         */
        int startOf(XWPFParagraph paragraph) {
            if (page == 0) {
                return 0;
            }
            int start = -1;
            for (XWPFRun run : paragraph.getRuns()) {
                if (breaksPage(run)) {
                    page++;
                }
                String text = run.text();
                if (start < 0 && text != null && !text.isBlank()) {
                    start = page;
                }
            }
            return start < 0 ? page : start;
        }

        static boolean breaksPage(XWPFRun run) {
            return !run.getCTR().getLastRenderedPageBreakList().isEmpty()
                    || run.getCTR().getBrList().stream().anyMatch(Pages::isPageBreak);
        }

        private static boolean isPageBreak(CTBr br) {
            return br.isSetType() && br.getType() == STBrType.PAGE;
        }
    }
}
