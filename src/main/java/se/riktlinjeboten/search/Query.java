package se.riktlinjeboten.search;

import java.util.List;

/**
 * A question as the index sees it: the things asked about ({@link Concept}s), each with the
 * document terms that express it.
 */
public record Query(Language language, List<Concept> concepts) {

    public Query {
        concepts = List.copyOf(concepts);
    }

    public boolean isEmpty() {
        return concepts.isEmpty();
    }

    /** One way to say a concept in the documents' words: all terms, in order. */
    public record Alternative(List<String> terms, float weight) {

        public Alternative {
            terms = List.copyOf(terms);
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("an alternative needs terms");
            }
        }
    }

    /** Something the question asks about: the words it was asked with, and how the documents may say it. */
    public record Concept(String asked, List<Alternative> alternatives) {

        public Concept {
            alternatives = List.copyOf(alternatives);
        }
    }
}
