package se.riktlinjeboten.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits Swedish running text into sentences without ever cutting one in two. */
public final class Sentences {

    private static final Pattern BOUNDARY =
            Pattern.compile("[.!?][\"”’)]?\\s+(?=[\"”(]?[A-ZÅÄÖÉ0-9•\\-])");

    /** Words that end in a period without ending the sentence, as written in Swedish texts. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "t.ex", "bl.a", "d.v.s", "dvs", "m.m", "m.fl", "s.k", "resp", "ca", "nr", "kap", "jfr",
            "p.g.a", "pga", "f.d", "fr.o.m", "t.o.m", "o.s.v", "osv", "etc", "tf", "st", "ex", "kl");

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text);
        int start = 0;
        while (m.find()) {
            if (endsWithAbbreviation(text, start, m.start()) || endsWithOrdinal(text, start, m.start())) {
                continue;
            }
            String sentence = text.substring(start, m.end()).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
            start = m.end();
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }

    private static boolean endsWithAbbreviation(String text, int from, int periodAt) {
        int wordStart = periodAt;
        while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, periodAt).toLowerCase();
        return ABBREVIATIONS.contains(word);
    }

    /** "1." at the start of a numbered item or heading is a number, not a sentence end. */
    private static boolean endsWithOrdinal(String text, int from, int periodAt) {
        int i = periodAt - 1;
        while (i >= from && Character.isDigit(text.charAt(i))) {
            i--;
        }
        return i < periodAt - 1 && (i < from || text.substring(from, i + 1).isBlank());
    }
}
