package se.riktlinjeboten.bot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.TextFormatTypes;
import java.util.ArrayList;
import java.util.List;
import se.riktlinjeboten.answer.Answer;
import se.riktlinjeboten.answer.Quote;
import se.riktlinjeboten.document.DocumentInfo;
import se.riktlinjeboten.search.Language;

/**
 * Renders what the bot says. Teams shows a message's text and its cards one after the other, so
 * nothing is said twice: an answer is markdown text (where Teams numbers the citations) followed
 * by a small card with the buttons; the welcome, help and source lists are cards, with a summary
 * for notifications and screen readers.
 */
final class Replies {

    static final String CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    private static final String CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
    private static final String CARD_VERSION = "1.5";
    /** Teams shows at most this much of a citation's abstract, and of each of its keywords. */
    private static final int CITATION_ABSTRACT = 160;
    private static final int CITATION_KEYWORD = 28;

    static final List<String> EXAMPLES_SV = List.of(
            "Vem ska jag vända mig till om jag vill besöka en verksamhet?",
            "Får en förtroendevald ge direktiv till en tjänsteperson?",
            "Vem ansvarar för att verkställa politiska beslut?");
    static final List<String> EXAMPLES_EN = List.of(
            "Who should I talk to before visiting a school or care home?",
            "May employees talk to the press?");

    /** The quotes that answer a question, with buttons to judge them and to see more. */
    Activity answer(Answer answer, String question) {
        return quotes(answer, question, 0);
    }

    /** Quotes after the first {@code alreadyShown}, for "Visa fler". */
    Activity more(Answer answer, String question, int alreadyShown) {
        if (!answer.found()) {
            return plain(Phrases.of(answer.language()).noMore());
        }
        return quotes(answer, question, alreadyShown);
    }

    private Activity quotes(Answer answer, String question, int alreadyShown) {
        Phrases phrases = Phrases.of(answer.language());
        if (!answer.found()) {
            return notFound(answer.language());
        }
        StringBuilder text = new StringBuilder(phrases.answerIntro());
        if (!phrases.quotedInSwedish().isEmpty()) {
            text.append(' ').append(phrases.quotedInSwedish());
        }
        int position = 1;
        for (Quote quote : answer.quotes()) {
            text.append("\n\n").append(highlighted(quote))
                    .append("\n\n_").append(source(quote, phrases)).append("_ [").append(position++).append(']');
        }
        ObjectNode card = card();
        ((ArrayNode) card.get("body")).add(textBlock(phrases.wasItHelpful()).put("isSubtle", true).put("size", "Small"));
        card.set("actions", actions(answer, question, alreadyShown, phrases));
        Activity reply = withCard(plain(text.toString()), card);
        reply.setEntities(List.of(citations(answer.quotes())));
        return reply;
    }

    /**
     * 👍, 👎 with an optional comment, and "Visa fler". Each button posts back what it is about
     * (the question, the passages shown), so the bot keeps no state between the answer and the click.
     */
    private static ArrayNode actions(Answer answer, String question, int alreadyShown, Phrases phrases) {
        ArrayNode actions = Serialization.createArrayNode();
        actions.addObject().put("type", "Action.Submit").put("title", phrases.helpful())
                .set("data", feedbackData(answer, question, "UP"));
        ObjectNode comment = card();
        ((ArrayNode) comment.get("body")).addObject().put("type", "Input.Text").put("id", BotActions.COMMENT)
                .put("placeholder", phrases.commentPrompt()).put("isMultiline", true).put("maxLength", 1000);
        comment.putArray("actions").addObject().put("type", "Action.Submit").put("title", phrases.send())
                .set("data", feedbackData(answer, question, "DOWN"));
        actions.addObject().put("type", "Action.ShowCard").put("title", phrases.notHelpful()).set("card", comment);
        ObjectNode more = Serialization.createObjectNode().put(BotActions.KIND, BotActions.MORE)
                .put(BotActions.QUESTION, question).put(BotActions.SHOWN, alreadyShown + answer.quotes().size());
        actions.addObject().put("type", "Action.Submit").put("title", phrases.more()).set("data", more);
        return actions;
    }

    private static ObjectNode feedbackData(Answer answer, String question, String verdict) {
        ObjectNode data = Serialization.createObjectNode().put(BotActions.KIND, BotActions.FEEDBACK)
                .put(BotActions.VERDICT, verdict).put(BotActions.QUESTION, question)
                .put(BotActions.LANGUAGE, answer.language().name());
        ArrayNode passages = data.putArray(BotActions.PASSAGES);
        answer.quotes().forEach(q -> passages.add(q.document().id() + "#" + q.passage().ordinal()));
        return data;
    }

    /**
     * Teams' citation entity: numbered sources under the message, matching the [n] in its text,
     * each with the document's name and the answering sentence as the abstract.
     */
    private static Entity citations(List<Quote> quotes) {
        ObjectNode message = Serialization.createObjectNode();
        message.put("@type", "Message").put("@context", "https://schema.org").put("@id", "");
        ArrayNode citations = message.putArray("citation");
        for (int i = 0; i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            ObjectNode appearance = citations.addObject().put("@type", "Claim").put("position", i + 1)
                    .putObject("appearance").put("@type", "DigitalDocument").put("name", quote.document().title())
                    .put("abstract", abbreviated(quote.answeringSentence(), CITATION_ABSTRACT));
            ArrayNode keywords = appearance.putArray("keywords");
            for (String keyword : List.of(quote.document().municipality(), quote.passage().section())) {
                if (!keyword.isBlank()) {
                    keywords.add(abbreviated(keyword, CITATION_KEYWORD));
                }
            }
        }
        Entity entity = new Entity();
        entity.setType("https://schema.org/Message");
        message.properties().forEach(field -> entity.setProperties(field.getKey(), field.getValue()));
        return entity;
    }

