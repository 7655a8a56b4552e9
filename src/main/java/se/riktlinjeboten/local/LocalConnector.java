package se.riktlinjeboten.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Bot Connector's part for the local page: keeps what the bot sends to each conversation until
 * the page fetches it. Bounded, because nobody cleans up after a closed browser tab.
 */
final class LocalConnector {

    private static final int CONVERSATIONS = 100;
    private static final int ACTIVITIES_PER_CONVERSATION = 500;

    /** Activities from {@code next - activities.size()} up to {@code next}, exclusive. */
    record Page(List<String> activities, long next) {
    }

    private static final class Conversation {
        private final List<String> activities = new ArrayList<>();
        private long dropped;
    }

    private final Map<String, Conversation> conversations = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
            return size() > CONVERSATIONS;
        }
    };

    synchronized long add(String conversationId, String activity) {
        Conversation conversation = conversations.computeIfAbsent(conversationId, id -> new Conversation());
        conversation.activities.add(activity);
        if (conversation.activities.size() > ACTIVITIES_PER_CONVERSATION) {
            conversation.activities.remove(0);
            conversation.dropped++;
        }
        return conversation.dropped + conversation.activities.size();
    }

    /** What was sent to the conversation after the first {@code after} activities. */
    synchronized Page after(String conversationId, long after) {
        Conversation conversation = conversations.get(conversationId);
        if (conversation == null) {
            return new Page(List.of(), after);
        }
        long next = conversation.dropped + conversation.activities.size();
        int from = (int) Math.max(0, Math.min(after - conversation.dropped, conversation.activities.size()));
        return new Page(List.copyOf(conversation.activities.subList(from, conversation.activities.size())), next);
    }
}
