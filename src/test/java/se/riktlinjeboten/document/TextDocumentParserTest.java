package se.riktlinjeboten.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Passage splitting on each of the documents the bot serves. */
class TextDocumentParserTest {

    private final TextDocumentParser parser = new TextDocumentParser();

    @Test
    void gnosjoFollowsItsHeadingsAndKeepsListsWithTheirLeadIn() throws IOException {
        List<Passage> passages = parse("gnosjo-2018-uppdrag-och-samspel-politik-tjansteman");

        assertThat(containing(passages, "Upphandlingsprocessen är tjänsteorganisationens uppdrag och ansvar").section())
                .isEqualTo("Rollfördelning politik-tjänstemän vid upphandling");
        Passage politics = containing(passages, "- Vara visionära");
        assertThat(politics.text()).startsWith("Politiken ska:");
        assertThat(passages).noneMatch(p -> p.text().contains("Kommunikation i akuta frågor....."));
        assertThat(containing(passages, "Medarbetare ringer enhetschef").section())
                .isEqualTo("Kommunikation i akuta frågor");
    }

    @Test
    void aParagraphThatQualifiesThePreviousOneIsQuotedWithIt() throws IOException {
        List<Passage> passages = parse("gnosjo-2018-uppdrag-och-samspel-politik-tjansteman");

        assertThat(containing(passages, "Notera dock att om samtalet gäller kommunens verksamheter").text())
                .startsWith("I det dagliga livet i en liten kommun kommer dock politiker möta medarbetare");
        assertThat(passages).noneMatch(p -> p.text().startsWith("Notera dock"));
    }

    @Test
    void aParagraphOfOneLineIsQuotedWithTheOneBefore() throws IOException {
        List<Passage> passages = parse("2015-en-organisation-for-framtiden");

        assertThat(containing(passages, "Den nya organisationen ska träda ikraft senast den 1/6 2016").text())
                .as("the line does not say whose organisation").startsWith("Den 1/9 kommer två konsulter på Public Partner");
        assertThat(containing(passages, "Kraven på en gemensam").section()).as("a heading stays a heading")
                .endsWith("Bakgrund");
    }

    @Test
    void anArticlesBylineIsTextNotAHeading() throws IOException {
        List<Passage> passages = parse("2015-en-organisation-for-framtiden");

        assertThat(containing(passages, "Ola Regnander tf kommunchef").text())
                .isEqualTo("Gunilla Zetterström-Bäcke kommunalråd (s) och Ola Regnander tf kommunchef");
        assertThat(passages).noneMatch(p -> p.section().startsWith("//") || p.text().startsWith("//"));
    }

    @Test
    void borlangeGetsPagesAndNumberedSectionsAndLosesItsBoilerplate() throws IOException {
        List<Passage> passages = parse("borlange-2009-slutrapport-ny-styrmodell-och-organisation");

        assertThat(passages).noneMatch(p -> p.text().contains("Instruktion för kommundirektören i Eskilstuna kommun"));
        assertThat(passages).noneMatch(p -> p.text().matches("(?s).*\\bSida \\d+\\b.*"));
        Passage oneDoor = containing(passages,
                "I ett medborgarperspektiv bör målsättningen med en organisation som bygger på principen En dörr in");
        assertThat(oneDoor.page()).isEqualTo(19);
        Passage sectors = containing(passages, "Indelningen i tre sektorer innebär att det blir tydliga ansvarsgränser");
        assertThat(sectors.page()).isEqualTo(17);
        assertThat(sectors.section()).isEqualTo("4.3.3 Förvaltningsorganisation › Tre sektorer");
        assertThat(containing(passages, "inte heller anställningsmyndighet").page()).isEqualTo(16);
        assertThat(passages).noneMatch(p -> p.text().startsWith("het "));
    }

