package se.riktlinjeboten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lexicon folder an administrator keeps: lists may be missing, a broken line is named. */
class LexiconsTest {

    @TempDir
    Path folder;

    @Test
    void aMissingListIsEmptyAndTheQuestionIsStillAnalysed() throws IOException {
        Files.writeString(folder.resolve("synonymer.txt"), "äldreboende = särskilt boende\n", StandardCharsets.UTF_8);

        Lexicons lexicons = Lexicons.read(folder);

        assertThat(lexicons.swedish().entries()).hasSize(1);
        assertThat(lexicons.english().entries()).isEmpty();
        assertThat(lexicons.thesaurus().entries()).isEmpty();
        assertThat(lexicons.analyzer(new Analysis()).analyze("Vem utser vikarier till äldreboendet?").concepts())
                .isNotEmpty();
        assertThat(Lexicons.read(folder.resolve("finns-inte")).thesaurus().entries()).isEmpty();
    }

    @Test
    void aBrokenThesaurusLineIsReportedWithItsFileAndLine() throws IOException {
        Files.writeString(folder.resolve("synonymlexikon.txt"), "# synonymer\nvikarie = ersättare\nvikarie ersättare\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Lexicons.read(folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("synonymlexikon.txt rad 3");
    }
}
