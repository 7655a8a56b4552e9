package se.riktlinjeboten.document;

import java.util.List;

/** A document ready to index: what it is and its passages. */
public record LoadedDocument(DocumentInfo info, List<Passage> passages) {

    public LoadedDocument {
        passages = List.copyOf(passages);
    }

    /** The last page quoted from, or 0 for a document without pages. */
    public int pages() {
        return passages.stream().mapToInt(Passage::page).max().orElse(0);
    }
}
