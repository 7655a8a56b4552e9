package se.riktlinjeboten.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user's verdict on an answer: what was asked, which passages were shown, up or down, and an
 * optional comment. The user is a pseudonym, never a name.
 *
 * @param passages the passages shown, as {@code document#ordinal}
 */
public record Feedback(Instant time, String user, String language, String question, List<String> passages,
        Verdict verdict, String comment) {

    public enum Verdict { UP, DOWN }

    public Feedback {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(verdict, "verdict");
        user = Objects.requireNonNullElse(user, "");
        language = Objects.requireNonNullElse(language, "");
        question = Objects.requireNonNullElse(question, "");
        passages = List.copyOf(Objects.requireNonNullElse(passages, List.of()));
        comment = Objects.requireNonNullElse(comment, "").strip();
    }
}
