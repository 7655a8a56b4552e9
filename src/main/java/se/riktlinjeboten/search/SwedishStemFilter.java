package se.riktlinjeboten.search;

import java.io.IOException;
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
        int stemmed = STEMMER.stem(buffer, length);
        while (stemmed < length) {
            length = stemmed;
            stemmed = STEMMER.stem(buffer, length);
        }
        return length;
    }
}
