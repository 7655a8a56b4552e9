package se.riktlinjeboten.document;

import java.util.Objects;

/**
 * What a reader needs to know about a document to trust a quote from it. Fields other than
 * {@code id}, {@code file} and {@code title} may be empty when neither the catalogue nor the
 * document says.
 */
public record DocumentInfo(
        String id,
        String file,
        String title,
        String municipality,
        String kind,
        String date,
        String decidedBy,
        String reference,
        String source) {

    public DocumentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        municipality = Objects.requireNonNullElse(municipality, "");
        kind = Objects.requireNonNullElse(kind, "");
        date = Objects.requireNonNullElse(date, "");
        decidedBy = Objects.requireNonNullElse(decidedBy, "");
        reference = Objects.requireNonNullElse(reference, "");
        source = Objects.requireNonNullElse(source, "");
    }
}
