package se.riktlinjeboten.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.riktlinjeboten.search.Query.Alternative;
import se.riktlinjeboten.search.Query.Concept;

/**
 * Turns a question, Swedish or English, into concepts expressed in the documents' Swedish terms:
 * everyday words and abbreviations through the Swedish lexicon, English through the glossary.
 */
public final class QueryAnalyzer {

    /** Lexicon meanings count a little less than the words the user wrote. */
    static final float LEXICON_WEIGHT = 0.8f;
    private static final int LONGEST_PHRASE = 5;

    private static final Set<String> ENGLISH_STOP_WORDS = Set.of(
            "a", "about", "after", "all", "am", "an", "and", "any", "are", "as", "at", "be", "been",
            "before", "being", "by", "can", "could", "did", "do", "does", "doing", "during", "each",
            "for", "from", "get", "got", "had", "has", "have", "having", "he", "her", "here", "him",
            "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "know", "let", "like",
            "many", "may", "me", "might", "much", "must", "my", "need", "no", "not", "of", "on", "one",
            "or", "our", "out", "please", "shall", "she", "should", "so", "some", "someone", "such",
            "tell", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
            "those", "to", "up", "us", "want", "was", "we", "were", "what", "when", "where", "which",
            "who", "whom", "whose", "why", "will", "with", "would", "you", "your", "there's", "it's",
            "sit", "sits", "go", "goes", "make", "makes", "take", "takes", "happen", "happens", "say", "says",
            "put", "come", "comes", "also", "really", "actually", "exactly", "okay", "ok", "hi", "hello",
            "thank", "thanks", "wonder", "wondering", "allowed", "able", "supposed", "something");

    private record Phrase(List<String> key, List<Alternative> meanings) {
    }

    private final Analysis analysis;
    private final List<Phrase> swedishPhrases;
    private final List<Phrase> englishPhrases;

    public QueryAnalyzer(Analysis analysis, Lexicon swedishLexicon, Lexicon englishGlossary) {
        this.analysis = analysis;
        this.swedishPhrases = swedishLexicon.entries().stream()
                .map(e -> new Phrase(analysis.terms(e.phrase()), meanings(e)))
                .filter(p -> !p.key().isEmpty())
                .toList();
        this.englishPhrases = englishGlossary.entries().stream()
                .map(e -> new Phrase(englishWords(e.phrase()), withSwedishSynonyms(meanings(e))))
                .filter(p -> !p.key().isEmpty())
                .toList();
    }

    /**
     * A translated word also brings the documents' words for it: "elderly care home" becomes
     * "äldreboende", and the Swedish lexicon says the documents call that "särskilt boende".
     */
    private List<Alternative> withSwedishSynonyms(List<Alternative> translations) {
        List<Alternative> all = new ArrayList<>(translations);
        for (Alternative translation : translations) {
            for (Phrase phrase : swedishPhrases) {
                if (phrase.key().equals(translation.terms())) {
                    phrase.meanings().forEach(m -> all.add(new Alternative(m.terms(), m.weight() * translation.weight())));
                }
            }
        }
        return all;
    }

    private List<Alternative> meanings(Lexicon.Entry entry) {
        return entry.meanings().stream()
                .map(analysis::terms)
                .filter(terms -> !terms.isEmpty())
                .map(terms -> new Alternative(terms, LEXICON_WEIGHT))
                .toList();
    }

    public Query analyze(String question) {
        Language language = Language.detect(question);
        List<Concept> concepts = language == Language.ENGLISH ? english(question) : swedish(question);
        return new Query(language, asks(question), distinct(concepts));
    }

    private static final List<String> QUANTITY_WORDS = List.of("hur många", "hur mycket", "antal", "antalet",
            "how many", "how much", "number of");
    private static final List<String> TIME_WORDS = List.of("när", "hur länge", "vilket datum", "vilken dag",
            "when", "how long", "what date", "what time");

    static Query.Asks asks(String question) {
        String words = " " + String.join(" ", Analysis.words(question)) + " ";
        if (QUANTITY_WORDS.stream().anyMatch(w -> words.contains(" " + w + " "))) {
            return Query.Asks.QUANTITY;
        }
        if (TIME_WORDS.stream().anyMatch(w -> words.contains(" " + w + " "))) {
            return Query.Asks.TIME;
        }
        return Query.Asks.OTHER;
    }

    private List<Concept> swedish(String question) {
        List<String> terms = analysis.terms(question);
        List<Concept> concepts = new ArrayList<>();
        int i = 0;
        while (i < terms.size()) {
            Match match = longestMatch(swedishPhrases, terms, i);
            if (match == null) {
                String term = terms.get(i);
                concepts.add(new Concept(term, List.of(new Alternative(List.of(term), 1f))));
                i++;
            } else {
                List<String> asked = terms.subList(i, i + match.length());
                List<Alternative> alternatives = new ArrayList<>();
                alternatives.add(new Alternative(asked, 1f));
                alternatives.addAll(match.meanings());
                concepts.add(new Concept(String.join(" ", asked), alternatives));
                i += match.length();
            }
        }
        return concepts;
    }

    private List<Concept> english(String question) {
        List<String> words = englishWords(question);
        List<Concept> concepts = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match match = longestMatch(englishPhrases, words, i);
            if (match != null) {
                concepts.add(new Concept(String.join(" ", words.subList(i, i + match.length())), match.meanings()));
                i += match.length();
                continue;
            }
            concepts.add(untranslated(question, words.get(i)));
            i++;
        }
        return concepts;
    }

    /**
     * An English word the glossary does not know. Written with a capital inside the question it
     * is taken for a name ("Munkfors", "Public Partner") and searched as written; otherwise it is
     * a word the bot did not understand, which counts against any passage's coverage but is not
     * searched, lest "sit" meet Swedish "sitt".
     */
    private Concept untranslated(String question, String word) {
        boolean name = Pattern.compile("(?<=\\S\\s)" + Pattern.quote(word),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(question).results()
                .anyMatch(m -> Character.isUpperCase(question.charAt(m.start())));
        String asWritten = Analysis.words(question).stream().filter(w -> w.startsWith(word)).findFirst().orElse(word);
        List<String> terms = analysis.terms(asWritten);
        if (!name || terms.isEmpty()) {
            return new Concept(word, List.of());
        }
        return new Concept(word, List.of(new Alternative(terms, 1f)));
    }

    private record Match(int length, List<Alternative> meanings) {
    }

    private static Match longestMatch(List<Phrase> phrases, List<String> words, int start) {
        Match best = null;
        for (Phrase phrase : phrases) {
            int n = phrase.key().size();
            if (n > LONGEST_PHRASE || start + n > words.size() || (best != null && n <= best.length())) {
                continue;
            }
            if (words.subList(start, start + n).equals(phrase.key())) {
                best = new Match(n, phrase.meanings());
            }
        }
        return best;
    }

    /** English words, lower-cased, without function words, plurals reduced to singular. */
    static List<String> englishWords(String text) {
        return Analysis.words(text).stream()
                .filter(w -> !ENGLISH_STOP_WORDS.contains(w))
                .map(QueryAnalyzer::singular)
                .toList();
    }

    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static List<Concept> distinct(List<Concept> concepts) {
        Map<List<Alternative>, Concept> unique = new LinkedHashMap<>();
        for (Concept concept : concepts) {
            unique.putIfAbsent(concept.alternatives().isEmpty() ? List.of(new Alternative(List.of(concept.asked()), 0f))
                    : concept.alternatives(), concept);
        }
        return List.copyOf(unique.values());
    }
}
