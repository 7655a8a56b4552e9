package se.riktlinjeboten.search;

import java.util.List;
import java.util.Set;

/** The language a question is written in; replies follow it. */
public enum Language {
    SWEDISH,
    ENGLISH;

    private static final Set<String> ENGLISH_MARKERS = Set.of(
            "the", "who", "what", "when", "where", "which", "why", "how", "is", "are", "do", "does",
            "can", "should", "i", "to", "of", "for", "a", "an", "my", "in", "on", "with", "about",
            "and", "or", "many", "much", "there", "be", "it", "this", "that", "will", "would",
            "help", "sources", "please", "may", "must");
    private static final Set<String> SWEDISH_MARKERS = Set.of(
            "och", "att", "det", "som", "en", "ett", "är", "vem", "vad", "när", "var", "hur",
            "vilka", "vilken", "jag", "kan", "får", "ska", "om", "för", "med", "på", "till", "av",
            "inte", "har", "de", "den", "mig", "min", "hjälp", "källor", "många", "mycket");

    /** Guesses from function words; Swedish letters and ties count for Swedish. */
    public static Language detect(String text) {
        List<String> words = Analysis.words(text);
        int english = 0;
        int swedish = 0;
        for (String word : words) {
            if (ENGLISH_MARKERS.contains(word)) {
                english++;
            }
            if (SWEDISH_MARKERS.contains(word)) {
                swedish++;
            }
            if (word.indexOf('å') >= 0 || word.indexOf('ä') >= 0 || word.indexOf('ö') >= 0) {
                swedish++;
            }
        }
        return english > swedish ? ENGLISH : SWEDISH;
    }
}
