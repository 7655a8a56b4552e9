package se.riktlinjeboten.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.riktlinjeboten.feedback.Feedback.Verdict;

/** Feedback survives a crash mid-write and a restart, and names no one. */
class FeedbackStoreTest {

    @TempDir
    Path data;

    @Test
    void aLineTornByACrashIsSkippedAndWhatCameBeforeAndAfterIsKept() throws IOException {
        FeedbackStore store = new FeedbackStore(data);
        store.feedback("29:anna", "SWEDISH", "Vem utser direktören?", List.of("gnosjo#12"), Verdict.DOWN, "Fel avsnitt");
        Files.writeString(data.resolve("feedback.jsonl"), "{\"time\":\"2026-11-25T10:00:00Z\",\"verd",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        FeedbackStore afterRestart = new FeedbackStore(data);
        afterRestart.feedback("29:bertil", "ENGLISH", "Who appoints the director?", List.of("gnosjo#12"), Verdict.DOWN, "");

        assertThat(afterRestart.negative(10)).extracting(Feedback::question)
                .containsExactly("Who appoints the director?", "Vem utser direktören?");
    }

    @Test
    void usersArePseudonymsStableAcrossRestartsAndKeyedBySecret() throws IOException {
        new FeedbackStore(data).unanswered("29:anna", "SWEDISH", "Hur bokar jag en lokal?");
        new FeedbackStore(data).unanswered("29:anna", "SWEDISH", "Var finns protokollen?");
        new FeedbackStore(data).unanswered("29:bertil", "SWEDISH", "Vem är ordförande?");

        List<Unanswered> questions = new FeedbackStore(data).unanswered(10);

        assertThat(questions.get(1).user()).isEqualTo(questions.get(2).user()).isNotEqualTo(questions.get(0).user());
        assertThat(Files.readString(data.resolve("unanswered.jsonl"))).doesNotContain("anna", "bertil");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("pseudonym.key"))))
                .isEqualTo("rw-------");
    }
}
