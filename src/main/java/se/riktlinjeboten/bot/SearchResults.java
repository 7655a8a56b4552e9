package se.riktlinjeboten.bot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.HeroCard;
import com.microsoft.bot.schema.teams.MessagingExtensionAttachment;
import com.microsoft.bot.schema.teams.MessagingExtensionResponse;
import com.microsoft.bot.schema.teams.MessagingExtensionResult;
import java.util.List;
import se.riktlinjeboten.answer.Quote;
import se.riktlinjeboten.document.DocumentInfo;
import se.riktlinjeboten.search.Language;

/**
 * The results of a search from Teams' message box: each passage as a preview in the list and,
 * once picked, as a card with the quote and its source that is inserted into the conversation.
 */
final class SearchResults {

    private static final int PREVIEW_TEXT = 160;

    MessagingExtensionResponse quotes(List<Quote> quotes, Language language) {
        Phrases phrases = Phrases.of(language);
        if (quotes.isEmpty()) {
            return message(phrases.notFound());
        }
        return list(quotes.stream().map(q -> quote(q, phrases)).toList());
    }

    /** Before the user types anything: the documents the search covers. */
    MessagingExtensionResponse documents(List<DocumentInfo> documents) {
        return list(documents.stream().map(SearchResults::document).toList());
    }

    private static MessagingExtensionAttachment quote(Quote quote, Phrases phrases) {
        String source = Replies.source(quote, phrases);
        ObjectNode card = Replies.card();
        ArrayNode body = (ArrayNode) card.get("body");
        body.add(Replies.textBlock(Replies.highlighted(quote)));
        body.add(Replies.textBlock(source).put("isSubtle", true).put("size", "Small"));
        HeroCard preview = new HeroCard();
        preview.setTitle(quote.document().title() + (quote.passage().section().isBlank() ? "" : " – " + quote.passage().section()));
        preview.setText(abbreviated(quote.answeringSentence()));
        return attachment(card, preview);
    }

    private static MessagingExtensionAttachment document(DocumentInfo document) {
        ObjectNode card = Replies.card();
        ((ArrayNode) card.get("body")).add(Replies.textBlock(document.title()).put("weight", "Bolder"));
        String details = String.join(", ", List.of(document.municipality(), document.kind(), document.date()).stream()
                .filter(s -> !s.isBlank()).toList());
        ((ArrayNode) card.get("body")).add(Replies.textBlock(details).put("isSubtle", true));
        HeroCard preview = new HeroCard();
        preview.setTitle(document.title());
        preview.setText(details);
        return attachment(card, preview);
    }

    private static MessagingExtensionAttachment attachment(ObjectNode card, HeroCard preview) {
        MessagingExtensionAttachment attachment = new MessagingExtensionAttachment();
        attachment.setContentType(Replies.CARD_CONTENT_TYPE);
        attachment.setContent(card);
        Attachment previewAttachment = preview.toAttachment();
        attachment.setPreview(previewAttachment);
        return attachment;
    }

    private static MessagingExtensionResponse list(List<MessagingExtensionAttachment> attachments) {
        MessagingExtensionResult result = new MessagingExtensionResult();
        result.setType("result");
        result.setAttachmentLayout("list");
        result.setAttachments(attachments);
        return new MessagingExtensionResponse(result);
    }

    private static MessagingExtensionResponse message(String text) {
        MessagingExtensionResult result = new MessagingExtensionResult();
        result.setType("message");
        result.setText(text);
        return new MessagingExtensionResponse(result);
    }

    private static String abbreviated(String text) {
        return text.length() <= PREVIEW_TEXT ? text : text.substring(0, PREVIEW_TEXT - 1) + "…";
    }
}
