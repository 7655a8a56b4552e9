package se.riktlinjeboten.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The language a question is written in; replies follow it. */
public enum Language {
    SWEDISH,
    ENGLISH;

    private static final Set<String> ENGLISH_MARKERS = Set.of(
            "the", "who", "what", "when", "where", "which", "why", "how", "is", "are", "do", "does",
            "can", "should", "to", "of", "for", "a", "an", "my", "on", "with", "about",
            "and", "or", "many", "much", "there", "be", "it", "this", "that", "will", "would",
            "help", "sources", "please", "may", "must", "did", "has", "have", "had", "was", "were",
            "been", "our", "your", "their", "they", "we", "you", "from", "at", "if", "any", "some",
            "whose", "whom", "could", "shall", "than", "them", "these", "those", "us", "me", "its");
    private static final Set<String> SWEDISH_MARKERS = Set.of(
            "och", "att", "det", "som", "en", "ett", "är", "vem", "vad", "när", "var", "hur",
            "vilka", "vilken", "jag", "kan", "får", "ska", "om", "för", "med", "på", "till", "av",
            "inte", "har", "de", "den", "mig", "min", "hjälp", "källor", "många", "mycket", "vi",
            "ni", "hon", "han", "dem", "sig", "sin", "sina", "eller", "också", "vara", "varit",
            "blir", "vilket", "varför", "mitt", "mina", "vår", "våra", "oss", "finns", "gäller", "man", "vill",
            "ville", "skulle", "kommer", "bara", "sedan", "hos", "efter", "utan");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");
    private static final Pattern SWEDISH_LETTER = Pattern.compile("[åäöÅÄÖ]");

    /**
     * Guesses from function words; a word with å, ä or ö counts for Swedish too, unless it is a
     * name ("Borlänge", "Ånge" inside an English question), and ties count for Swedish.
     */
    public static Language detect(String text) {
        return detect(text, word -> false, word -> false);
    }

    /**
     * As {@link #detect(String)}, and when function words do not tell, as in a search typed as
     * keywords ("substitutes Munkfors executive board"), by the words themselves: those an
     * English glossary knows against those the Swedish documents use.
     */
    public static Language detect(String text, Predicate<String> englishWord, Predicate<String> swedishWord) {
        int english = 0;
        int swedish = 0;
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String written = words.group();
            String word = written.toLowerCase(Locale.ROOT);
            // "i" and "in" are Swedish words too; English writes its "I" as a capital inside a sentence.
            if (ENGLISH_MARKERS.contains(word) || written.equals("I") && !startsSentence(text, words.start())) {
                english++;
            }
            if (SWEDISH_MARKERS.contains(word)) {
                swedish++;
            }
            boolean name = Character.isUpperCase(written.charAt(0)) && !startsSentence(text, words.start());
            if (!name && SWEDISH_LETTER.matcher(written).find()) {
                swedish++;
            }
        }
        if (english != swedish) {
            return english > swedish ? ENGLISH : SWEDISH;
        }
        List<String> all = WORD.matcher(text).results().map(m -> m.group().toLowerCase(Locale.ROOT)).toList();
        long englishContent = all.stream().filter(englishWord).count();
        long swedishContent = all.stream().filter(swedishWord).count();
        return englishContent > swedishContent ? ENGLISH : SWEDISH;
    }

    private static boolean startsSentence(String text, int start) {
        int before = start - 1;
        while (before >= 0 && !Character.isLetterOrDigit(text.charAt(before)) && ".!?:".indexOf(text.charAt(before)) < 0) {
            before--;
        }
        return before < 0 || ".!?:".indexOf(text.charAt(before)) >= 0;
    }
}
