package se.riktlinjeboten.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    private final Analysis analysis = new Analysis();

    @Test
    void definiteAndIndefiniteFormsMeet() {
        assertThat(analysis.terms("ansvaret")).isEqualTo(analysis.terms("ansvar"));
        assertThat(analysis.terms("besöket")).isEqualTo(analysis.terms("besök"));
        assertThat(analysis.terms("äldreboendet")).isEqualTo(analysis.terms("äldreboende"));
    }

    @Test
    void everyFormOfAWordMeetsWhateverItsEnding() {
        List<String> plan = analysis.terms("verksamhetsplan");

        assertThat(analysis.terms("verksamhetsplanen")).isEqualTo(plan);
        assertThat(analysis.terms("verksamhetsplaner")).isEqualTo(plan);
        assertThat(analysis.terms("verksamhetsplanerna")).isEqualTo(plan);
        List<String> official = analysis.terms("tjänsteman");
        assertThat(List.of("tjänstemän", "tjänstemannen", "tjänstemännen", "tjänstemäns"))
                .allSatisfy(form -> assertThat(analysis.terms(form)).as(form).isEqualTo(official));
    }

    @Test
    void aOneLetterPrefixStaysWithItsWord() {
        assertThat(analysis.terms("Kontakt via e-post eller E-tjänster")).containsExactly(
                "kontak", "via", analysis.terms("epost").get(0), analysis.terms("etjänster").get(0));
        assertThat(Analysis.words("Who has the e-mail?")).contains("email");
        assertThat(analysis.terms("ekonomi- och controllerfunktionerna")).startsWith("ekonomi");
    }

    @Test
    void questionWordsAndPolitenessAreDropped() {
        assertThat(analysis.terms("Vem ska jag kontakta om jag vill besöka ett äldreboende?"))
                .containsExactly("kontak", "besök", "äldreboend");
        assertThat(analysis.terms("Vad ska en medarbetare göra om hen har problem?"))
                .as("the gender-neutral pronoun").containsExactly("medarb", "problem");
        assertThat(analysis.terms("Vems ansvar är upphandlingen?")).containsExactly("ansv", "upphandling");
        assertThat(analysis.terms("Hur länge ska vi vänta med förändringar?")).containsExactly("förändring");
        assertThat(analysis.terms("Varför gjordes översynen, och vad görs nu?")).as("every form of göra")
                .containsExactly("översy");
    }

    @Test
    void compoundsAreIndexedWithTheirPartsWhenTheDocumentsUseThem() {
        Compounds compounds = new Compounds(Set.of("arbetsmiljö", "ansv", "förvaltning", "chef"));

        assertThat(Analysis.terms(analysis.indexAnalyzer(compounds), "Arbetsmiljöansvaret och förvaltningschefen"))
                .containsExactly("arbetsmiljöansv", "arbetsmiljö", "ansv", "förvaltningschef", "förvaltning", "chef");
    }

    @Test
    void compoundsThatCoordinationLeavesUnwrittenAreSpelledOut() {
        Set<String> vocabulary = new HashSet<>();
        List.of("funktion", "utveckling", "ekonomi", "teknik").forEach(word -> vocabulary.addAll(analysis.terms(word)));
        Compounds compounds = new Compounds(vocabulary);

        assertThat(compounds.withCoordinatedCompounds("Se över ekonomi- och controllerfunktionerna nu."))
                .isEqualTo("Se över ekonomi- och controllerfunktionerna ekonomifunktionerna nu.");
        assertThat(compounds.withCoordinatedCompounds("teknik-/bredbandsutveckling"))
                .isEqualTo("teknik-/bredbandsutveckling teknikutveckling");
        assertThat(compounds.withCoordinatedCompounds("risk- och säkerhet")).as("no head the documents use")
                .isEqualTo("risk- och säkerhet");
    }

    @Test
    void partsNobodyWroteAreNotProposed() {
        Compounds compounds = new Compounds(Set.of("arbetsmiljö"));

        assertThat(compounds.split("arbetsmiljöansv")).isEmpty();
        assertThat(new Compounds(Set.of("verksamhet", "besök")).split("verksamhetsbesök"))
                .isEqualTo(List.of("verksamhet", "besök"));
    }

    @Test
    void aQuestionsCompoundMayHaveItsFirstPartStemmedButAPassagesKeepsItAsWritten() {
        Compounds compounds = new Compounds(Set.of("borläng", "rapp"));

        assertThat(compounds.split("borlängerapp", true)).isEqualTo(List.of("borläng", "rapp"));
        assertThat(compounds.split("borlängerapp")).isEmpty();
    }
}
