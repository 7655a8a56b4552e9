package se.riktlinjeboten.bot;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationResourceResponse;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import com.microsoft.bot.schema.teams.TenantInfo;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An answer the asker wants for themselves: in a channel, group chat or meeting, a question that
 * starts with "privat" (or "private") is answered in a 1:1 chat between the bot and the asker,
 * and the shared conversation only learns that an answer was sent.
 */
final class PrivateAnswer {

    private static final Logger log = LoggerFactory.getLogger(PrivateAnswer.class);
    private static final Pattern REQUEST = Pattern.compile(
            "^(?:privat|private|privately)\\b\\s*[:,.!–-]?\\s*(?<question>.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    /** A question asked for a private answer, without the word that asked for it. */
    record Request(String question) {
    }

    private PrivateAnswer() {
    }

    static Optional<Request> requested(String text) {
        Matcher matcher = REQUEST.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Request(matcher.group("question").strip()));
    }

    /** Whether others can read the conversation: a channel, a group chat or a meeting chat. */
    static boolean shared(Activity activity) {
        ConversationAccount conversation = activity.getConversation();
        if (conversation == null) {
            return false;
        }
        return Boolean.TRUE.equals(conversation.isGroup())
                || "channel".equals(conversation.getConversationType())
                || "groupChat".equals(conversation.getConversationType());
    }

    /**
     * Opens (or reopens: Teams keeps one) the 1:1 chat with the asker and sends the reply there.
     * Completes exceptionally when Teams refuses, for example when the asker's tenant does not
     * allow the app in personal chats.
     */
    static CompletableFuture<Void> send(TurnContext turn, Activity reply) {
        Activity asked = turn.getActivity();
        ConnectorClient connector = turn.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
        if (connector == null || asked.getFrom() == null || asked.getRecipient() == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("ingen connector för privat svar"));
        }
        String tenant = tenantOf(asked);
        ConversationParameters parameters = new ConversationParameters();
        parameters.setIsGroup(false);
        parameters.setBot(asked.getRecipient());
        parameters.setMembers(List.of(asked.getFrom()));
        if (tenant != null) {
            parameters.setTenantId(tenant);
            TeamsChannelData channelData = new TeamsChannelData();
            channelData.setTenant(new TenantInfo(tenant));
            parameters.setChannelData(channelData);
        }
        CompletableFuture<ConversationResourceResponse> creating;
        try {
            creating = connector.getConversations().createConversation(parameters);
        } catch (RuntimeException refusedBeforeSending) {
            creating = CompletableFuture.failedFuture(refusedBeforeSending);
        }
        return creating.thenCompose(created -> {
            ConversationAccount personal = new ConversationAccount(created.getId());
            personal.setConversationType("personal");
            personal.setTenantId(tenant);
            reply.setConversation(personal);
            reply.setFrom(asked.getRecipient());
            reply.setRecipient(asked.getFrom());
            reply.setChannelId(asked.getChannelId());
            reply.setServiceUrl(asked.getServiceUrl());
            reply.setLocale(asked.getLocale());
            return connector.getConversations().sendToConversation(created.getId(), reply);
        }).whenComplete((sent, error) -> {
            if (error != null) {
                log.warn("Privat svar kunde inte skickas: {}", error.toString());
            }
        }).thenApply(sent -> null);
    }

    private static String tenantOf(Activity activity) {
        if (activity.getConversation() != null && activity.getConversation().getTenantId() != null) {
            return activity.getConversation().getTenantId();
        }
        try {
            var channelData = activity.teamsGetChannelData();
            return channelData == null || channelData.getTenant() == null ? null : channelData.getTenant().getId();
        } catch (RuntimeException notTeamsChannelData) {
            return null;
        }
    }
}
