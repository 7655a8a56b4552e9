package se.riktlinjeboten.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF, Word and web pages become passages a reader can check: exact text, heading, page. */
class DocumentFormatsTest {

    @TempDir
    Path folder;

    private final DocumentLibrary library = new DocumentLibrary();

    @Test
    void aPdfKeepsItsPagesHeadingsAndWordsHyphenatedAcrossLines() throws Exception {
        LoadedDocument pdf = library.read(TestDocuments.guidelinePdf(folder.resolve("riktlinje.pdf")), Catalogue.empty());

        assertThat(pdf.info().title()).isEqualTo("Riktlinje för besök och kontakter");
        assertThat(pdf.pages()).isEqualTo(3);
        assertThat(pdf.passages()).extracting(Passage::section, Passage::page, Passage::text).contains(
                tuple("1 Inledning", 1, "Riktlinjen beskriver hur förtroendevalda och tjänstepersoner i Exempelby "
                        + "kommun tar kontakt med varandra och med verksamheterna."),
                tuple("2 Besök i verksamheten", 2, "En förtroendevald som vill göra ett verksamhetsbesök på ett "
                        + "äldreboende kontaktar först förvaltningschefen, som ordnar besöket tillsammans med enhetschefen."),
                tuple("2 Besök i verksamheten", 2, "Vid besöket gäller följande:\n"
                        + "• sekretessen för de boende ska respekteras\n• besöket ska inte störa det dagliga arbetet"),
                tuple("3 Kontakt med media", 3, "Frågor från journalister om enskilda ärenden besvaras av kommunens "
                        + "kommunikationschef, inte av den förtroendevalde."));
        assertThat(pdf.passages()).noneMatch(p -> p.text().contains("sida") || p.text().contains("Exempelby kommun –"));
    }

    @Test
    void theDocumentSaysWhenAndByWhomItWasAdoptedAndItsDiarienummer() throws Exception {
        DocumentInfo info = library.read(TestDocuments.guidelinePdf(folder.resolve("riktlinje.pdf")), Catalogue.empty())
                .info();

        assertThat(info.date()).isEqualTo("2024-03-12");
        assertThat(info.decidedBy()).isEqualTo("kommunstyrelsen");
        assertThat(info.reference()).isEqualTo("KS 2024/118");
    }

    @Test
    void aWordDocumentKeepsItsHeadingStylesListsTablesAndPageBreaks() throws Exception {
        LoadedDocument docx = library.read(TestDocuments.agreementDocx(folder.resolve("roller.docx")), Catalogue.empty());

        assertThat(docx.info().title()).isEqualTo("Överenskommelse om roller");
        assertThat(docx.info().decidedBy()).isEqualTo("kommunfullmäktige");
        assertThat(docx.passages()).extracting(Passage::section, Passage::page, Passage::text).contains(
                tuple("Arbetsmiljöansvar", 1, "Arbetsmiljöansvaret kan fördelas till förvaltningschefen men inte "
                        + "delegeras vidare utan skriftlig uppgiftsfördelning."),
                tuple("Arbetsmiljöansvar", 1, "Uppgiftsfördelningen ska innehålla:\n"
                        + "• vilka uppgifter som fördelas\n• vilka resurser som följer med"),
                tuple("Kontakt med fackliga organisationer", 2,
                        "Förhandlingar med de fackliga organisationerna leds av personalchefen."));
        assertThat(docx.passages()).extracting(Passage::text).anyMatch(t -> t.contains("Kommundirektör | Leder tjänsteorganisationen"));
    }

    @Test
    void aWebPageGivesItsArticleWithoutNavigationScriptsOrFooter() throws Exception {
        LoadedDocument html = library.read(TestDocuments.politicsPageHtml(folder.resolve("politik.html")), Catalogue.empty());

        assertThat(html.info().title()).isEqualTo("Politikens arbetsformer – Exempelby kommun");
        assertThat(html.passages()).extracting(Passage::section, Passage::text).contains(
                tuple("Arvoden till förtroendevalda", "Förtroendevalda får arvode enligt arvodesreglementet, som "
                        + "kommunfullmäktige beslutar om inför varje mandatperiod."),
                tuple("Frågor till förvaltningen", "En ledamot som behöver underlag ställer sin fråga till:\n"
                        + "• nämndens sekreterare, för ärenden på dagordningen\n• förvaltningschefen, för övriga frågor"));
        assertThat(html.passages()).extracting(Passage::text)
                .noneMatch(t -> t.contains("Start") || t.contains("spårning") || t.contains("Telefon"));
    }

    @Test
    void ligaturesAndSoftHyphensAreMadePlainForQuoting() {
        List<Passage> passages = new TextDocumentParser()
                .parse("d", "Rubrik\n\nKommunens ﬁnansiella mål gäller för­valtningen.").passages();

        assertThat(passages).extracting(Passage::text).containsExactly("Kommunens finansiella mål gäller förvaltningen.");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
