package se.riktlinjeboten.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one place that decides how Swedish text becomes index terms. Passages and questions go
 * through the same chain, so a question's words meet the documents' words.
 */
public final class Analysis {

    /** Question words, modal verbs and politeness that say nothing about what is asked. */
    private static final Set<String> QUESTION_WORDS = Set.of(
            "ska", "skall", "får", "fick", "bör", "måste", "vill", "ville", "vilja", "gör", "göra", "gäller", "finns",
            "finnas", "fanns", "snälla", "tack", "hej", "undrar", "lite", "angående", "beträffande", "rörande", "veta",
            "fråga", "frågor", "egentligen", "någon", "något", "några", "vet", "sker", "händer", "hände", "hända", "hänt",
            "hos", "länge", "många", "enligt", "vems", "gälla", "vänta", "brukar", "brukade", "gjorde", "gjordes", "gjort", "gjorts", "görs");

    private static final CharArraySet STOP_WORDS = stopWords();
    private static final Set<String> REFLEXIVES = Set.of("mig", "mej", "dig", "dej", "sig", "sej", "oss", "er");

    /**
     * A one-letter prefix and its hyphen ("e-post", "E-tjänster", "e-mail"): the tokenizer would
     * make the letter a word of its own, and "e" and "post" then met any passage with an "e"
     * (as in "t e x") and a "post". Joined, the word is one term ("epost").
     */
    private static final Pattern LETTER_PREFIX = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L})-(?=\\p{L})");

    private final Analyzer swedish = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, swedishChain(source));
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return withLetterPrefixesJoined(reader);
        }
    };

    private static Reader withLetterPrefixesJoined(Reader reader) {
        return new PatternReplaceCharFilter(LETTER_PREFIX, "$1", reader);
    }

    /** Lower-cased, without stop words, light-stemmed to the stem's fixed point. */
    private static TokenStream swedishChain(Tokenizer source) {
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, STOP_WORDS);
        return new SwedishStemFilter(stream);
    }

    /**
     * The chain passages are indexed with: the same as for questions, plus the parts of
     * compounds, so that a question's "arbetsmiljö" meets a passage's "arbetsmiljöansvar".
     * Questions are not split, since their parts would match far too widely.
     */
    Analyzer indexAnalyzer(Compounds compounds) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new CompoundPartsFilter(swedishChain(source), compounds));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return withLetterPrefixesJoined(reader);
            }
        };
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(SwedishAnalyzer.getDefaultStopSet(), true);
        // Snowball's list has "sin" and "sina" but "sitta" for "sitt", so the possessive stayed
        // and was stemmed like "sitter": "sitt uppdrag" matched "Vem sitter i ...?".
        set.add("sitt");
        // Nor has it the gender-neutral pronoun, which questions use for the person they ask about.
        set.addAll(List.of("hen", "henom", "hens"));
        set.addAll(QUESTION_WORDS);
        return CharArraySet.unmodifiableSet(set);
    }

    public Analyzer analyzer() {
        return swedish;
    }

    public boolean isStopWord(String lowerCaseWord) {
        return STOP_WORDS.contains(lowerCaseWord);
    }

    /** The index terms of a text, in order. */
    public List<String> terms(String text) {
        return terms(swedish, text);
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * Words (as {@link #words} gives them) stemmed, stop words too, and a reflexive pronoun as
     * "sig": how a lexicon phrase with function words ("höra av sig") is matched as written,
     * whether the question says "hör av mig" or "hör av dig".
     */
    public static List<String> writtenForms(List<String> words) {
        return words.stream()
                .map(word -> REFLEXIVES.contains(word) ? "sig" : word)
                .map(SwedishStemFilter::stem)
                .toList();
    }

    /** Words as written, lower-cased, for matching phrases of the lexicons before stemming. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (Tokenizer tokenizer = new StandardTokenizer()) {
            tokenizer.setReader(withLetterPrefixesJoined(new StringReader(text)));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                words.add(term.toString().toLowerCase(Locale.ROOT));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
