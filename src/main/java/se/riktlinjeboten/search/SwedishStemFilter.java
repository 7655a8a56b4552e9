package se.riktlinjeboten.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.sv.SwedishLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's light Swedish stemmer applied until it stops changing the word. One pass is not
 * idempotent: it takes "ansvaret" to "ansvar" but "ansvar" to "ansv", and a fixed number of
 * passes still leaves forms apart ("verksamhetsplanen" and "verksamhetsplan" stop one letter
 * apart after two). At the fixed point every form that reduces to another meets it.
 */
final class SwedishStemFilter extends TokenFilter {

    /** Stateless, so one serves every filter and every caller of {@link #stem}. */
    private static final SwedishLightStemmer STEMMER = new SwedishLightStemmer();
    private static final List<String> MAN_PLURALS = List.of("männens", "männen", "mäns", "män");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SwedishStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        term.setLength(stemmedLength(term.buffer(), term.length()));
        return true;
    }

    /** The stem of one lower-case word, as this filter makes it. */
    static String stem(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, stemmedLength(chars, chars.length));
    }

    private static int stemmedLength(char[] buffer, int length) {
        asSingularMan(buffer, length);
        int stemmed = STEMMER.stem(buffer, length);
        while (stemmed < length) {
            length = stemmed;
            stemmed = STEMMER.stem(buffer, length);
        }
        return length;
    }

    /**
     * "tjänstemän", "tjänstemännen" as "tjänsteman", "tjänstemannen": the light stemmer knows no
     * plural that changes its vowel, and the plural would not meet the singular.
     */
    private static void asSingularMan(char[] buffer, int length) {
        for (String plural : MAN_PLURALS) {
            int at = length - plural.length();
            if (at > 0 && endsWith(buffer, at, plural)) {
                buffer[at + 1] = 'a';
                return;
            }
        }
    }

    /** Whether the buffer has {@code ending} at {@code at}: asked of every term, so without a String. */
    private static boolean endsWith(char[] buffer, int at, String ending) {
        for (int i = 0; i < ending.length(); i++) {
            if (buffer[at + i] != ending.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
