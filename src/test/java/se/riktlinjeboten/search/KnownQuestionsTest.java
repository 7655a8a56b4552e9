package se.riktlinjeboten.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownQuestionsTest {

    @TempDir
    Path folder;

    @Test
    void eachExpectedQuoteOfAQuestionIsAnAnswerAndÅÄÖStay() throws IOException {
        Files.writeString(folder.resolve("fragor.jsonl"), """
                {"id": "q1", "question": "Vem kontaktar jag för att besöka ett äldreboende?", "answerable": true, "expect": [{"doc": "gnosjo", "quote": "kontakt med förvaltningschefen"}, {"doc": "alingsas", "quote": "verksamhetsbesöken ska samordnas"}]}
                {"id": "q2", "question": "Vad blir det för väder i morgon?", "answerable": false, "expect": []}
                """, StandardCharsets.UTF_8);

        assertThat(KnownQuestions.read(folder).answered()).containsExactly(
                new KnownQuestions.Answered("Vem kontaktar jag för att besöka ett äldreboende?", "gnosjo",
                        "kontakt med förvaltningschefen"),
                new KnownQuestions.Answered("Vem kontaktar jag för att besöka ett äldreboende?", "alingsas",
                        "verksamhetsbesöken ska samordnas"));
        assertThat(KnownQuestions.read(folder).unanswered()).containsExactly("Vad blir det för väder i morgon?");
    }

    @Test
    void linesThatAreNoQuestionAreSkippedAndTheRestIsRead() throws IOException {
        Files.writeString(folder.resolve("fragor.jsonl"), """
                inte json
                {"question": "", "expect": [{"doc": "gnosjo", "quote": "ett citat"}]}
                {"question": "Utan citat?", "expect": [{"doc": "gnosjo", "quote": " ,. "}]}
                ["en", "lista"]
                {"question": "Vem ringer vem?", "expect": [{"doc": "gnosjo", "quote": "Medarbetare ringer enhetschef"}]}
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("anteckningar.txt"), "{\"question\": \"Läses inte\"}", StandardCharsets.UTF_8);

        assertThat(KnownQuestions.read(folder).answered()).extracting(KnownQuestions.Answered::question)
                .containsExactly("Vem ringer vem?");
    }

    @Test
    void aFileThatIsNotUtf8IsSkippedAndTheOthersAreRead() throws IOException {
        Files.write(folder.resolve("a-trasig.jsonl"), new byte[] {'{', (byte) 0xFF, (byte) 0xFE, '}', '\n'});
        Files.writeString(folder.resolve("b-fragor.jsonl"),
                "{\"question\": \"Vem ringer vem?\", \"expect\": [{\"doc\": \"gnosjo\", \"quote\": \"Medarbetare ringer\"}]}\n",
                StandardCharsets.UTF_8);

        assertThat(KnownQuestions.read(folder).answered()).extracting(KnownQuestions.Answered::question)
                .containsExactly("Vem ringer vem?");
    }

    @Test
    void aMissingFolderKnowsNoQuestion() {
        assertThat(KnownQuestions.read(folder.resolve("saknas")).answered()).isEmpty();
    }

    @Test
    void quotesAreComparedWithoutCasePunctuationOrSpacing() {
        assertThat(KnownQuestions.fold("Förvaltningschefen  ska, i första hand –\nkontaktas."))
                .isEqualTo("förvaltningschefen ska i första hand kontaktas");
    }
}
