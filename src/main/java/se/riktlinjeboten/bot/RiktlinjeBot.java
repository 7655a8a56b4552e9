package se.riktlinjeboten.bot;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.teams.MessagingExtensionParameter;
import com.microsoft.bot.schema.teams.MessagingExtensionQuery;
import com.microsoft.bot.schema.teams.MessagingExtensionResponse;
import com.microsoft.bot.schema.teams.TeamInfo;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import se.riktlinjeboten.answer.Answer;
import se.riktlinjeboten.answer.AnswerService;
import se.riktlinjeboten.search.CurrentIndex;
import se.riktlinjeboten.search.Language;

/**
 * Translates between Teams activities and the answering service: reads the question (without
 * the @mention in channels, group chats and meetings), answers it and sends the reply.
 */
@Component
class RiktlinjeBot extends TeamsActivityHandler {

    /** Conversations welcomed recently, so a repeated install event does not greet twice. */
    private static final int REMEMBERED_CONVERSATIONS = 10_000;

    private final AnswerService answers;
    private final CurrentIndex index;
    private final TypingIndicator typing;
    private final AnswerRecorder recorder;
    private final CardActions cardActions;
    private final int maxQuestionLength;
    private final QuestionRateLimit rateLimit;
    private static final int SEARCH_RESULTS = 8;