    private static String abbreviated(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    Activity notFound(Language language) {
        Phrases phrases = Phrases.of(language);
        ObjectNode card = card();
        ArrayNode body = (ArrayNode) card.get("body");
        body.add(textBlock(phrases.notFound()).put("weight", "Bolder"));
        body.add(textBlock(phrases.suggestions()));
        return message(phrases.notFound() + "\n\n" + phrases.suggestions(), card);
    }

    Activity welcome(Language language, List<DocumentInfo> documents) {
        Phrases phrases = Phrases.of(language);
        return guide(phrases.welcome(), phrases, documents);
    }

    Activity help(Language language, List<DocumentInfo> documents) {
        Phrases phrases = Phrases.of(language);
        return guide(phrases.helpIntro(), phrases, documents);
    }

    Activity sources(Language language, List<DocumentInfo> documents) {
        Phrases phrases = Phrases.of(language);
        ObjectNode card = card();
        ArrayNode body = (ArrayNode) card.get("body");
        StringBuilder text = new StringBuilder(phrases.documentsTitle()).append(':');
        body.add(textBlock(phrases.documentsTitle()).put("weight", "Bolder"));
        for (String line : documentLines(documents, phrases)) {
            text.append("\n\n- ").append(line);
            body.add(textBlock("- " + line));
        }
        return message(text.toString(), card);
    }

    Activity about(Language language) {
        Phrases phrases = Phrases.of(language);
        ObjectNode card = card();
        ((ArrayNode) card.get("body")).add(textBlock(phrases.about()));
        return message(phrases.about(), card);
    }

    Activity plain(String text) {
        Activity activity = Activity.createMessageActivity();
        activity.setText(text);
        activity.setTextFormat(TextFormatTypes.MARKDOWN);
        return activity;
    }

    private Activity guide(String intro, Phrases phrases, List<DocumentInfo> documents) {
        List<String> examples = phrases == Phrases.ENGLISH ? EXAMPLES_EN : EXAMPLES_SV;
        ObjectNode card = card();
        ArrayNode body = (ArrayNode) card.get("body");
        StringBuilder text = new StringBuilder(intro);
        body.add(textBlock(intro));
        text.append("\n\n**").append(phrases.exampleQuestionsTitle()).append("**");
        body.add(textBlock(phrases.exampleQuestionsTitle()).put("weight", "Bolder"));
        for (String example : examples) {
            text.append("\n\n- ").append(example);
            body.add(textBlock("- " + example));
        }
        text.append("\n\n**").append(phrases.documentsTitle()).append("**");
        body.add(textBlock(phrases.documentsTitle()).put("weight", "Bolder"));
        for (String line : documentLines(documents, phrases)) {
            text.append("\n\n- ").append(line);
            body.add(textBlock("- " + line).put("size", "Small"));
        }
        text.append("\n\n").append(phrases.privateHint());
        body.add(textBlock(phrases.privateHint()).put("isSubtle", true));
        return message(text.toString(), card);
    }

    private static List<String> documentLines(List<DocumentInfo> documents, Phrases phrases) {
        List<String> lines = new ArrayList<>();
        for (DocumentInfo document : documents) {
            List<String> parts = new ArrayList<>();
            parts.add(document.title());
            addIfPresent(parts, document.municipality());
            addIfPresent(parts, document.date());
            lines.add(String.join(", ", parts));
        }
        return lines;
    }

    /** The passage as quoted, its answering sentence in bold where markdown allows it. */
    static String highlighted(Quote quote) {
        String text = quote.passage().text();
        String sentence = quote.answeringSentence();
        int at = text.indexOf(sentence);
        if (at < 0 || sentence.equals(text) || sentence.contains("\n") || sentence.contains("*")) {
            return "”" + text + "”";
        }
        return "”" + text.substring(0, at) + "**" + sentence + "**" + text.substring(at + sentence.length()) + "”";
    }

    static String source(Quote quote, Phrases phrases) {
        DocumentInfo document = quote.document();
        List<String> parts = new ArrayList<>();
        parts.add(document.title());
        addIfPresent(parts, document.municipality());
        if (!quote.passage().section().isBlank()) {
            parts.add(phrases.sectionLabel() + " ”" + quote.passage().section() + "”");
        }
        if (quote.passage().hasPage()) {
            parts.add(phrases.pageLabel() + " " + quote.passage().page());
        }
        addIfPresent(parts, document.date());
        return phrases.sourceLabel() + ": " + String.join(", ", parts);
    }

    private static void addIfPresent(List<String> parts, String value) {
        if (!value.isBlank()) {
            parts.add(value);
        }
    }

    static ObjectNode card() {
        ObjectNode card = Serialization.createObjectNode();
        card.put("type", "AdaptiveCard").put("$schema", CARD_SCHEMA).put("version", CARD_VERSION);
        card.putArray("body");
        return card;
    }

    static ObjectNode textBlock(String text) {
        ObjectNode block = Serialization.createObjectNode();
        block.put("type", "TextBlock").put("text", text).put("wrap", true);
        return block;
    }

    /** A card alone; its plain-text summary is what notifications and screen readers get. */
    private static Activity message(String text, ObjectNode card) {
        String summary = text.replace("**", "");
        card.put("fallbackText", summary);
        Activity activity = Activity.createMessageActivity();
        activity.setSummary(summary);
        return withCard(activity, card);
    }

    private static Activity withCard(Activity activity, ObjectNode card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(CARD_CONTENT_TYPE);
        attachment.setContent(card);
        activity.setAttachments(List.of(attachment));
        return activity;
    }
}
