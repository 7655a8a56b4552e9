package se.riktlinjeboten.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document says about itself near its start: when and by whom it was adopted, and its
 * registration number (diarienummer). Used where the catalogue says nothing.
 *
 * @param date the adoption date (ÅÅÅÅ-MM-DD), or empty
 * @param decidedBy the deciding body, or empty
 * @param reference the diarienummer, or empty
 */
public record DocumentFacts(String date, String decidedBy, String reference) {

    public static final DocumentFacts NONE = new DocumentFacts("", "", "");

    /** Only the opening of a document is searched: later dates and bodies are about other things. */
    private static final int OPENING = 3000;
    private static final String ADOPTED = "(?:antagen|antaget|antogs|beslutad|beslutat|fastställd|fastställt)";
    private static final Pattern DECIDED_BY = Pattern.compile(
            "(?i)" + ADOPTED + "\\s+av:?\\s+(\\p{L}[\\p{L} -]{2,60}?)\\s*(?=\\bden\\b|\\d|[,.;:§(]|\\n|$)");
    private static final Pattern DECIDING_BODY =
            Pattern.compile("(?i)beslutande instans:?\\s+(\\p{L}[^\\n,.;]{2,60})");
    private static final Pattern DATE = Pattern.compile(
            "(?i)(?:" + ADOPTED + "|beslutsdatum|datum)[^\\n]{0,60}?(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)\\b(?:diarienummer|diarienr|dnr)\\.?:?\\s+(\\p{L}{0,4}\\s?\\d[\\p{L}0-9 .:/-]{1,30}?)\\s*(?=[,;)]|\\n|$|\\s{2})");

    public static DocumentFacts find(List<Passage> passages) {
        StringBuilder opening = new StringBuilder();
        for (Passage passage : passages) {
            if (opening.length() > OPENING) {
                break;
            }
            opening.append(passage.section()).append('\n').append(passage.text()).append('\n');
        }
        return find(opening.toString());
    }

    static DocumentFacts find(String opening) {
        return new DocumentFacts(first(DATE, opening),
                first(DECIDED_BY, opening).isEmpty() ? first(DECIDING_BODY, opening) : first(DECIDED_BY, opening),
                first(REFERENCE, opening).replaceFirst("\\.$", ""));
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).strip() : "";
    }
}