    private final Replies replies = new Replies();
    private final SearchResults searchResults = new SearchResults();
    private final Set<String> welcomed = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<>() {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED_CONVERSATIONS;
                }
            }));

    RiktlinjeBot(AnswerService answers, CurrentIndex index, TypingIndicator typing, EdgeSettings settings,
            AnswerRecorder recorder, CardActions cardActions) {
        this.answers = answers;
        this.cardActions = cardActions;
        this.recorder = recorder;
        this.index = index;
        this.typing = typing;
        this.maxQuestionLength = settings.maxQuestionLength();
        this.rateLimit = new QuestionRateLimit(settings.questionsPerMinute());
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        if (sentByThisBot(activity)) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<Activity> clicked = cardActions.reply(activity, userOf(activity));
        if (clicked.isPresent()) {
            return send(turn, clicked.get());
        }
        String text = withoutMentionOfBot(activity);
        Optional<PrivateAnswer.Request> privately = PrivateAnswer.requested(text);
        String question = privately.map(PrivateAnswer.Request::question).orElse(text);
        if (question.isBlank()) {
            return send(turn, replies.plain(Phrases.of(Language.detect(question)).emptyQuestion()));
        }
        var command = Command.parse(question);
        if (command.isPresent()) {
            Language language = command.get().language();
            return send(turn, switch (command.get().command()) {
                case HELP -> replies.help(language, index.get().documents());
                case SOURCES -> replies.sources(language, index.get().documents());
                case ABOUT -> replies.about(language);
            });
        }
        Phrases phrases = Phrases.of(Language.detect(question.substring(0, Math.min(question.length(), maxQuestionLength))));
        if (question.length() > maxQuestionLength) {
            return send(turn, replies.plain(phrases.questionTooLong().formatted(maxQuestionLength)));
        }
        boolean rehearsal = WarmUp.isRehearsal(turn);
        if (!rehearsal && !rateLimit.allow(userOf(activity))) {
            recorder.rateLimited();
            return send(turn, replies.plain(phrases.slowDown()));
        }
        return typing.whileAnswering(turn, () -> {
            long started = System.nanoTime();
            Answer answer = answers.answer(question);
            if (!rehearsal) {
                recorder.answer(question, answer, Duration.ofNanos(System.nanoTime() - started));
                cardActions.unanswered(userOf(activity), answer, question);
            }
            Activity reply = replies.answer(answer, question);
            if (privately.isPresent() && PrivateAnswer.shared(activity)) {
                return sendPrivately(turn, reply, phrases);
            }
            return send(turn, reply);
        });
    }

    /** The answer to the asker alone; the shared conversation hears only where it went, or why it could not. */
    private CompletableFuture<Void> sendPrivately(TurnContext turn, Activity reply, Phrases phrases) {
        return PrivateAnswer.send(turn, reply)
                .handle((sent, error) -> error == null ? phrases.sentPrivately() : phrases.privateFailed())
                .thenCompose(notice -> send(turn, replies.plain(notice)));
    }

    /** A search from the message box; before anything is typed, the documents it covers. */
    @Override
    protected CompletableFuture<MessagingExtensionResponse> onTeamsMessagingExtensionQuery(
            TurnContext turn, MessagingExtensionQuery query) {
        String text = searchText(query);
        if (text.isBlank()) {
            return CompletableFuture.completedFuture(searchResults.documents(index.get().documents()));
        }
        String question = text.substring(0, Math.min(text.length(), maxQuestionLength));
        Language language = Language.detect(question);
        return CompletableFuture.completedFuture(searchResults.quotes(answers.search(question, SEARCH_RESULTS), language));
    }

    private static String searchText(MessagingExtensionQuery query) {
        List<MessagingExtensionParameter> parameters = Objects.requireNonNullElse(query.getParameters(), List.of());
        return parameters.stream()
                .filter(p -> !"initialRun".equals(p.getName()) && p.getValue() != null)
                .map(p -> p.getValue().toString().strip())
                .findFirst()
                .orElse("");
    }

    @Override
    protected CompletableFuture<Void> onTeamsMembersAddedDispatch(
            List<ChannelAccount> membersAdded, TeamInfo teamInfo, TurnContext turn) {
        // The SDK would look up every added member on the connector; the welcome needs none of that.
        return onMembersAdded(membersAdded, turn);
    }

    @Override
    protected CompletableFuture<Void> onMembersAdded(List<ChannelAccount> membersAdded, TurnContext turn) {
        Activity activity = turn.getActivity();
        boolean botAdded = activity.getRecipient() != null && membersAdded.stream()
                .anyMatch(m -> Objects.equals(m.getId(), activity.getRecipient().getId()));
        String conversation = activity.getConversation() == null ? "" : activity.getConversation().getId();
        if (!botAdded || !welcomed.add(conversation)) {
            return CompletableFuture.completedFuture(null);
        }
        Language language = activity.getLocale() != null && activity.getLocale().startsWith("en")
                ? Language.ENGLISH : Language.SWEDISH;
        return send(turn, replies.welcome(language, index.get().documents()));
    }

    private static CompletableFuture<Void> send(TurnContext turn, Activity reply) {
        return turn.sendActivity(reply).thenApply(sent -> null);
    }

    /** The user's Entra ID object id where Teams gives it: stable across the user's chats. */
    private static String userOf(Activity activity) {
        if (activity.getFrom() == null) {
            return "";
        }
        return Objects.requireNonNullElse(activity.getFrom().getAadObjectId(),
                Objects.requireNonNullElse(activity.getFrom().getId(), ""));
    }

    private static boolean sentByThisBot(Activity activity) {
        return activity.getFrom() != null && activity.getRecipient() != null
                && Objects.equals(activity.getFrom().getId(), activity.getRecipient().getId());
    }

    /** The text with every @mention of the bot taken out; other mentions stay, they may be part of the question. */
    static String withoutMentionOfBot(Activity activity) {
        String text = Objects.requireNonNullElse(activity.getText(), "");
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        List<Entity> entities = Objects.requireNonNullElse(activity.getEntities(), List.of());
        for (Entity entity : entities) {
            if (!"mention".equalsIgnoreCase(entity.getType())) {
                continue;
            }
            Mention mention = entity.getAs(Mention.class);
            if (mention != null && mention.getMentioned() != null && mention.getText() != null
                    && Objects.equals(mention.getMentioned().getId(), botId)) {
                text = text.replace(mention.getText(), " ");
            }
        }
        return text.replaceAll("\\s+", " ").strip();
    }
}
