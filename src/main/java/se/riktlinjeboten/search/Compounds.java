package se.riktlinjeboten.search;

import java.util.List;
import java.util.Set;

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

    private final Set<String> vocabulary;

    Compounds(Set<String> vocabulary) {
        this.vocabulary = Set.copyOf(vocabulary);
    }

    /** The two parts of a compound, or an empty list when the word is not one. */
    List<String> split(String term) {
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
            int shortest = Math.min(head.length(), tail.length());
            if (vocabulary.contains(head) && shortest > bestShortest) {
                best = List.of(head, tail);
                bestShortest = shortest;
            }
        }
        return best;
    }
}
