package se.riktlinjeboten.document;

import java.util.List;

/** A document ready to index: what it is and its passages. */
public record LoadedDocument(DocumentInfo info, List<Passage> passages) {

    public LoadedDocument {
        passages = List.copyOf(passages);
    }
}
