package se.riktlinjeboten.bot;

import com.microsoft.bot.schema.Activity;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.riktlinjeboten.answer.Answer;
import se.riktlinjeboten.answer.AnswerService;
import se.riktlinjeboten.answer.AnswerSettings;
import se.riktlinjeboten.answer.Quote;
import se.riktlinjeboten.feedback.Feedback;
import se.riktlinjeboten.feedback.FeedbackStore;
import se.riktlinjeboten.search.Language;

/**
 * What the buttons on an answer do: 👍 and 👎 store the verdict (on disk before the thanks goes
 * out), "Visa fler" answers with the next passages. Questions the documents did not answer are
 * kept too, for the administrators.
 */
@Component
class CardActions {

    private static final Logger log = LoggerFactory.getLogger(CardActions.class);

    private final FeedbackStore store;
    private final AnswerService answers;
    private final Replies replies = new Replies();
    private final int perAnswer;

    CardActions(FeedbackStore store, AnswerService answers, AnswerSettings settings) {
        this.store = store;
        this.answers = answers;
        this.perAnswer = settings.maxQuotes();
    }

    /** The reply to a click, or empty when the activity is no click of ours. */
    Optional<Activity> reply(Activity activity, String user) {
        return BotActions.of(activity).map(action -> switch (action.kind()) {
            case BotActions.FEEDBACK -> feedback(action, user);
            case BotActions.MORE -> more(action);
            default -> replies.plain(Phrases.of(languageOf(action)).emptyQuestion());
        });
    }

    void unanswered(String user, Answer answer, String question) {
        if (answer.found()) {
            return;
        }
        try {
            store.unanswered(user, answer.language().name(), question);
        } catch (IOException | RuntimeException e) {
            log.error("En obesvarad fråga kunde inte sparas: {}", e.toString());
        }
    }

    private Activity feedback(BotActions.Action action, String user) {
        Phrases phrases = Phrases.of(languageOf(action));
        Feedback.Verdict verdict = "DOWN".equals(action.verdict()) ? Feedback.Verdict.DOWN : Feedback.Verdict.UP;
        try {
            store.feedback(user, action.language(), action.question(), action.passages(), verdict, action.comment());
            return replies.plain(phrases.thanks());
        } catch (IOException e) {
            log.error("Återkoppling kunde inte sparas: {}", e.getMessage());
            return replies.plain(phrases.somethingWentWrong());
        }
    }

    private Activity more(BotActions.Action action) {
        Language language = languageOf(action);
        List<Quote> all = answers.search(action.question(), action.shown() + perAnswer);
        List<Quote> next = all.subList(Math.min(action.shown(), all.size()), all.size());
        return replies.more(new Answer(language, next), action.question(), action.shown());
    }

    private static Language languageOf(BotActions.Action action) {
        try {
            return Language.valueOf(action.language());
        } catch (IllegalArgumentException unknown) {
            return Language.detect(action.question());
        }
    }
}
