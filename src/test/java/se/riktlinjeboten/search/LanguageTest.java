package se.riktlinjeboten.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void englishQuestionsNamingSwedishPlacesAreEnglish() {
        assertThat(Language.detect("What three sectors did Borlänge propose?")).isEqualTo(Language.ENGLISH);
        assertThat(Language.detect("Which municipalities did the Ånge group visit?")).isEqualTo(Language.ENGLISH);
        assertThat(Language.detect("In Gnosjö, who decides?")).isEqualTo(Language.ENGLISH);
        assertThat(Language.detect("Can I visit Ånge?")).isEqualTo(Language.ENGLISH);
    }

    @Test
    void swedishQuestionsAreSwedish() {
        assertThat(Language.detect("Är det okej att ringa?")).isEqualTo(Language.SWEDISH);
        assertThat(Language.detect("Vem ringer vem i akuta frågor?")).isEqualTo(Language.SWEDISH);
        assertThat(Language.detect("Hur gör man i Borlänge?")).isEqualTo(Language.SWEDISH);
        assertThat(Language.detect("Delegationsordning Gnosjö")).isEqualTo(Language.SWEDISH);
        assertThat(Language.detect("Vilka sektorer ville man dela in förvaltningen i Borlänge i?"))
                .isEqualTo(Language.SWEDISH);
        assertThat(Language.detect("I Gnosjö, vem bjuder in politikerna?")).isEqualTo(Language.SWEDISH);
        assertThat(Language.detect("")).isEqualTo(Language.SWEDISH);
    }

    @Test
    void aSearchOfKeywordsIsTheLanguageOfItsWords() {
        Set<String> english = Set.of("substitutes", "executive", "board", "delegation", "decision");
        Set<String> documents = Set.of("munkfors", "delegation", "beslut", "äldreboende", "besök", "kontakt");

        assertThat(Language.detect("substitutes Munkfors executive board", english::contains, documents::contains))
                .isEqualTo(Language.ENGLISH);
        assertThat(Language.detect("delegation beslut", english::contains, documents::contains))
                .as("a word both languages have tells nothing").isEqualTo(Language.SWEDISH);
        assertThat(Language.detect("äldreboende besök kontakt", english::contains, documents::contains))
                .isEqualTo(Language.SWEDISH);
        assertThat(Language.detect("Who sits on the board in Munkfors?", word -> false, documents::contains))
                .as("function words still decide first").isEqualTo(Language.ENGLISH);
    }
}
