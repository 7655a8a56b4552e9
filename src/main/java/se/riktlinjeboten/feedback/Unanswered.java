package se.riktlinjeboten.feedback;

import java.time.Instant;
import java.util.Objects;

/** A question the documents did not answer: what the documents may need to cover. */
public record Unanswered(Instant time, String user, String language, String question) {

    public Unanswered {
        Objects.requireNonNull(time, "time");
        user = Objects.requireNonNullElse(user, "");
        language = Objects.requireNonNullElse(language, "");
        question = Objects.requireNonNullElse(question, "");
    }
}
