package se.riktlinjeboten.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.riktlinjeboten.search.Query.Alternative;
import se.riktlinjeboten.search.Query.Concept;

/**
 * Turns a question, Swedish or English, into concepts expressed in the documents' Swedish terms:
 * everyday words and abbreviations through the Swedish lexicon, English through the glossary.
 */
public final class QueryAnalyzer {

    /** Lexicon meanings count a little less than the words the user wrote. */
    static final float LEXICON_WEIGHT = 0.8f;
    /** A thesaurus synonym counts less than a lexicon meaning, which was chosen for the documents. */
    static final float THESAURUS_WEIGHT = LEXICON_WEIGHT * LEXICON_WEIGHT;
    private static final int MIN_SYNONYM_STEM = 4;
    private static final int MAX_SENSES = 3;
    private static final int LONGEST_PHRASE = 5;
    private static final String JOINED = "_";
    private static final Pattern SWEDISH_LETTER = Pattern.compile("[åäö]");
    /** A span within quotes or brackets; an apostrophe inside or closing a word ("council's", "members'") opens none. */
    private static final Pattern QUOTED = Pattern.compile(
            "(?<![\\p{L}\\d])[\"'‘’“”«(]([^\"'‘’“”«»()]+)[\"'’”»)](?![\\p{L}\\d])");
    private static final Pattern LETTERS = Pattern.compile("\\p{Ll}+");
    /**
     * A word written without å, ä or ö, as a keyboard without them writes every word, of no more
     * than 40 letters: the documents' longest has 30, and the ways of writing a word with them
     * grow with the square of its length ("a" a thousand times took 30 s).
     */
    private static final Pattern PLAIN_WORD = Pattern.compile("(?<!\\p{L})[A-Za-z]{2,40}(?!\\p{L})");
    private static final int MOST_LETTERS_RESTORED = 2;
    /**
     * The ways of writing a question's words with å, ä and ö tried, at most: a long question of
     * everyday words needs some two thousand, forty words of forty a's would need a hundred
     * thousand.
     */
    private static final int MOST_TRIES = 10_000;
    private static final int SHORTEST_ENGLISH_RESTORED = 4;
    private static final Pattern SHORT_VERB_END = Pattern.compile("[aeåö]$");
    /**
     * The past and supine of verbs that say nothing alone ("ett beslut som nämnden har tagit",
     * "har fått"), which Snowball's stop list has in the present only. Left out of the question,
     * not of the index: a phrase of the lexicon ("tagit smällen") is still matched first.
     */
    private static final Set<String> LIGHT_VERB_FORMS = Set.of("tagit", "tagits", "tog", "togs", "gjort", "gjorts",
            "fått", "haft", "varit", "blivit", "gett", "getts", "givit", "givits");
    /** Subject pronouns, as written forms: what a question may put between a verb and its particle. */
    private static final Set<String> SUBJECTS = Stream.of("jag", "du", "man", "vi", "ni", "hen", "han", "hon", "de")
            .map(SwedishStemFilter::stem)
            .collect(Collectors.toUnmodifiableSet());

    private static final Set<String> ENGLISH_STOP_WORDS = Set.copyOf(List.of(
            "a", "about", "after", "all", "am", "an", "and", "any", "are", "as", "at", "be", "been",
            "before", "being", "by", "can", "could", "did", "do", "does", "doing", "during", "each",
            "for", "from", "get", "got", "had", "has", "have", "having", "he", "her", "here", "him",
            "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "know", "let", "like",
            "many", "may", "me", "might", "much", "must", "my", "need", "no", "not", "of", "on", "one",
            "or", "our", "out", "please", "shall", "she", "should", "so", "some", "someone", "such",
            "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
            "those", "to", "up", "us", "want", "was", "we", "were", "what", "when", "where", "which",
            "who", "whom", "whose", "why", "will", "with", "would", "you", "your", "there's", "it's",
            "sit", "sits", "go", "goes", "make", "makes", "made", "take", "takes", "happen", "happens", "say", "says",
            "put", "come", "comes", "also", "really", "actually", "exactly", "okay", "ok", "hi", "hello",
            "thank", "thanks", "wonder", "wondering", "allowed", "able", "supposed", "something", "whether",
            "anything", "everything", "anyone", "everyone", "somebody", "anybody", "own", "other", "others",
            "very", "quite", "rather", "still", "even", "only", "already", "yet", "now", "ever", "never",
            "always", "often", "usually", "both", "either", "neither", "same", "such", "according",
            "regarding", "concerning", "within", "without", "between", "through", "under", "over",
            "does", "doesn't", "don't", "isn't", "aren't", "can't", "won't", "i'm", "we're", "they're",
            "but", "nor", "because", "since", "every", "more", "well", "thing", "think", "thinking", "thought",
            "sure", "making", "going", "find", "look", "see", "give", "become", "happened", "anyway", "kind",
            "lot", "bit", "wasn't", "haven't", "hasn't", "weren't", "didn't", "couldn't", "shouldn't", "wouldn't",
            "again", "below", "above", "else", "preferably", "too", "afterward", "afterwards", "used", "taken",
            "fine", "alright", "time", "behind", "beyond", "across", "around", "along", "among", "upon", "towards",
            "toward", "while", "whilst", "certain", "way", "i'd", "i'll", "i've", "you'd", "you'll", "you've", "we'd",
            "we'll", "we've", "they'd", "they'll", "they've", "he's", "she's", "that's", "what's", "who's", "where's",
            "let's", "here's", "date", "big", "large", "recently", "lately", "done", "most", "mostly", "least", "less",
            "myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves",
            "first", "firstly", "mainly", "primarily", "chiefly", "usually", "normally", "generally", "typically",
            "actually", "really", "basically", "exactly", "sometimes", "occasionally", "called", "following"));

    /**
     * A lexicon phrase: its key as matched, its meanings as terms, and the single-word meanings as
     * written. A Swedish phrase whose key lost function words ("höra av sig" is keyed "hör") also
     * keeps all its words as written, and the number of function words before its key, and is
     * taken only where the question says it so.
     */
    private record Phrase(List<String> key, List<Alternative> meanings, List<String> words, List<String> written,
            int writtenOffset) {

        Phrase(List<String> key, List<Alternative> meanings, List<String> words) {
            this(key, meanings, words, List.of(), 0);
        }
    }

