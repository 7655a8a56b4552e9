package se.riktlinjeboten.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

    private final PersonNames names = PersonNames.of(List.of(
            "Indelningen i sektorer ger barn och utbildning en egen sektor.",
            "Ett program och en strategi anger inriktningen; en instruktion anger normer."));

    @Test
    void twoCapitalisedWordsTheDocumentsNeverWriteInLowerCaseAreAName() {
        assertThat(names.appearIn("Gunilla Zetterström berättar om översynen.")).isTrue();
        assertThat(names.appearIn("Deltagare: Erik Lövgren (S) Ordf")).isTrue();
        assertThat(names.appearIn("i Munkfors – Jan-Olov Appel kommunchef.")).isTrue();
    }

    @Test
    void capitalisedOrdinaryWordsAreNoName() {
        assertThat(names.appearIn("Sektor Barn, Utbildning och kultur")).as("words written in lower case elsewhere").isFalse();
        assertThat(names.appearIn("Strategi Program")).isFalse();
        assertThat(names.appearIn("Instruktion Instruktionerna anger normer")).as("a heading run into its text").isFalse();
        assertThat(names.appearIn("Kommunstyrelsen beslutar.")).as("one capitalised word").isFalse();
        assertThat(names.appearIn("")).isFalse();
    }
}
