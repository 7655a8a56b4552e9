package se.riktlinjeboten.search;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a text names somebody: two capitalised words in a row ("Gunilla Zetterström",
 * "Jan-Olov Appel") that the documents never write in lower case, in any form. Headings and lists
 * capitalise ordinary words too ("Sektor Barn", "Strategi Program", "Instruktion Instruktioner"),
 * and those the documents also write in lower case elsewhere, so they are no names.
 */
final class PersonNames {

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    private static final Pattern NAME_PAIR = Pattern.compile(
            "(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?) (\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}-])");

    /** Stems of the words the documents write in lower case. */
    private final Set<String> lowerCaseWords;
    /** The words the documents write in lower case, as written. */
    private final Set<String> lowerCaseForms;

    private PersonNames(Set<String> lowerCaseWords, Set<String> lowerCaseForms) {
        this.lowerCaseWords = Set.copyOf(lowerCaseWords);
        this.lowerCaseForms = Set.copyOf(lowerCaseForms);
    }

    /** Learns from the documents' texts which words are ordinary words. */
    static PersonNames of(Iterable<String> texts) {
        Set<String> lowerCase = new HashSet<>();
        for (String text : texts) {
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                if (Character.isLowerCase(word.group().charAt(0))) {
                    lowerCase.add(word.group());
                }
            }
        }
        Set<String> stems = new HashSet<>();
        lowerCase.forEach(word -> stems.add(SwedishStemFilter.stem(word)));
        return new PersonNames(stems, lowerCase);
    }

    boolean appearIn(String text) {
        Matcher pair = NAME_PAIR.matcher(text);
        int from = 0;
        while (pair.find(from)) {
            if (isName(pair.group(1)) && isName(pair.group(2)) && !repeats(pair.group(1), pair.group(2))) {
                return true;
            }
            from = pair.start(2);
        }
        return false;
    }

    /** A heading run into the sentence under it says its word twice: "Instruktion Instruktioner anger ...". */
    private static boolean repeats(String first, String second) {
        String stem = SwedishStemFilter.stem(first.toLowerCase(Locale.ROOT));
        return second.toLowerCase(Locale.ROOT).startsWith(stem);
    }

    /** Whether the documents never write the word in lower case, in this form: "Public" though they write "publiceras". */
    boolean neverInLowerCase(String word) {
        return !lowerCaseForms.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isName(String word) {
        return !lowerCaseWords.contains(SwedishStemFilter.stem(word.toLowerCase(Locale.ROOT)));
    }
}