    /** "Hej! Jag sitter i socialnämnden och", "I'm on the care committee and", "Jag är ledamot i fullmäktige,". */
    private static final Pattern ASKER = Pattern.compile(
            "\\s*(?:(?:hej|hejsan|hallå|hi|hello)\\b[!,.]?\\s*)?"
                    + "(?:jag sitter i|jag sitter på|jag är med i|jag är (?:ny som |ny |nyvald |ordinarie )?(?:ledamot|ersättare) i"
                    + "|jag (?:jobbar|arbetar) (?:i|på|inom|som)"
                    + "|i'm on|i am on|i sit on|i work (?:in|at|for|as)|i'm a (?:new |newly elected )?(?:member|substitute) (?:of|on)"
                    + "|i am a (?:new |newly elected )?(?:member|substitute) (?:of|on))"
                    + "(?:\\s+[\\p{L}\\d'’-]+){1,5}?(?:\\s+(?:och|and)\\s+|\\s*[,.!]\\s+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * The asker's wish ("om jag vill besöka …", "I'd like to visit …"): a rule for when somebody
     * wishes it ("… ska tas om den politikern önskar en dialog med …") answers such a question
     * better than one that only names the same things. "vill" is a question word, so the wish is
     * not asked about; it only ranks.
     */
    private static final Pattern WISH = Pattern.compile(
            "\\b(?:(?:om )?(?:jag|man|vi) (?:vill|önskar|skulle vilja)|if (?:i|we) (?:want|wish)|i'd like|i want|i wish"
                    + "|i would like|we want|we'd like|we would like)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final List<Alternative> WISHES = Stream.of("önskar", "önskemål")
            .map(word -> new Alternative(List.of(SwedishStemFilter.stem(word)), 1.5f))
            .toList();

    private final Analysis analysis;
    /** Lexicon phrases by their first word: a question's word is compared only with the phrases it can start. */
    private final Map<String, List<Phrase>> swedishPhrases;
    private final Map<String, List<Phrase>> englishPhrases;
    /**
     * Glossary phrases that are made of function words as well ("look at", "get in touch", "put
     * together"): matched only as written, as one word, since without their function words they
     * would be one common word ("together") or nothing at all. Longest first.
     */
    private final List<List<String>> joinedEnglishPhrases;
    /** Every word of the glossary's phrases, in the singular: what an inflected question word is looked up as. */
    private final Set<String> glossaryWords;
    /** The lexicon's single words as written ("anbud"), with their meanings: what a compound's first part is looked up as. */
    private final Map<String, List<Alternative>> swedishWords;
    /** The thesaurus's synonyms of single words, read both ways, as the terms they analyse to. */
    private final Map<String, List<List<String>>> synonyms;

    public QueryAnalyzer(Analysis analysis, Lexicon swedishLexicon, Lexicon englishGlossary) {
        this(analysis, swedishLexicon, englishGlossary, Lexicon.empty());
    }

    public QueryAnalyzer(Analysis analysis, Lexicon swedishLexicon, Lexicon englishGlossary, Lexicon thesaurus) {
        this.analysis = analysis;
        this.synonyms = synonymsBothWays(thesaurus);
        this.swedishWords = swedishLexicon.entries().stream()
                .filter(entry -> LETTERS.matcher(entry.phrase()).matches() && !entry.meanings().isEmpty())
                .collect(Collectors.toUnmodifiableMap(Lexicon.Entry::phrase, this::meanings, (a, b) -> a));
        this.swedishPhrases = byFirstWord(swedishLexicon.entries().stream()
                .flatMap(entry -> withPresentTense(entry).stream())
                .map(this::swedishPhrase)
                .filter(p -> !p.key().isEmpty())
                .toList());
        Map<List<String>, Long> contentKeys = englishGlossary.entries().stream()
                .collect(Collectors.groupingBy(e -> englishWords(e.phrase()), Collectors.counting()));
        List<Phrase> english = new ArrayList<>();
        List<List<String>> joined = new ArrayList<>();
        for (Lexicon.Entry entry : englishGlossary.entries()) {
            List<Alternative> meanings = withSwedishSynonyms(meanings(entry));
            List<String> written = englishWordsWithFunctionWords(entry.phrase()).stream().map(Word::singular).toList();
            List<String> content = englishWords(entry.phrase());
            List<String> singleWords = entry.meanings().stream().filter(m -> !m.contains(" ")).toList();
            boolean withFunctionWords = content.size() < written.size();
            if (withFunctionWords && written.size() > 1) {
                joined.add(written);
                english.add(new Phrase(List.of(String.join(JOINED, written)), meanings, singleWords));
            }
            boolean collapsed = withFunctionWords && content.size() < 2;
            if (!content.isEmpty() && (!collapsed || contentKeys.get(content) == 1)) {
                english.add(new Phrase(content, meanings, singleWords));
            }
        }
        this.englishPhrases = byFirstWord(english);
        this.glossaryWords = englishGlossary.entries().stream()
                .flatMap(e -> englishWordsWithFunctionWords(e.phrase()).stream())
                .map(Word::singular)
                .collect(Collectors.toUnmodifiableSet());
        joined.sort(Comparator.comparingInt((List<String> words) -> words.size()).reversed());
        this.joinedEnglishPhrases = List.copyOf(joined);
    }

    /**
     * A thesaurus lists "vikarie = reserv, ersättare" and "suppleant = ersättare" but not always
     * the way back, so each single-word synonym also leads to its headword. A phrase with a
     * function word ("ge bort") is left out: analysed it would be one unrelated word.
     */
    private Map<String, List<List<String>>> synonymsBothWays(Lexicon thesaurus) {
        Map<String, Set<List<String>>> both = new HashMap<>();
        for (Lexicon.Entry entry : thesaurus.entries()) {
            List<String> word = contentOnly(entry.phrase());
            if (word.size() != 1) {
                continue;
            }
            for (String meaning : entry.meanings()) {
                List<String> synonym = contentOnly(meaning);
                if (synonym.isEmpty() || synonym.equals(word)) {
                    continue;
                }
                both.computeIfAbsent(word.get(0), w -> new LinkedHashSet<>()).add(synonym);
                if (synonym.size() == 1) {
                    both.computeIfAbsent(synonym.get(0), w -> new LinkedHashSet<>()).add(word);
                }
            }
        }
        return both.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /**
     * The thesaurus's synonyms of a word the documents do not use, where the documents use them:
     * "vikarier" also means "ersättare". A stem shorter than four letters stands for several
     * words ("vann" and "van" are both "van", whose synonyms are "erfaren" and "rutinerad"),
     * and a word with more than three synonyms in the documents is one of many senses ("klar":
     * tydlig, färdig, lyckas ...), so neither brings any. Only the documents' terms count: a
     * lexicon word they do not use matches nothing, and counted, a new lexicon line ("vikarie =
     * ersättare") took the synonyms of "reserver" away.
     */
    private List<List<String>> synonymsInTheDocuments(String term, Predicate<String> documentTerm) {
        if (term.length() < MIN_SYNONYM_STEM) {
            return List.of();
        }
        List<List<String>> inTheDocuments = synonyms.getOrDefault(term, List.of()).stream()
                .filter(synonym -> synonym.stream().allMatch(t -> t.length() >= MIN_SYNONYM_STEM && documentTerm.test(t)))
                .toList();
        return inTheDocuments.size() <= MAX_SENSES ? inTheDocuments : List.of();
    }

    /**
     * A phrase's terms where every word of it is one; empty where a function word was dropped.
     * A single word is stemmed without a token stream: the thesaurus has 54,000 of them.
     */
    private List<String> contentOnly(String phrase) {
        if (LETTERS.matcher(phrase).matches()) {
            return analysis.isStopWord(phrase) ? List.of() : List.of(SwedishStemFilter.stem(phrase));
        }
        List<String> terms = analysis.terms(phrase);
        return terms.size() == Analysis.words(phrase).size() ? terms : List.of();
    }

    /** An English content word of the glossary, in any of the forms it is looked up in. */
    private boolean isGlossaryWord(String word) {
        String singular = singular(word.replaceAll("['’]s?$", ""));
        return !ENGLISH_STOP_WORDS.contains(singular) && glossaryWords.contains(lemma(singular));
    }

    /**
     * A phrase that opens with a short verb in the infinitive ("ta smällen", "stå till svars")
     * is also said in the present ("tar smällen", "står till svars"), which the light stemmer
     * does not bring to the same stem.
     */
    private static List<Lexicon.Entry> withPresentTense(Lexicon.Entry entry) {
        String phrase = entry.phrase();
        int space = phrase.indexOf(' ');
        String first = space < 0 ? phrase : phrase.substring(0, space);
        if (space < 0 || first.length() > 3 || !SHORT_VERB_END.matcher(first).find()) {
            return List.of(entry);
        }
        return List.of(entry, new Lexicon.Entry(first + "r" + phrase.substring(space), entry.meanings()));
    }

    private Phrase swedishPhrase(Lexicon.Entry entry) {
        List<String> key = analysis.terms(entry.phrase());
        List<String> words = Analysis.words(entry.phrase());
        if (words.size() == key.size()) {
            return new Phrase(key, meanings(entry), List.of());
        }
        int offset = 0;
        while (offset < words.size() && analysis.isStopWord(words.get(offset))) {
            offset++;
        }
        return new Phrase(key, meanings(entry), List.of(), Analysis.writtenForms(words), offset);
    }

    private static Map<String, List<Phrase>> byFirstWord(List<Phrase> phrases) {
        return phrases.stream().collect(Collectors.groupingBy(phrase -> phrase.key().get(0),
                Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
    }

    /**
     * A translated word also brings the documents' words for it: "elderly care home" becomes
     * "äldreboende", and the Swedish lexicon says the documents call that "särskilt boende".
     * A Swedish phrase that counts only as written ("vara på plats", keyed "plats") is not one the
     * translation says: "planera" has the same stem.
     */
    private List<Alternative> withSwedishSynonyms(List<Alternative> translations) {
        List<Alternative> all = new ArrayList<>(translations);
        for (Alternative translation : translations) {
            for (Phrase phrase : swedishPhrases.getOrDefault(translation.terms().get(0), List.of())) {
                if (phrase.key().equals(translation.terms()) && phrase.written().isEmpty()) {
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

    /** The question's concepts, as if the documents used every word: a compound is never ruled out. */
    public Query analyze(String question) {
        return read(question, term -> true);
    }

    /**
     * The question's concepts; {@code documentTerm} tells the index terms the documents use.
     * A compound the question's words make is kept only where the documents or the lexicon have
     * it: the rest can meet nothing but, split into its parts, the question's own words again.
     * A question of keywords without function words is Swedish when its words are the
     * documents' rather than the glossary's.
     */
    public Query analyze(String question, Predicate<String> documentTerm) {
        return read(withSwedishLetters(question, documentTerm), documentTerm);
    }

    private Query read(String question, Predicate<String> documentTerm) {
        Language language = detect(question, documentTerm);
        Predicate<String> known = term -> documentTerm.test(term) || swedishPhrases.containsKey(term);
        String asked = withoutTheAsker(question);
        List<Concept> concepts = withNumbersCounting(asked,
                language == Language.ENGLISH ? english(asked, known) : swedish(asked, known, documentTerm));
        Query.Asks kind = QuestionKind.of(question);
        // "Vilket parti ...?" is answered by "Erik Lövgren (S)", "Vilken dag ...?" by "den 1 juni",
        // "Antal ersättare?" by "22 ersättare".
        concepts.removeIf(concept -> QuestionKind.namesWhatIsAsked(kind, concept.asked()));
        List<Alternative> preferred = WISH.matcher(question).find() ? WISHES : List.of();
        boolean rule = QuestionKind.asksForARule(question);
        if (kind != Query.Asks.QUANTITY) {
            return new Query(language, kind, distinct(concepts), preferred, rule);
        }
        return QuestionKind.countedFirst(question, concepts)
                .map(counted -> new Query(language, kind, distinct(counted), preferred, rule))
                .orElseGet(() -> new Query(language, Query.Asks.NUMBER, distinct(concepts), preferred, rule));
    }

    /**
     * The question with å, ä and ö put back where a keyboard without them left them out:
     * "borlange", "alingsas", "forvaltningschefen", "aldreboende", "nar", "manga". Only a
     * question with none of them is so read: whoever writes one has them. A word that is neither
     * the documents', nor the lexicon's, nor a Swedish function word gets them back when a way
     * of doing so, at no more than {@value #MOST_LETTERS_RESTORED} of its letters, is such a word:
     * the one with fewest letters changed, ä before å, as Swedish writes it more often. A
     * function word goes first ("ar" is "är", not "år"), and a word of the documents that is a
     * function word with them ("pa", "sa", "for") is that function word, which questions use
     * far more. A word written with a capital inside the question is a name, and the documents'
     * name goes before their word ("Ange" is "Ånge", not "ange"). An English question keeps
     * its English words and its short ones, and is given back only words of the documents.
     */
    private String withSwedishLetters(String question, Predicate<String> documentTerm) {
        if (SWEDISH_LETTER.matcher(question.toLowerCase(Locale.ROOT)).find()) {
            return question;
        }
        boolean english = detect(question, documentTerm) == Language.ENGLISH;
        Predicate<String> content = word -> {
            String term = SwedishStemFilter.stem(word);
            return documentTerm.test(term) || swedishPhrases.containsKey(term);
        };
        Predicate<String> functionWord = word -> !english && analysis.isStopWord(word);
        Matcher word = PLAIN_WORD.matcher(question);
        StringBuilder restored = new StringBuilder();
        int tries = MOST_TRIES;
        while (word.find()) {
            String written = word.group();
            String lower = written.toLowerCase(Locale.ROOT);
            boolean kept = english ? lower.length() < SHORTEST_ENGLISH_RESTORED || isGlossaryWord(lower)
                    || ENGLISH_STOP_WORDS.contains(lower) : analysis.isStopWord(lower);
            List<List<String>> found = new ArrayList<>();
            for (int changed = 0; changed < MOST_LETTERS_RESTORED; changed++) {
                found.add(new ArrayList<>());
            }
            if (!kept) {
                tries = withSwedishLetters(lower, 0, 0, found, content.or(functionWord), tries);
            }
            List<String> ways = found.stream().flatMap(List::stream).toList();
            // Whether the word is a name is a pattern compiled for it: asked only where there is a way to choose.
            boolean name = !ways.isEmpty() && isName(question, written);
            Optional<String> restoredWord = ways.stream().filter(functionWord.and(w -> !name)).findFirst()
                    .or(() -> content.test(lower) && !name ? Optional.empty() : ways.stream().filter(content).findFirst());
            word.appendReplacement(restored, Matcher.quoteReplacement(restoredWord
                    .map(w -> Character.isUpperCase(written.charAt(0)) ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w)
                    .orElse(written)));
        }
        word.appendTail(restored);
        return restored.toString();
    }

    /**
     * Fills {@code found}, by the number of letters changed less one, with the ways of writing
     * the word that are known, trying no more than {@code tries} of them; returns the tries left.
     */
    private static int withSwedishLetters(String word, int from, int changed, List<List<String>> found,
            Predicate<String> known, int tries) {
        int left = tries;
        for (int at = from; at < word.length() && changed < found.size() && left > 0; at++) {
            String letters = switch (word.charAt(at)) {
                case 'a' -> "äå";
                case 'o' -> "ö";
                default -> "";
            };
            for (char letter : letters.toCharArray()) {
                String variant = word.substring(0, at) + letter + word.substring(at + 1);
                left--;
                if (known.test(variant)) {
                    found.get(changed).add(variant);
                }
                left = withSwedishLetters(variant, at + 1, changed + 1, found, known, left);
            }
        }
        return left;
    }

    private Language detect(String question, Predicate<String> documentTerm) {
        return Language.detect(question, this::isGlossaryWord, word -> documentTerm.test(SwedishStemFilter.stem(word)));
    }

    /** Number words, Swedish and English, as the documents write them. */
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("två", "två"),
            Map.entry("tre", "tre"), Map.entry("fyra", "fyra"), Map.entry("fem", "fem"), Map.entry("sex", "sex"),
            Map.entry("sju", "sju"), Map.entry("åtta", "åtta"), Map.entry("nio", "nio"), Map.entry("tio", "tio"),
            Map.entry("two", "två"), Map.entry("three", "tre"), Map.entry("four", "fyra"), Map.entry("five", "fem"),
            Map.entry("six", "sex"), Map.entry("seven", "sju"), Map.entry("eight", "åtta"), Map.entry("nine", "nio"),
            Map.entry("ten", "tio"));

    /**
     * A number word before the thing it counts ("Vilka tre sektorer ...?", "the three sectors")
     * is met only said with it, as a phrase ("Tre sektorer", "indelningen i tre sektorer"): alone,
     * "tre" met every passage on three committees or three years, and English "three" counted as
     * a word nobody understood.
     */
    private List<Concept> withNumbersCounting(String question, List<Concept> concepts) {
        List<String> words = Analysis.words(question);
        List<Concept> result = new ArrayList<>(concepts);
        for (int w = 0; w + 1 < words.size(); w++) {
            String number = NUMBER_WORDS.get(words.get(w));
            if (number == null) {
                continue;
            }
            String next = words.get(w + 1);
            for (int c = 0; c + 1 < result.size(); c++) {
                Concept counter = result.get(c);
                Concept counted = result.get(c + 1);
                if (counter.asked().equals(words.get(w)) || counter.asked().equals(SwedishStemFilter.stem(words.get(w)))) {
                    if (!next.startsWith(counted.asked().split("[ _+]")[0])) {
                        break;
                    }
                    String numberTerm = SwedishStemFilter.stem(number);
                    List<Alternative> saidTogether = counted.alternatives().stream()
                            .filter(a -> a.terms().size() == 1)
                            .map(a -> new Alternative(List.of(numberTerm, a.terms().get(0)), a.weight()))
                            .toList();
                    if (saidTogether.isEmpty()) {
                        result.remove(c);
                    } else {
                        result.set(c, new Concept(number + " " + counted.asked(), saidTogether));
                    }
                    break;
                }
            }
        }
        return result;
    }

    /**
     * The question without the opening words that say who asks ("Jag sitter i omsorgsnämnden
     * och vill ...", "Jag är fritidspolitiker och ...", "I'm on the care committee and ..."):
     * the passage that answers speaks of what is asked, not of the asker's seat.
     */
    static String withoutTheAsker(String question) {
        Matcher asker = ASKER.matcher(question);
        return asker.lookingAt() && asker.end() < question.length() ? question.substring(asker.end()) : question;
    }

    private List<Concept> swedish(String question, Predicate<String> known, Predicate<String> documentTerm) {
        List<String> words = Analysis.words(question);
        List<String> stemmed = analysis.terms(question);
        int[] wordOfTerm = wordsOfTerms(words, stemmed);
        List<String> terms = wordOfTerm == null ? stemmed : presentTense(words, stemmed, wordOfTerm, known);
        List<String> written = Analysis.writtenForms(words);
        List<Concept> concepts = new ArrayList<>();
        List<Integer> firstTerm = new ArrayList<>();
        List<Integer> lastTerm = new ArrayList<>();
        int i = 0;
        while (i < terms.size()) {
            int at = i;
            Match match = longestMatch(swedishPhrases, terms, i,
                    phrase -> saidAsWritten(phrase, written, wordOfTerm, at));
            if (match == null && wordOfTerm != null && LIGHT_VERB_FORMS.contains(words.get(wordOfTerm[i]))) {
                i++;
                continue;
            }
            if (match == null) {
                String term = terms.get(i);
                List<Alternative> alternatives = new ArrayList<>(List.of(new Alternative(List.of(term), 1f)));
                if (wordOfTerm != null) {
                    String word = words.get(wordOfTerm[i]);
                    otherVerbForms(word, term, known).forEach(form -> alternatives.add(new Alternative(List.of(form), 1f)));
                    derivedNouns(word, term, known)
                            .forEach(noun -> alternatives.add(new Alternative(List.of(noun), LEXICON_WEIGHT)));
                    adjectiveAndRoot(word, term, known)
                            .forEach(form -> alternatives.add(new Alternative(List.of(form), LEXICON_WEIGHT)));
                }
                compoundHead(term, known).ifPresent(
                        head -> alternatives.add(new Alternative(List.of(head), LEXICON_WEIGHT * LEXICON_WEIGHT)));
                if (!known.test(term)) {
                    if (wordOfTerm != null) {
                        meaningsOfTheFirstPart(words.get(wordOfTerm[i])).forEach(meaning ->
                                alternatives.add(new Alternative(meaning.terms(), meaning.weight() * LEXICON_WEIGHT)));
                    }
                    synonymsInTheDocuments(term, documentTerm)
                            .forEach(synonym -> alternatives.add(new Alternative(synonym, THESAURUS_WEIGHT)));
                }
                concepts.add(new Concept(term, alternatives));
                i++;
            } else if (match.meanings().isEmpty()) {
                // A way of asking ("går det att", "hur går jag till väga"): nothing the passage must say.
                i += match.length();
                continue;
            } else {
                List<String> asked = terms.subList(i, i + match.length());
                List<Alternative> alternatives = new ArrayList<>();
                // A phrase said only as written ("ställa frågor", keyed "ställa") means its meanings:
                // its key alone is another word, which "ställa krav" also has.
                if (match.phrase().written().isEmpty()) {
                    alternatives.add(new Alternative(asked, 1f));
                }
                alternatives.addAll(match.meanings());
                if (match.length() == 1 && wordOfTerm != null) {
                    adjectiveAndRoot(words.get(wordOfTerm[i]), terms.get(i), known)
                            .forEach(form -> alternatives.add(new Alternative(List.of(form), LEXICON_WEIGHT)));
                }
                concepts.add(new Concept(String.join(" ", asked), alternatives));
                i += match.length();
            }
            firstTerm.add(at);
            lastTerm.add(i - 1);
        }
        return withParticleNouns(words, terms, wordOfTerm,
                withSplitCompounds(words, wordOfTerm, concepts, firstTerm, lastTerm, known), firstTerm, lastTerm, known);
    }

    private static final Pattern PAST_TENSE = Pattern.compile("(\\p{L}{3,}a)(?:de|des)");
    /**
     * Verbs whose stem changes, each with its forms, infinitive first: the light stemmer brings
     * "tog", "tagit" and "ta" to three stems, and "föreslog" to none of "föreslå".
     */
    private static final Map<String, List<String>> STRONG_VERBS = strongVerbs(
            "ta tar tog togs tagit tagits tagen tagna", "ge ger gav gavs gett getts givit givits given givna",
            "dra drar drog drogs dragit dragits", "slå slår slog slogs slagit slagits",
            "föreslå föreslår föreslås föreslog föreslogs föreslagit föreslagits föreslagen föreslagna",
            "komma kommer kom kommit", "se ser ses såg sågs sett setts", "utse utser utses utsåg utsågs utsett utsetts utsedd",
            "inse inser insåg insett", "stå står stod stått", "förstå förstår förstod förstått",
            "uppstå uppstår uppstod uppstått", "gå går gick gått", "ingå ingår ingick ingått",
            "ligga ligger låg legat", "be ber bad bett", "välja väljer väljs valde valdes valt valts vald valda",
            "säga säger sägs sa sade sades sagt sagts", "veta vet visste vetat",
            "skriva skriver skrivs skrev skrevs skrivit skrivits skriven skrivna",
            "bjuda bjuder bjuds bjöd bjöds bjudit bjudits", "låta låter lät låtit", "finna finner fann funnit",
            "hålla håller hålls höll hölls hållit hållits", "bära bär bar burit", "bryta bryter bröt brutit",
            "försvinna försvinner försvann försvunnit", "lägga lägger läggs lade la lades lagt lagts",
            "sälja säljer säljs sålde såldes sålt sålts", "anta antar antas antog antogs antagit antagits antagen antagna",
            "skära skär skar skurit", "sätta sätter sätts satte sattes", "göra gör görs gjorde gjordes gjort gjorts");

    private static Map<String, List<String>> strongVerbs(String... families) {
        Map<String, List<String>> byForm = new HashMap<>();
        for (String family : families) {
            List<String> forms = List.of(family.split(" "));
            forms.forEach(form -> byForm.put(form, forms));
        }
        return Map.copyOf(byForm);
    }

    /** A past form of a verb in -a ("fattat", "kontaktade", "beslutats"): its root and the ending. */
    private static final Pattern WEAK_PAST = Pattern.compile("(\\p{L}{4,}?)(ades|ade|ats|at|ad)");
    private static final List<String> WEAK_ENDINGS = List.of("a", "ar", "as", "ade", "ades", "at", "ats", "ad", "ande");
    private static final int MIN_VERB_STEM = 4;

    /**
     * The other forms of a verb the question has in the past or supine, where the documents use
     * them: the light stemmer leaves "fattat", "fatta" and "fattade" at three stems, so "ett
     * beslut nämnden har fattat" met no "fattade beslut", and "föreslog" no "föreslås". A word
     * in the present or infinitive is left as it is, and so are forms of a short stem ("ta",
     * "tar"), which would meet any passage.
     */
    private static List<String> otherVerbForms(String word, String term, Predicate<String> known) {
        List<String> forms = STRONG_VERBS.get(word);
        if (forms != null && (word.equals(forms.get(0)) || word.equals(forms.get(1)))) {
            return List.of();
        }
        if (forms == null) {
            Matcher weak = WEAK_PAST.matcher(word);
            if (!weak.matches()) {
                return List.of();
            }
            forms = WEAK_ENDINGS.stream().map(ending -> weak.group(1) + ending).toList();
        }
        return forms.stream()
                .map(SwedishStemFilter::stem)
                .filter(form -> form.length() >= MIN_VERB_STEM && !form.equals(term) && known.test(form))
                .distinct()
                .toList();
    }

    /**
     * A verb in the past tense the documents do not use, as the verb they do: the light stemmer
     * leaves "träffades" and "kontaktade" at "träffad" and "kontaktad", apart from "träffa" and
     * "kontakta", and knows nothing of "tog". The lexicon's phrases ("träffa", "ta smällen")
     * then meet the question's word too.
     */
    private static List<String> presentTense(List<String> words, List<String> terms, int[] wordOfTerm,
            Predicate<String> known) {
        List<String> present = new ArrayList<>(terms);
        for (int t = 0; t < terms.size(); t++) {
            if (known.test(terms.get(t))) {
                continue;
            }
            String word = words.get(wordOfTerm[t]);
            Matcher past = PAST_TENSE.matcher(word);
            List<String> family = STRONG_VERBS.get(word);
            String infinitive = family != null ? family.get(0) : past.matches() ? past.group(1) : null;
            if (infinitive != null) {
                String verb = SwedishStemFilter.stem(infinitive);
                if (known.test(verb)) {
                    present.set(t, verb);
                }
            }
        }
        return present;
    }

    private static final int MIN_COMPOUND = 7;
    private static final int MIN_COMPOUND_HEAD = 5;

    /**
     * The last part of a compound the documents do not use, where they use it as a word and not
     * its first part: a "bygglovsärende" is an "ärende", a "demensboende" a "boende". Only the
     * last part says what the thing is; the first alone would match far too widely. A compound
     * of two words the documents use ("fullmäktigesammanträdet") the search meets by both parts.
     */
    private static Optional<String> compoundHead(String term, Predicate<String> known) {
        if (term.length() < MIN_COMPOUND || known.test(term) || !LETTERS.matcher(term).matches()) {
            return Optional.empty();
        }
        for (int at = 3; at <= term.length() - MIN_COMPOUND_HEAD; at++) {
            if (known.test(term.substring(at))) {
                String first = term.substring(0, at);
                boolean bothKnown = known.test(SwedishStemFilter.stem(first))
                        || first.endsWith("s") && known.test(SwedishStemFilter.stem(first.substring(0, at - 1)));
                return bothKnown ? Optional.empty() : Optional.of(term.substring(at));
            }
        }
        return Optional.empty();
    }

    /**
     * The lexicon's meanings of the first part of a compound nobody wrote, where that part is a
     * word of the lexicon: an "anbudshantering" is about tenders, "anbud" in the lexicon's words
     * "upphandling". The first part says what the compound is about here, where no document
     * has the compound and the lexicon knows the part.
     */
    private List<Alternative> meaningsOfTheFirstPart(String word) {
        if (word.length() < MIN_COMPOUND || !LETTERS.matcher(word).matches()) {
            return List.of();
        }
        for (int at = word.length() - MIN_COMPOUND_HEAD; at >= MIN_COMPOUND_HEAD; at--) {
            String first = word.substring(0, at);
            List<Alternative> meanings = swedishWords.getOrDefault(first,
                    first.endsWith("s") ? swedishWords.getOrDefault(first.substring(0, at - 1), List.of()) : List.of());
            if (!meanings.isEmpty()) {
                return meanings;
            }
        }
        return List.of();
    }

    private static final Pattern ERA_VERB = Pattern.compile("(\\p{L}{3,})er(a|ar|ade|ad|at|as|ats|ande)");

    /**
     * The nouns of a verb in -era, where the documents use them: "organiserade" is also
     * "organisation" and "organisering", "kommunicerar" "kommunikation", "definiera" "definition".
     * The light stemmer leaves verb and noun apart ("organi", "organisatio").
     */
    private static List<String> derivedNouns(String word, String term, Predicate<String> known) {
        Matcher verb = ERA_VERB.matcher(word);
        if (!verb.matches()) {
            return List.of();
        }
        String root = verb.group(1);
        String nounRoot = root.endsWith("c") ? root.substring(0, root.length() - 1) + "k" : root;
        return Stream.of(nounRoot + "ation", root + "ering", nounRoot + "tion")
                .map(SwedishStemFilter::stem)
                .filter(noun -> !noun.equals(term) && known.test(noun))
                .distinct()
                .toList();
    }

    private static final Pattern IG_ADJECTIVE = Pattern.compile("(\\p{L}{4,})ig(a|t|e)?");
    private static final Pattern ROOT_ENDING = Pattern.compile("(\\p{L}{4,}?)(ar|a|ade|at|et|en)?");

    /**
     * An adjective in -ig and the word it is made from, where the documents use the other: the
     * light stemmer leaves "ansvarar" and "ansvaret" at "ansv", apart from "ansvarig", so "Vem
     * ansvarar för ett fokusområde?" met no "Ansvariga för ett fokusområde är ...", and
     * "behörig" no "behörighet".
     */
    private static List<String> adjectiveAndRoot(String word, String term, Predicate<String> known) {
        Matcher adjective = IG_ADJECTIVE.matcher(word);
        Stream<String> forms;
        if (adjective.matches()) {
            String root = adjective.group(1);
            forms = Stream.of(root, root + "ighet");
        } else {
            Matcher root = ROOT_ENDING.matcher(word);
            forms = root.matches() ? Stream.of(root.group(1) + "ig") : Stream.empty();
        }
        return forms.map(SwedishStemFilter::stem)
                .filter(form -> form.length() >= MIN_VERB_STEM && !form.equals(term) && known.test(form))
                .distinct()
                .toList();
    }

    private static final Set<String> PARTICLES = Set.of("upp", "över", "fram", "ut", "in", "ner", "ned", "av", "bort",
            "igenom");
    /** How far after its verb a particle may stand: "Hur följs riktlinjen upp?". */
    private static final int PARTICLE_REACH = 3;

    /**
     * A Swedish particle verb is also said as a noun with the particle first: "följa upp" is
     * "uppföljning", "lägga ned" "nedläggning". Only the noun in -ning is made, the one ending
     * the stemmer keeps: "ande" it strips, and "se ut" would become "utse", another word.
     */
    private List<Concept> withParticleNouns(List<String> words, List<String> terms, int[] wordOfTerm,
            List<Concept> concepts, List<Integer> firstTerm, List<Integer> lastTerm, Predicate<String> known) {
        if (wordOfTerm == null) {
            return concepts;
        }
        List<Concept> withNouns = new ArrayList<>(concepts);
        for (int c = 0; c < concepts.size(); c++) {
            if (!firstTerm.get(c).equals(lastTerm.get(c))) {
                continue;
            }
            String verb = terms.get(firstTerm.get(c));
            int at = wordOfTerm[firstTerm.get(c)];
            for (int w = at + 1; w < Math.min(words.size(), at + 1 + PARTICLE_REACH); w++) {
                if (!PARTICLES.contains(words.get(w))) {
                    continue;
                }
                String noun = SwedishStemFilter.stem(words.get(w) + verb + "ning");
                if (noun.endsWith("ning") && LETTERS.matcher(noun).matches() && known.test(noun)) {
                    List<Alternative> alternatives = new ArrayList<>(withNouns.get(c).alternatives());
                    alternatives.add(new Alternative(List.of(noun), LEXICON_WEIGHT));
                    withNouns.set(c, new Concept(withNouns.get(c).asked(), alternatives));
                }
                break;
            }
        }
        return withNouns;
    }

    /** The position among the question's words of each of its terms; null when they cannot be lined up. */
    private int[] wordsOfTerms(List<String> words, List<String> terms) {
        int[] positions = new int[terms.size()];
        int t = 0;
        for (int w = 0; w < words.size(); w++) {
            if (!analysis.isStopWord(words.get(w))) {
                if (t == terms.size()) {
                    return null;
                }
                positions[t++] = w;
            }
        }
        return t == terms.size() ? positions : null;
    }

    /**
     * A phrase with function words counts only where the question has all its words in its
     * order, or with the subject after its verb, as a question puts it ("Vem hör jag av mig till?").
     */
    private static boolean saidAsWritten(Phrase phrase, List<String> written, int[] wordOfTerm, int term) {
        if (phrase.written().isEmpty()) {
            return true;
        }
        if (wordOfTerm == null) {
            return false;
        }
        List<String> words = phrase.written();
        int start = wordOfTerm[term] - phrase.writtenOffset();
        int end = start + words.size();
        if (start < 0 || end > written.size()) {
            return false;
        }
        if (written.subList(start, end).equals(words)) {
            return true;
        }
        return words.size() > 1 && end < written.size() && written.get(start).equals(words.get(0))
                && SUBJECTS.contains(written.get(start + 1))
                && written.subList(start + 2, end + 1).equals(words.subList(1, words.size()));
    }

    /**
     * Swedish compounds are often written apart ("äldre boende", "verksamhets besök") or as a
     * phrase with "för" ("boende för äldre", "ansvaret för arbetsmiljön"): two neighbouring
     * words, or two words with "för" between them, may also be met by the word they make
     * together, with or without the linking s.
     */
    private List<Concept> withSplitCompounds(List<String> words, int[] wordOfTerm, List<Concept> concepts,
            List<Integer> firstTerm, List<Integer> lastTerm, Predicate<String> known) {
        if (wordOfTerm == null) {
            return concepts;
        }
        List<Concept> joined = new ArrayList<>(concepts);
        for (int c = 0; c + 1 < concepts.size(); c++) {
            int left = lastTerm.get(c);
            int right = left + 1;
            if (right != firstTerm.get(c + 1)) {
                continue;
            }
            String leftWord = words.get(wordOfTerm[left]);
            String rightWord = words.get(wordOfTerm[right]);
            List<Alternative> compounds;
            if (wordOfTerm[right] == wordOfTerm[left] + 1) {
                compounds = swedishCompounds(List.of(leftWord), List.of(rightWord), known);
            } else if (wordOfTerm[right] == wordOfTerm[left] + 2 && words.get(wordOfTerm[left] + 1).equals("för")) {
                // The word after "för" leads the compound, in its own form or, when it is definite, its stem's.
                List<String> heads = List.copyOf(new LinkedHashSet<>(List.of(rightWord, SwedishStemFilter.stem(rightWord))));
                compounds = swedishCompounds(heads, List.of(leftWord), known);
            } else {
                continue;
            }
            for (int side : List.of(c, c + 1)) {
                List<Alternative> alternatives = new ArrayList<>(joined.get(side).alternatives());
                alternatives.addAll(compounds);
                joined.set(side, new Concept(joined.get(side).asked(), alternatives));
            }
        }
        return joined;
    }

    private List<Concept> english(String question, Predicate<String> known) {
        // "took" and "given" are as empty as "take" and "give".
        List<Word> all = withPhrasesJoined(englishWordsWithFunctionWords(question).stream()
                .map(w -> new Word(lemma(w.singular()), w.functionWord() || ENGLISH_STOP_WORDS.contains(lemma(w.singular()))))
                .toList());
        List<String> words = all.stream().filter(w -> !w.functionWord()).map(Word::singular).toList();
        String written = " " + all.stream().map(Word::singular).collect(Collectors.joining(" ")) + " ";
        List<Concept> concepts = new ArrayList<>();
        Set<String> quoted = quotedWords(question);
        Match previous = null;
        int i = 0;
        while (i < words.size()) {
            Match match = longestMatch(englishPhrases, words, i, phrase -> true);
            if (match == null) {
                // "expected" stands in the glossary only within "expected of me"; alone it is "expect".
                int at = i;
                match = baseForm(words.get(at))
                        .map(base -> longestMatch(englishPhrases, withWord(words, at, base), at, phrase -> true))
                        .orElse(null);
            }
            if (match == null) {
                untranslated(question, quoted, words.get(i), known).ifPresent(concepts::add);
                previous = null;
                i++;
                continue;
            }
            if (match.meanings().isEmpty()) {
                // A way of asking ("tell me", "tell us"): nothing the passage must say.
                previous = null;
                i += match.length();
                continue;
            }
            List<Alternative> alternatives = new ArrayList<>(match.meanings());
            if (match.length() == 1 && isName(question, words.get(i))) {
                // "Public Partner", "KS": a name the glossary also knows as a word is first the name.
                alternatives.add(0, new Alternative(analysis.terms(words.get(i)), 1f));
            }
            boolean adjacent = previous != null
                    && written.contains(" " + words.get(i - 1) + " " + words.get(i) + " ");
            if (adjacent) {
                List<Alternative> compounds = swedishCompounds(previous.phrase().words(), match.phrase().words(), known);
                alternatives.addAll(compounds);
                Concept before = concepts.remove(concepts.size() - 1);
                List<Alternative> extended = new ArrayList<>(before.alternatives());
                extended.addAll(compounds);
                concepts.add(new Concept(before.asked(), extended));
            }
            concepts.add(new Concept(String.join(" ", words.subList(i, i + match.length())), alternatives));
            previous = match;
            i += match.length();
        }
        return concepts;
    }

    /**
     * The one-word compounds that neighbouring words make, with or without the linking s, with
     * what the lexicon says the documents call them. English writes "sector plan" and "goal chain"
     * where Swedish writes "sektorsplan" and "målkedja", and Swedish itself is often written apart
     * ("verksamhets besök", "äldre boende", which the documents call "särskilt boende").
     */
    private List<Alternative> swedishCompounds(List<String> heads, List<String> tails, Predicate<String> known) {
        List<Alternative> compounds = new ArrayList<>();
        for (String head : heads) {
            for (String tail : tails) {
                for (String compound : compoundsOf(head, tail)) {
                    // One word, so its term is its stem: the stemmer alone is far cheaper than the
                    // whole chain, and English questions try a hundred candidates.
                    String term = LETTERS.matcher(compound).matches() ? SwedishStemFilter.stem(compound) : "";
                    // The stemmer can eat a short tail whole ("kommundirektör" + "s" + "enas"): that is the head again.
                    if (term.length() > head.length() && known.test(term)) {
                        compounds.add(new Alternative(List.of(term), LEXICON_WEIGHT));
                    }
                }
            }
        }
        return withSwedishSynonyms(compounds);
    }

    /**
     * The ways two words join: as they are, with a linking s unless the first ends in s, and,
     * when the first ends in a vowel, without it ("arbete" + "plan" is "arbetsplan", "skola" +
     * "plan" "skolplan").
     */
    private static List<String> compoundsOf(String head, String tail) {
        List<String> compounds = new ArrayList<>(List.of(head + tail));
        if (!head.endsWith("s")) {
            compounds.add(head + "s" + tail);
        }
        if (head.length() > 3 && (head.endsWith("e") || head.endsWith("a"))) {
            String stem = head.substring(0, head.length() - 1);
            compounds.add(stem + tail);
            compounds.add(stem + "s" + tail);
        }
        return compounds;
    }

    /**
     * An English word the glossary does not know. Written with a capital inside the question it
     * is taken for a name ("Munkfors", "Public Partner"), a number ("2015") is the same in
     * both languages, and a word with å, ä or ö or within quotes or brackets is the Swedish the
     * asker knows ("jäv", "an 'instruktion'", "(utvecklingsledare)", a title such as "'En
     * organisation för framtiden'"): these are searched as written, and a Swedish function
     * word among them ("för", "en") is no concept at all. Otherwise it is a word the bot did
     * not understand, which counts against any passage's coverage and meets only known
     * questions asked with it ({@link #UNTRANSLATED}), lest "sit" meet Swedish "sitt".
     */
    /**
     * What an English word the glossary does not know is searched as: a term no passage has,
     * since the analysers split at ':', but one a known question asked with the same word has.
     * "What did Borlänge fear would happen …?" is then the known question asked again, whose
     * answer it gets; with no term, "fear" could be neither met nor lent.
     */
    static final String UNTRANSLATED = "untranslated:";

    private Optional<Concept> untranslated(String question, Set<String> quoted, String word, Predicate<String> known) {
        String asWritten = Analysis.words(question).stream().filter(w -> w.startsWith(word))
                .map(w -> w.replaceAll("['’]s?$", "")).findFirst().orElse(word);
        List<String> terms = analysis.terms(asWritten);
        // Opening the question, a capital says nothing; a word the documents use there is a name ("Munkfors KS …").
        boolean name = isName(question, word) || capitalised(question, asWritten) && terms.stream().allMatch(known);
        boolean number = word.chars().anyMatch(Character::isDigit);
        boolean swedish = SWEDISH_LETTER.matcher(asWritten).find() || quoted.contains(asWritten);
        if (swedish && terms.isEmpty()) {
            return Optional.empty();
        }
        if (!(name || number || swedish) || terms.isEmpty()) {
            return Optional.of(new Concept(word, List.of(new Alternative(List.of(UNTRANSLATED + word), 1f))));
        }
        return Optional.of(new Concept(word, List.of(new Alternative(terms, 1f))));
    }

    /** The words, lower-cased, that stand within quotes or brackets in the question. */
    private static Set<String> quotedWords(String question) {
        return QUOTED.matcher(question).results()
                .flatMap(m -> Analysis.words(m.group(1)).stream())
                .collect(Collectors.toSet());
    }

    /** Whether the question writes the word with a capital anywhere, its first word too. */
    private static boolean capitalised(String question, String word) {
        return writtenWithACapital(question, "(?<![\\p{L}\\d])", word);
    }

    /** Whether the question writes the word with a capital somewhere other than at its start. */
    static boolean isName(String question, String word) {
        return writtenWithACapital(question, "(?<=[^.!?\\s]\\s)", word);
    }

    private static boolean writtenWithACapital(String question, String before, String word) {
        return Pattern.compile(before + Pattern.quote(word), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(question).results()
                .anyMatch(m -> Character.isUpperCase(question.charAt(m.start())));
    }

    private record Match(int length, List<Alternative> meanings, Phrase phrase) {
    }

    private static Match longestMatch(Map<String, List<Phrase>> phrases, List<String> words, int start,
            Predicate<Phrase> fits) {
        Match best = null;
        for (Phrase phrase : phrases.getOrDefault(words.get(start), List.of())) {
            int n = phrase.key().size();
            boolean longer = best == null || n > best.length()
                    || n == best.length() && phrase.written().size() > best.phrase().written().size();
            if (n > LONGEST_PHRASE || start + n > words.size() || !longer) {
                continue;
            }
            if (words.subList(start, start + n).equals(phrase.key()) && fits.test(phrase)) {
                best = new Match(n, phrase.meanings(), phrase);
            }
        }
        return best;
    }

    /** An English word, lower-cased, without a possessive 's and in the singular, and whether it is a function word. */
    private record Word(String singular, boolean functionWord) {
    }

    /** English words, lower-cased, without function words, plurals reduced to singular. */
    static List<String> englishWords(String text) {
        return englishWordsWithFunctionWords(text).stream().filter(w -> !w.functionWord()).map(Word::singular).toList();
    }

    private static List<Word> englishWordsWithFunctionWords(String text) {
        return Analysis.words(text).stream()
                .map(w -> w.replaceAll("['’]s?$", ""))
                .filter(w -> !w.isEmpty())
                .map(w -> new Word(singular(w), ENGLISH_STOP_WORDS.contains(w) || ENGLISH_STOP_WORDS.contains(singular(w))))
                .toList();
    }

    /**
     * The glossary's form of an inflected word it does not have as written: "visited",
     * "setting", "organised", "studies", "met" are looked up as "visit", "set", "organise", "study", "meet".
     * Only a form the glossary has is taken, so no stemming ever makes two words one.
     */
    private String lemma(String word) {
        return glossaryWords.contains(word) ? word : baseForm(word).orElse(word);
    }

    /** The form the glossary has of an inflected word, whether or not it also has the word in a longer phrase. */
    private Optional<String> baseForm(String word) {
        List<String> candidates = new ArrayList<>();
        String irregular = IRREGULAR_VERBS.get(word);
        if (irregular != null) {
            candidates.add(irregular);
        }
        for (String ending : List.of("ing", "ed")) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                candidates.add(stem);
                candidates.add(stem + "e");
                if (stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                    candidates.add(stem.substring(0, stem.length() - 1));
                }
                if (stem.endsWith("i")) {
                    candidates.add(stem.substring(0, stem.length() - 1) + "y");
                }
            }
        }
        return candidates.stream().filter(glossaryWords::contains).findFirst();
    }

    private static List<String> withWord(List<String> words, int at, String word) {
        List<String> changed = new ArrayList<>(words);
        changed.set(at, word);
        return changed;
    }

    /** The words of each glossary phrase with function words, where written so, made one word. */
    private List<Word> withPhrasesJoined(List<Word> words) {
        List<Word> joined = new ArrayList<>(words);
        Set<String> asked = words.stream().map(Word::singular).collect(Collectors.toSet());
        for (List<String> phrase : joinedEnglishPhrases) {
            if (!asked.containsAll(phrase)) {
                continue;
            }
            for (int i = 0; i + phrase.size() <= joined.size(); i++) {
                List<String> here = joined.subList(i, i + phrase.size()).stream().map(Word::singular).toList();
                int length = here.equals(phrase) ? phrase.size()
                        : objectInside(joined, i, phrase) ? phrase.size() + 1 : 0;
                if (length > 0) {
                    joined.subList(i, i + length).clear();
                    joined.add(i, new Word(String.join(JOINED, phrase), false));
                }
            }
        }
        return joined;
    }

    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them", "this", "that", "him", "her", "us", "me");

    /** Past forms of the English verbs questions tell what happened with ("we met in town", "she told me"). */
    private static final Map<String, String> IRREGULAR_VERBS = Map.ofEntries(Map.entry("met", "meet"),
            Map.entry("told", "tell"), Map.entry("said", "say"), Map.entry("made", "make"), Map.entry("took", "take"),
            Map.entry("taken", "take"), Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("came", "come"),
            Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("saw", "see"), Map.entry("seen", "see"),
            Map.entry("got", "get"), Map.entry("gotten", "get"), Map.entry("found", "find"),
            Map.entry("thought", "think"), Map.entry("knew", "know"), Map.entry("known", "know"),
            Map.entry("heard", "hear"), Map.entry("held", "hold"), Map.entry("left", "leave"), Map.entry("sent", "send"),
            Map.entry("spoke", "speak"), Map.entry("spoken", "speak"), Map.entry("wrote", "write"),
            Map.entry("written", "write"), Map.entry("brought", "bring"), Map.entry("bought", "buy"),
            Map.entry("chose", "choose"), Map.entry("chosen", "choose"), Map.entry("ran", "run"), Map.entry("sat", "sit"),
            Map.entry("stood", "stand"), Map.entry("understood", "understand"), Map.entry("began", "begin"),
            Map.entry("begun", "begin"), Map.entry("kept", "keep"), Map.entry("felt", "feel"), Map.entry("led", "lead"),
            Map.entry("meant", "mean"), Map.entry("paid", "pay"), Map.entry("built", "build"), Map.entry("lost", "lose"),
            Map.entry("won", "win"), Map.entry("broke", "break"), Map.entry("broken", "break"), Map.entry("fell", "fall"),
            Map.entry("forgot", "forget"), Map.entry("forgotten", "forget"), Map.entry("grew", "grow"),
            Map.entry("shown", "show"), Map.entry("spent", "spend"), Map.entry("taught", "teach"),
            Map.entry("caught", "catch"), Map.entry("sought", "seek"), Map.entry("dealt", "deal"),
            Map.entry("drove", "drive"), Map.entry("driven", "drive"), Map.entry("became", "become"));

    /** A phrasal verb with its object between verb and particle: "carry it out", "sort this out". */
    private static boolean objectInside(List<Word> words, int at, List<String> phrase) {
        return phrase.size() == 2 && at + 3 <= words.size()
                && words.get(at).singular().equals(phrase.get(0))
                && OBJECT_PRONOUNS.contains(words.get(at + 1).singular())
                && words.get(at + 2).singular().equals(phrase.get(1));
    }

    /** The same terms said twice count once, at the higher weight. */
    private static List<Alternative> distinctAlternatives(List<Alternative> alternatives) {
        Map<List<String>, Alternative> best = new LinkedHashMap<>();
        for (Alternative alternative : alternatives) {
            best.merge(alternative.terms(), alternative, (a, b) -> a.weight() >= b.weight() ? a : b);
        }
        return List.copyOf(best.values());
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
        for (Concept withDuplicates : concepts) {
            Concept concept = new Concept(withDuplicates.asked(), distinctAlternatives(withDuplicates.alternatives()));
            unique.putIfAbsent(concept.alternatives().isEmpty() ? List.of(new Alternative(List.of(concept.asked()), 0f))
                    : concept.alternatives(), concept);
        }
        return List.copyOf(unique.values());
    }
}
