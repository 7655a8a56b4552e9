package se.riktlinjeboten.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a button on an answer card posts back (Teams sends an Action.Submit as a message whose
 * value is the button's data, with the card's inputs merged in): the field names, and reading
 * them back.
 */
final class BotActions {

    static final String KIND = "riktlinjebot";
    static final String FEEDBACK = "feedback";
    static final String MORE = "more";
    static final String VERDICT = "verdict";
    static final String QUESTION = "question";
    static final String LANGUAGE = "language";
    static final String PASSAGES = "passages";
    static final String SHOWN = "shown";
    static final String COMMENT = "comment";

    /** A click on one of our buttons. */
    record Action(String kind, String verdict, String question, String language, List<String> passages, int shown,
            String comment) {
    }

    private BotActions() {
    }

    static Optional<Action> of(Activity activity) {
        if (activity.getValue() == null) {
            return Optional.empty();
        }
        JsonNode value;
        try {
            value = Serialization.getAs(activity.getValue(), JsonNode.class);
        } catch (RuntimeException notAnObject) {
            return Optional.empty();
        }
        if (value == null || !value.isObject() || !value.path(KIND).isTextual()) {
            return Optional.empty();
        }
        List<String> passages = new ArrayList<>();
        value.path(PASSAGES).forEach(p -> passages.add(p.asText()));
        return Optional.of(new Action(value.path(KIND).asText(), value.path(VERDICT).asText(),
                value.path(QUESTION).asText(), value.path(LANGUAGE).asText(), passages,
                Math.max(0, value.path(SHOWN).asInt()), value.path(COMMENT).asText()));
    }
}
