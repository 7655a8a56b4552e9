package se.riktlinjeboten.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Real PDF, Word and HTML files with Swedish text, headings and pages, written the way office
 * software writes them, for the tests of reading and serving documents.
 */
public final class TestDocuments {

    /** One page of a test PDF: a heading and its paragraphs, each paragraph given as its lines. */
    public record PdfPage(String heading, List<List<String>> paragraphs) {
    }

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private TestDocuments() {
    }

    /**
     * The municipality's guideline on visits as a PDF: three pages, a title, numbered headings
     * in a larger bold font, a word hyphenated across lines, a bulleted list and a running footer.
     */
    public static Path guidelinePdf(Path file) throws IOException {
        return pdf(file, "Riktlinje för besök och kontakter", List.of(
                new PdfPage("1 Inledning", List.of(
                        List.of("Riktlinjen beskriver hur förtroendevalda och tjänstepersoner i",
                                "Exempelby kommun tar kontakt med varandra och med verksamheterna."),
                        List.of("Riktlinjen antogs av kommunstyrelsen 2024-03-12, dnr KS 2024/118."))),
                new PdfPage("2 Besök i verksamheten", List.of(
                        List.of("En förtroendevald som vill göra ett verksamhets-",
                                "besök på ett äldreboende kontaktar först förvaltningschefen,",
                                "som ordnar besöket tillsammans med enhetschefen."),
                        List.of("Vid besöket gäller följande:",
                                "• sekretessen för de boende ska respekteras",
                                "• besöket ska inte störa det dagliga arbetet"))),
                new PdfPage("3 Kontakt med media", List.of(
                        List.of("Frågor från journalister om enskilda ärenden besvaras av",
                                "kommunens kommunikationschef, inte av den förtroendevalde.")))));
    }

    public static Path pdf(Path file, String title, List<PdfPage> pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.getDocumentInformation().setTitle(title);
            int number = 1;
            for (PdfPage content : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
                    float y = 780;
                    if (number == 1) {
                        y = line(stream, BOLD, 20, y, title) - 20;
                    }
                    y = line(stream, BOLD, 15, y, content.heading()) - 8;
                    for (List<String> paragraph : content.paragraphs()) {
                        for (String text : paragraph) {
                            y = line(stream, REGULAR, 11, y, text);
                        }
                        y -= 12;
                    }
                    line(stream, REGULAR, 9, 40, "Exempelby kommun – sida " + number);
                }
                number++;
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    private static float line(PDPageContentStream stream, PDType1Font font, float size, float y, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(60, y);
        stream.showText(text);
        stream.endText();
        return y - size * 1.4f;
    }

    /** A PDF that opens only with its password. */
    public static Path encryptedPdf(Path file) throws IOException {
        guidelinePdf(file);
        try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("agare", "hemligt", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
        return file;
    }

    /** A scanned document: two pages that are only pictures, no text layer. */
    public static Path scannedPdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            BufferedImage scan = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scan.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 400, 560);
            g.setColor(Color.BLACK);
            g.drawString("Protokoll fört vid sammanträde", 40, 60);
            g.dispose();
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
                try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
                    stream.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    /**
     * The municipality's agreement on roles as a Word document: heading styles as Swedish Word
     * names them, a bulleted list, a table and a manual page break before the last section.
     */
    public static Path agreementDocx(Path file) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.getProperties().getCoreProperties().setTitle("Överenskommelse om roller");
            XWPFStyles styles = docx.createStyles();
            addHeadingStyle(styles, "Rubrik1", "heading 1");
            addHeadingStyle(styles, "Rubrik2", "heading 2");
            paragraph(docx, "Rubrik1", "Överenskommelse om roller i Exempelby kommun");
            paragraph(docx, null, "Överenskommelsen antogs av kommunfullmäktige 2023-06-15.");
            paragraph(docx, "Rubrik2", "Arbetsmiljöansvar");
            paragraph(docx, null, "Arbetsmiljöansvaret kan fördelas till förvaltningschefen men inte delegeras "
                    + "vidare utan skriftlig uppgiftsfördelning.");
            paragraph(docx, null, "Uppgiftsfördelningen ska innehålla:");
            for (String item : List.of("vilka uppgifter som fördelas", "vilka resurser som följer med")) {
                XWPFParagraph listItem = paragraph(docx, null, item);
                listItem.setNumID(BigInteger.ONE);
            }
            XWPFTable table = docx.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Roll");
            table.getRow(0).getCell(1).setText("Ansvar");
            table.getRow(1).getCell(0).setText("Kommundirektör");
            table.getRow(1).getCell(1).setText("Leder tjänsteorganisationen");
            XWPFParagraph pageBreak = docx.createParagraph();
            pageBreak.createRun().addBreak(BreakType.PAGE);
            paragraph(docx, "Rubrik2", "Kontakt med fackliga organisationer");
            paragraph(docx, null, "Förhandlingar med de fackliga organisationerna leds av personalchefen.");
            try (OutputStream out = Files.newOutputStream(file)) {
                docx.write(out);
            }
        }
        return file;
    }

    private static void addHeadingStyle(XWPFStyles styles, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        CTString styleName = CTString.Factory.newInstance();
        styleName.setVal(name);
        style.setName(styleName);
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, String style, String text) {
        XWPFParagraph paragraph = docx.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
        return paragraph;
    }

    /** A page saved from the municipality's web site: navigation, the article, a footer. */
    public static Path politicsPageHtml(Path file) throws IOException {
        Files.writeString(file, """
                <!DOCTYPE html>
                <html lang="sv"><head><meta charset="utf-8"><title>Politikens arbetsformer – Exempelby kommun</title>
                <script>var spårning = "ingen";</script></head>
                <body>
                <header><nav><a href="/">Start</a> <a href="/politik">Politik och påverkan</a></nav></header>
                <main>
                  <h1>Politikens arbetsformer</h1>
                  <p>Här beskrivs hur kommunstyrelsen och nämnderna arbetar i Exempelby.</p>
                  <h2>Arvoden till förtroendevalda</h2>
                  <p>Förtroendevalda får arvode enligt <strong>arvodesreglementet</strong>, som
                     kommunfullmäktige beslutar om inför varje mandatperiod.</p>
                  <h2>Frågor till förvaltningen</h2>
                  <p>En ledamot som behöver underlag ställer sin fråga till:</p>
                  <ul><li>nämndens sekreterare, för ärenden på dagordningen</li>
                      <li>förvaltningschefen, för övriga frågor</li></ul>
                </main>
                <footer><p>Exempelby kommun, 123 45 Exempelby. Telefon 0123-456 00.</p></footer>
                </body></html>
                """, StandardCharsets.UTF_8);
        return file;
    }
}
