package se.riktlinjeboten.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.riktlinjeboten.feedback.Feedback.Verdict;

/**
 * Feedback on answers and the questions the documents did not answer, kept in the data folder
 * ({@code feedback.jsonl}, {@code unanswered.jsonl}) for the administrators who look after the
 * documents. Users are recorded as pseudonyms.
 */
public final class FeedbackStore {

    private final JsonLines<Feedback> feedback;
    private final JsonLines<Unanswered> unanswered;
    private final Pseudonyms pseudonyms;

    public FeedbackStore(Path dataFolder) {
        this.feedback = new JsonLines<>(dataFolder.resolve("feedback.jsonl"), Feedback.class);
        this.unanswered = new JsonLines<>(dataFolder.resolve("unanswered.jsonl"), Unanswered.class);
        try {
            this.pseudonyms = Pseudonyms.withKeyIn(dataFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("Datamappen " + dataFolder.toAbsolutePath() + " kan inte användas", e);
        }
    }

    /** Stores the verdict; it is on disk when this returns. */
    public void feedback(String userId, String language, String question, List<String> passages, Verdict verdict,
            String comment) throws IOException {
        feedback.append(new Feedback(Instant.now(), pseudonyms.of(userId), language, question, passages, verdict, comment));
    }

    public void unanswered(String userId, String language, String question) throws IOException {
        unanswered.append(new Unanswered(Instant.now(), pseudonyms.of(userId), language, question));
    }

    /** The latest negative feedback, newest first. */
    public List<Feedback> negative(int limit) throws IOException {
        return newestFirst(feedback.read().stream().filter(f -> f.verdict() == Verdict.DOWN).toList(), limit);
    }

    /** The latest unanswered questions, newest first. */
    public List<Unanswered> unanswered(int limit) throws IOException {
        return newestFirst(unanswered.read(), limit);
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst, int limit) {
        int from = Math.max(0, oldestFirst.size() - limit);
        List<T> newest = new ArrayList<>(oldestFirst.subList(from, oldestFirst.size()));
        Collections.reverse(newest);
        return newest;
    }
}
