package se.riktlinjeboten.document;

import java.util.Objects;

/**
 * A quotable piece of a document: a paragraph, a list with its lead-in, or a run of sentences
 * from a page-flattened text. {@code text} is the document's own wording, never altered.
 *
 * @param page the page the passage starts on, or 0 when the document has no pages
 * @param section the heading the passage stands under, or empty before the first heading
 */
public record Passage(String documentId, int ordinal, String section, int page, String text) {

    public Passage {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a passage needs text");
        }
    }

    public boolean hasPage() {
        return page > 0;
    }
}