    @Test
    void subHeadingsInsideAFlattenedPageNameTheirPassages() throws IOException {
        List<Passage> passages = parse("borlange-2009-slutrapport-ny-styrmodell-och-organisation");

        Passage sectorList = containing(passages, "Sektor Barn, Utbildning Kultur Fritid");
        assertThat(sectorList.section()).isEqualTo("4.3.3 Förvaltningsorganisation › Tre sektorer");
        assertThat(sectorList.page()).isEqualTo(18);
        assertThat(containing(passages, "Kommunstyrelsen ges i den nya organisationen en tydligare roll").section())
                .isEqualTo("4.3.2 Politisk organisation › Kommunstyrelsen");
        assertThat(passages).anyMatch(p -> p.text().startsWith("Kommunstyrelsen ges i den nya organisationen"));
        assertThat(containing(passages, "I Borlänge kommuns nya styrmodell föreslås följande begrepp").text())
                .as("a name after the first word is no sub-heading")
                .startsWith("I Borlänge kommuns nya styrmodell");
        assertThat(containing(passages, "Att säkerställa principen om En dörr in").text())
                .as("a heading does not end with a function word")
                .startsWith("Att säkerställa principen om En dörr in");
    }

    @Test
    void aShortSentenceIsNotAPassageOfItsOwn() throws IOException {
        List<Passage> passages = parse("borlange-2009-slutrapport-ny-styrmodell-och-organisation");

        assertThat(containing(passages, "Detaljorganisationen för respektive sektor föreslås").text())
                .contains("Sektor Barn, Utbildning Kultur Fritid");
    }

    @Test
    void flattenedPagesAreCutAtSentenceEndsOnly() throws IOException {
        List<Passage> passages = parse("borlange-2009-slutrapport-ny-styrmodell-och-organisation");

        assertThat(passages).allSatisfy(p -> assertThat(p.text().length()).isLessThan(1300));
        assertThat(passages.stream().filter(Passage::hasPage))
                .allSatisfy(p -> assertThat(p.text()).matches("(?s).*([.!?:)\"”]|\\p{L}|\\d)$"));
        assertThat(passages.stream().filter(Passage::hasPage).map(Passage::text))
                .noneMatch(t -> t.endsWith(" t") || t.endsWith(" bl") || t.endsWith(" m"));
    }

    @Test
    void theWebPageFooterIsNoPassage() throws IOException {
        List<Passage> passages = parse("2015-en-organisation-for-framtiden");

        assertThat(passages).noneMatch(p -> p.text().contains("Sidinformation") || p.text().contains("Henry Jonasson"));
        assertThat(containing(passages, "Den nya organisationen ska träda ikraft senast den 1/6 2016").section())
                .isEqualTo("En organisation för framtiden");
    }

    @Test
    void shortLinesUnderAHeadingStayTogether() throws IOException {
        List<Passage> passages = parse("ange-2020-mote-om-politisk-organisation");

        Passage advice = containing(passages, "Ge den politiska organisationen 4 år innan utvärdering och förändring");
        assertThat(advice.section()).isEqualTo("Medskick från Norsjö");
        assertThat(advice.text()).contains("Fördel med lång process");
    }

    @Test
    void alingsasPassagesStandUnderTheirHeading() throws IOException {
        List<Passage> passages = parse("alingsas-2022-riktlinje-samspel-politik-forvaltning");

        assertThat(containing(passages, "Arbetsgivarens ansvar för arbetsmiljön kan inte delegeras").section())
                .isEqualTo("Arbetsmiljöansvar");
        assertThat(containing(passages, "Alla anställda har en meddelarfrihet").section()).isEqualTo("I kontakt med media");
    }

    @Test
    void sentencesEndAtPeriodsButNotAtAbbreviationsOrNumbering() {
        assertThat(Sentences.split("Det gäller t.ex. nämnder. Bl.a. följande ska ses över. 1. Gruppen är enig."))
                .containsExactly("Det gäller t.ex. nämnder.", "Bl.a. följande ska ses över.", "1. Gruppen är enig.");
    }

    private List<Passage> parse(String id) throws IOException {
        String text = PlainTextReader.decode(Files.readAllBytes(Path.of("index-data/documents", id + ".txt")));
        return parser.parse(id, text).passages();
    }

    private static Passage containing(List<Passage> passages, String words) {
        return passages.stream().filter(p -> p.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no passage contains: " + words));
    }
}
