package se.riktlinjeboten.search;

import java.nio.file.Path;

/**
 * The word lists of a lexicon folder: the Swedish lexicon of everyday words, the English
 * glossary and the Swedish thesaurus.
 */
public record Lexicons(Lexicon swedish, Lexicon english, Lexicon thesaurus) {

    /** Reads the folder's lists; a list that is missing is empty. */
    public static Lexicons read(Path folder) {
        return new Lexicons(Lexicon.read(folder.resolve("synonymer.txt")), Lexicon.read(folder.resolve("engelska.txt")),
                Lexicon.read(folder.resolve("synonymlexikon.txt")));
    }

    public QueryAnalyzer analyzer(Analysis analysis) {
        return new QueryAnalyzer(analysis, swedish, english, thesaurus);
    }
}
