package se.riktlinjeboten.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Swedish compounds into two parts that are themselves words of the documents:
 * "arbetsmiljöansvar" into "arbetsmiljö" and "ansvar", "förvaltningschef" into "förvaltning"
 * and "chef" (the linking s dropped). Only parts the documents use are proposed, because a part
 * nobody wrote cannot help a question meet a passage.
 */
final class Compounds {

    private static final int MIN_WORD = 7;
    private static final int MIN_HEAD = 3;
    private static final int MIN_TAIL = 4;

    /** "ekonomi- och controllerfunktionerna", "teknik-/bredbandsutveckling": a part whose head the next word has. */
    private static final Pattern COORDINATED = Pattern.compile("(\\p{L}+)-(?:\\s+(?:och|eller|samt)\\s+|/)(\\p{L}+)");

    private final Set<String> vocabulary;

    Compounds(Set<String> vocabulary) {
        this.vocabulary = Set.copyOf(vocabulary);
    }

    /** The two parts of a compound, or an empty list when the word is not one. */
    List<String> split(String term) {
        return split(term, false);
    }

    /**
     * The two parts of a compound; with {@code stemmedHead} the first part may also be a word
     * the stemmer writes shorter on its own: a question's "Borlängerapporten" is "Borlänge"
     * ("borläng") and "rapport", "Ångegruppen" "Ånge" and "grupp". Only a question's compound
     * is split so: a passage's parts, indexed, would meet many more questions.
     */
    List<String> split(String term, boolean stemmedHead) {
        if (term.length() < MIN_WORD) {
            return List.of();
        }
        List<String> best = List.of();
        int bestShortest = 0;
        for (int at = MIN_HEAD; at <= term.length() - MIN_TAIL; at++) {
            String tail = term.substring(at);
            if (!vocabulary.contains(tail)) {
                continue;
            }
            String head = term.substring(0, at);
            if (!vocabulary.contains(head) && head.endsWith("s") && head.length() > MIN_HEAD) {
                head = head.substring(0, head.length() - 1);
            }
            if (!vocabulary.contains(head) && stemmedHead) {
                head = SwedishStemFilter.stem(head);
            }
            int shortest = Math.min(head.length(), tail.length());
            if (vocabulary.contains(head) && shortest > bestShortest) {
                best = List.of(head, tail);
                bestShortest = shortest;
            }
        }
        return best;
    }

    /**
     * The text with the compounds that Swedish coordination leaves unwritten added after the
     * words that imply them: "ekonomi- och controllerfunktionerna" also says
     * "ekonomifunktionerna", "översikts- och lokalförsörjningsplan" "översiktsplan". The
     * shared head is the longest end of the second word that the documents use as a word.
     */
    String withCoordinatedCompounds(String text) {
        Matcher coordinated = COORDINATED.matcher(text);
        StringBuilder expanded = new StringBuilder();
        int copied = 0;
        while (coordinated.find()) {
            String head = sharedHead(coordinated.group(2));
            if (head != null) {
                expanded.append(text, copied, coordinated.end()).append(' ').append(coordinated.group(1)).append(head);
                copied = coordinated.end();
            }
        }
        return copied == 0 ? text : expanded.append(text, copied, text.length()).toString();
    }

    private String sharedHead(String compound) {
        String stem = SwedishStemFilter.stem(compound.toLowerCase(Locale.ROOT));
        for (int at = MIN_HEAD; at <= stem.length() - MIN_TAIL; at++) {
            if (vocabulary.contains(stem.substring(at))) {
                return compound.substring(at);
            }
        }
        return null;
    }
}
