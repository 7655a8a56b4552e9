package se.riktlinjeboten.feedback;

import java.io.IOException;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code java -jar riktlinjebot.jar feedback [ANTAL]}: the latest answers users marked as unhelpful,
 * with their comments and the passages shown, and the latest questions the documents did not
 * answer: where the documents or the lexicon need work.
 */
public final class FeedbackCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final FeedbackStore store;

    FeedbackCommand(FeedbackStore store) {
        this.store = store;
    }

    public void run(int limit, PrintStream out) throws IOException {
        List<Feedback> negative = store.negative(limit);
        out.printf("Senaste svar som fått tummen ned (%d):%n", negative.size());
        for (Feedback f : negative) {
            out.printf("%n%s  användare %s%n  Fråga: %s%n  Visade: %s%n", TIME.format(f.time()), f.user(), f.question(),
                    String.join(", ", f.passages()));
            if (!f.comment().isEmpty()) {
                out.printf("  Kommentar: %s%n", f.comment());
            }
        }
        List<Unanswered> unanswered = store.unanswered(limit);
        out.printf("%nSenaste frågor som dokumenten inte besvarade (%d):%n", unanswered.size());
        for (Unanswered u : unanswered) {
            out.printf("%s  %s  %s%n", TIME.format(u.time()), u.language(), u.question());
        }
    }
}
