package se.riktlinjeboten.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import se.riktlinjeboten.document.Passage;
import se.riktlinjeboten.document.Sentences;
import se.riktlinjeboten.search.Analysis;
import se.riktlinjeboten.search.CurrentIndex;
import se.riktlinjeboten.search.PassageIndex;
import se.riktlinjeboten.search.PassageIndex.Hit;
import se.riktlinjeboten.search.Query;
import se.riktlinjeboten.search.QueryAnalyzer;

/** Answers a question with the passages that answer it, or with nothing when none does. */
@Service
public class AnswerService {

    private static final int CANDIDATES = 10;
    private static final int SHORT_QUESTION = 5;
    private static final int LONG_QUESTION = 9;
    /** The shortest last part of a compound that says what the compound is. */
    private static final int COMPOUND_HEAD = 4;
    /** Coverage of every concept of a question, as floating point sums it. */
    private static final double EVERYTHING_ASKED = 0.999;
    /**
     * A decision's record answers when it was taken only for the decision the question names:
     * "När antogs upphandlingspolicyn i Gnosjö?" is not answered by the date the Gnosjö report
     * itself was adopted, which meets the place and the taking but not the policy.
     */
    private static final double DECISION_NAMED = 0.7;
    /** A sentence that says what comes after it: "… avslutas med att ange de viktigaste hoten", "Följande gäller:". */
    private static final Pattern POINTS_AHEAD = Pattern.compile(
            ":\\s*$|\\b(?:nedan|nedanstående|följande|avslutas med)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A number, in digits or words, "antalet", or "En" or "Ett" opening a sentence (inside
     * one, "en medarbetare" is only the article), and the next four words, where the thing
     * counted stands.
     */
    /** Numbers written as words, up to thirty: "sex tjänstemän", "tre sektorer". */
    private static final String NUMBER_WORDS = "två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton"
            + "|sexton|sjutton|arton|nitton|tjugo|trettio";
    /**
     * A body given with its members: "en projektgrupp med sex tjänstemän", "utskotten med 5
     * ledamöter" counts the body, as "Hur stor var projektgruppen?" and "Hur många sitter i projektgruppen?" ask.
     */
    private static final Pattern GROUP_OF = Pattern.compile(
            "([\\p{L}-]+)\\s+(?:med|bestående av|som består av)\\s+(?:\\d+|(?i:" + NUMBER_WORDS + ")\\b)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMBER_OF = Pattern.compile(
            "(?:\\b(?!(?:19|20)\\d\\d\\b)\\d+"
                    + "|(?i:\\b(?:" + NUMBER_WORDS + "|fyrtio|femtio|hundra|tusen|miljoner|dussin|båda|bägge|antal|antalet)\\b)"
                    + "|(?:^|[.!?:]\\s+)(?:En|Ett)\\b)(?=[\\s,]+((?:[\\p{L}\\d-]+[\\s,]+){0,3}[\\p{L}\\d-]+))",
            Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern ARTICLE = Pattern.compile("\\b(En|Ett)$");
    /** "I Munkfors är det 9 …", "i Norsjö": the place a sentence's number is for. */
    private static final Pattern PLACE_OF_A_SENTENCE = Pattern.compile("\\b[Ii] (\\p{Lu}\\p{Ll}+)");
    /** A capitalised word inside a question's sentence, not opening it. */
    private static final Pattern NAME_IN_A_QUESTION = Pattern.compile("(?<=[^.!?\\s]\\s)(\\p{Lu}\\p{Ll}+)");
    private static final Pattern VERB_AFTER_AN_ARTICLE = Pattern.compile(
            "\\b(är|var|blir|ska|skall|kan|får|har|bör|måste|kommer|finns|gäller|innebär|om|som|att)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** "Härnösands kommun", "Härnösand kommun", "kommunen Härnösand", "Sundsvall municipality", "the municipality of Sundsvall". */
    private static final Pattern MUNICIPALITY = Pattern.compile(
            "\\b(\\p{Lu}\\p{Ll}+?)s?:?s? (?:kommun|municipality)\\b|\\b(?:kommunen|municipality of) (\\p{Lu}\\p{Ll}+)",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Words that stand before "kommun" or "municipality" without naming one: "Which municipality …?", "Varje kommun …", "a Swedish municipality". */
    private static final Set<String> DETERMINERS = Set.of("which", "what", "each", "every", "any", "another", "other", "our",
            "your", "their", "this", "that", "the", "a", "swedish", "vilken", "vilket", "varje", "någon", "ingen", "annan", "samma",
            "vår", "er", "din", "min", "hela", "denna", "den", "en");
    /** "antalet ledamöter … minskar": a trend, not how many there are. */
    private static final Pattern COUNT_NOUN = Pattern.compile("antal(et)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern TREND = Pattern.compile("\\b(minskar|ökar|minskas|ökas|minskat|ökat|minskats|ökats|minska|öka|växer|sjunker|stiger|reducera|reduceras|reducerats)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** "En förtroendevald ska kunna …": a rule for any one, not a count. */
    private static final Pattern MODAL = Pattern.compile("ska|skall|kan|får|bör|måste", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\s*\\d+(\\.\\d+)*\\.?\\s*");

    private final CurrentIndex index;
    private final QueryAnalyzer queryAnalyzer;
    private final Analysis analysis;
    private final AnswerSettings settings;

    AnswerService(CurrentIndex index, QueryAnalyzer queryAnalyzer, Analysis analysis, AnswerSettings settings) {
        this.index = index;
        this.queryAnalyzer = queryAnalyzer;
        this.analysis = analysis;
        this.settings = settings;
    }

    public Answer answer(String question) {
        PassageIndex current = index.get();
        Query query = queryAnalyzer.analyze(question, current::hasTerm);
        Set<String> queryTerms = queryTerms(query);
        Set<String> names = namesIn(question);
        if (namesAnotherMunicipality(question, current)) {
            return new Answer(query.language(), List.of());
        }
        List<Hit> hits = current.search(query, CANDIDATES).stream()
                .filter(hit -> mayAnswer(query, queryTerms, names, hit, current))
                .toList();
        double required = requiredCoverage(query);
        // A question closer to one the documents are known not to answer than to any passage is
        // that question asked again. Over the own set's halves this left 7 more out-of-scope
        // questions unquoted and one answerable; letting it win at up to 0.1 less than the
        // passage lost 46 answered.
        if (hits.isEmpty() || hits.get(0).coverage() < required
                || current.unansweredCoverage(query) > hits.get(0).coverage()) {
            return new Answer(query.language(), List.of());
        }
        List<Quote> quotes = new ArrayList<>();
        Hit first = hits.get(0);
        for (Hit hit : hits) {
            if (quotes.size() == settings.maxQuotes()) {
                break;
            }
            boolean strongEnough = hit.coverage() >= required
                    && hit.coverage() >= first.coverage() * settings.followUpRatio();
            if (hit == first || (strongEnough && addsSomething(hit, quotes))) {
                quotes.add(new Quote(hit.entry().passage(), hit.entry().document(),
                        answeringSentence(hit.entry().passage().text(), queryTerms), hit.coverage()));
            }
        }
        announced(first, quotes.get(0), current).ifPresent(next -> {
            Quote lead = quotes.get(0);
            Passage joined = new Passage(lead.passage().documentId(), lead.passage().ordinal(), lead.passage().section(),
                    lead.passage().page(), lead.passage().text() + " " + next.passage().text());
            quotes.removeIf(quote -> quote.passage().equals(next.passage()));
            quotes.set(0, new Quote(joined, lead.document(), lead.answeringSentence(), lead.confidence()));
        });
        return new Answer(query.language(), quotes);
    }

    /**
     * Every passage that answers the question well enough to quote, best first: what a search
     * from Teams' message box lists, where the user picks the quote to share.
     */
    public List<Quote> search(String question, int limit) {
        PassageIndex current = index.get();
        Query query = queryAnalyzer.analyze(question, current::hasTerm);
        Set<String> queryTerms = queryTerms(query);
        Set<String> names = namesIn(question);
        List<Quote> quotes = new ArrayList<>();
        for (Hit hit : current.search(query, limit)) {
            boolean answers = hit.coverage() >= requiredCoverage(query)
                    && mayAnswer(query, queryTerms, names, hit, current);
            if (answers && addsSomething(hit, quotes)) {
                quotes.add(new Quote(hit.entry().passage(), hit.entry().document(),
                        answeringSentence(hit.entry().passage().text(), queryTerms), hit.coverage()));
            }
        }
        return quotes;
    }

    /**
     * The share of the question a passage must cover to be quoted. A question of more than
     * {@value #SHORT_QUESTION} concepts also says who asks and why ("Jag sitter i omsorgsnämnden
     * och skulle vilja …", "I heard Munkfors has …"), which a rule never repeats: what it needs
     * falls evenly to the long-question share at {@value #LONG_QUESTION} concepts. Out-of-scope
     * questions are mostly short, and a short one is held to the full share.
     */
    private double requiredCoverage(Query query) {
        int beyond = Math.min(LONG_QUESTION, Math.max(SHORT_QUESTION, query.concepts().size())) - SHORT_QUESTION;
        double fall = (settings.minConfidence() - settings.longQuestionConfidence()) * beyond / (LONG_QUESTION - SHORT_QUESTION);
        return settings.minConfidence() - Math.max(0, fall);
    }

    /**
     * Whether the passage can answer what kind of thing is asked. "Hur många anställda ...?" is
     * answered by a passage that counts what is asked: one that names everything asked but counts
     * nothing of it ("Hur många anställda har Gnosjö kommun?") answers another question. The thing
     * counted is the question's first concept ("9 ordinarie ledamöter samt 22 ersättare", "två
     * till fem beredningar", "En samlad och gemensam förvaltning"). "Vem är ordförande i ...?" is
     * answered by a passage that names somebody for everything asked: one about what the chair
     * does does not say who the chair is, and a name beside another body's chair is somebody else.
     * "Hur mycket tjänar ...?" is answered by a passage that gives a sum, "Vilket parti ...?" by
     * one that names a party, "What time does ... start?" by one that gives a time of day: one
     * about how fees are set, what parties agreed or when a reform starts answers none of them.
     */
    private boolean mayAnswer(Query query, Set<String> queryTerms, Set<String> names, Hit hit, PassageIndex index) {
        if (query.asks() == Query.Asks.DECISION && hit.coverage() < DECISION_NAMED) {
            return false;
        }
        if (query.asks().requiresItsShape()) {
            return PassageIndex.answers(hit.entry(), query.asks());
        }
        if (query.asks() == Query.Asks.COMPANY) {
            return index.namesByName(hit.entry());
        }
        if (query.asks() == Query.Asks.PERSON) {
            return index.namesSomebody(hit.entry()) && hit.coverage() >= EVERYTHING_ASKED
                    && !namesTheOfficeElsewhere(hit.entry().passage().text(), queryTerms, names, index);
        }
        if (query.asks() != Query.Asks.QUANTITY || query.isEmpty()) {
            return true;
        }
        Set<String> counted = new HashSet<>();
        query.concepts().get(0).alternatives().forEach(a -> counted.addAll(a.terms()));
        Passage passage = hit.entry().passage();
        return counts(passage.text(), counted, names, index) || counts(ownHeading(passage.section()), counted, names, index);
    }

    /**
     * Whether the question names a municipality the documents never mention ("Har Härnösands
     * kommun också en riktlinje …?", "Sundsvall municipality"): their rules are another
     * municipality's, however well they match the rest.
     */
    private boolean namesAnotherMunicipality(String question, PassageIndex index) {
        Matcher municipality = MUNICIPALITY.matcher(question);
        while (municipality.find()) {
            String name = municipality.group(1) != null ? municipality.group(1) : municipality.group(2);
            List<String> terms = analysis.terms(name);
            if (!DETERMINERS.contains(name.toLowerCase(Locale.ROOT)) && !terms.isEmpty()
                    && terms.stream().noneMatch(index::hasTerm)) {
                return true;
            }
        }
        return false;
    }

    /** The stems of the capitalised words inside a question's sentences: the places, among others, it asks about. */
    private Set<String> namesIn(String question) {
        Set<String> names = new HashSet<>();
        Matcher name = NAME_IN_A_QUESTION.matcher(question);
        while (name.find()) {
            names.addAll(analysis.terms(name.group(1)));
        }
        return names;
    }

    /** A section's own heading, without its number: "Tre sektorer" of "4.3.3 Förvaltningsorganisation › Tre sektorer". */
    private static String ownHeading(String section) {
        String own = section.substring(section.lastIndexOf('›') + 1);
        return SECTION_NUMBER.matcher(own).replaceFirst("");
    }

    /**
     * Whether the text gives a number of what is counted; a heading may ("Tre sektorer", then the
     * list). After "En" or "Ett" the thing counted comes before the verb ("En samlad och gemensam
     * förvaltning föreslås"): in "Ett exempel är om medborgaren ringer" the article counts an example,
     * and before a modal verb it counts nothing ("En förtroendevald ska kunna ställa frågor" is a
     * rule for any of them); "antalet" counts nothing in a trend ("antalet ledamöter i de organ
     * som kvarstår minskar"), and a year nothing at all ("Under oktober och november 2008 har
     * projektgruppen träffat …").
     */
    private boolean counts(String text, Set<String> counted, Set<String> names, PassageIndex index) {
        Matcher group = GROUP_OF.matcher(text);
        while (group.find()) {
            if (analysis.terms(group.group(1)).stream().anyMatch(term -> isCounted(term, counted))) {
                return true;
            }
        }
        Matcher number = NUMBER_OF.matcher(text);
        while (number.find()) {
            if (namesAnotherPlace(text, number.end(), names, index)) {
                continue;
            }
            String following = number.group(1);
            if (COUNT_NOUN.matcher(number.group()).matches() && TREND.matcher(sentenceAt(text, number.start(), number.end())).find()) {
                continue;
            }
            if (ARTICLE.matcher(number.group()).find()) {
                Matcher verb = VERB_AFTER_AN_ARTICLE.matcher(following);
                if (verb.find() && MODAL.matcher(verb.group()).matches()) {
                    continue;
                }
                following = verb.find(0) ? following.substring(0, verb.start()) : following;
            }
            if (analysis.terms(following).stream().anyMatch(term -> isCounted(term, counted))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of the passage names what is counted, or the last part of it: "två till fem
     * beredningar" counts "fullmäktigeberedningar".
     */
    private static boolean isCounted(String term, Set<String> counted) {
        for (String thing : counted) {
            if (thing.equals(term) || term.length() >= COMPOUND_HEAD && thing.endsWith(term)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence of the text that holds the characters from {@code start} to {@code end}. */
    private static String sentenceAt(String text, int start, int end) {
        int stop = text.indexOf(". ", end);
        return text.substring(text.lastIndexOf(". ", start) + 1, stop < 0 ? text.length() : stop);
    }

    /**
     * Whether the sentence that ends at {@code at} names another place than any the question
     * names: "I Munkfors är det 9 ordinarie ledamöter" does not say how many Ånge has. A question
     * that names no place ("Munkfors KS - how many substitutes?", opening with it) is not held
     * to one. A word the documents also write in lower case is no place ("… 22 ersättare i
     * Kommunstyrelsen samt 5 … i vart och ett av dom tre utskotten" is still Munkfors').
     */
    private boolean namesAnotherPlace(String text, int at, Set<String> names, PassageIndex index) {
        if (names.isEmpty()) {
            return false;
        }
        int sentenceStart = Math.max(text.lastIndexOf(". ", at - 1), text.lastIndexOf("? ", at - 1)) + 1;
        Matcher place = PLACE_OF_A_SENTENCE.matcher(text.substring(sentenceStart, at));
        while (place.find()) {
            if (index.isName(place.group(1)) && analysis.terms(place.group(1)).stream().noneMatch(names::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence that names the office asked about says it is another place's:
     * "… för att avslutas i Munkfors – …, Jan-Olov Appel kommunchef" does not say who Ånge's
     * kommunchef is.
     */
    private boolean namesTheOfficeElsewhere(String text, Set<String> queryTerms, Set<String> names, PassageIndex index) {
        if (names.isEmpty()) {
            return false;
        }
        for (String sentence : Sentences.split(text)) {
            if (analysis.terms(sentence).stream().anyMatch(queryTerms::contains)
                    && namesAnotherPlace(sentence, sentence.length(), names, index)) {
                return true;
            }
        }
        return false;
    }

    /** A further passage must say something the earlier ones do not: another passage, other words. */
    private boolean addsSomething(Hit hit, List<Quote> quotes) {
        String text = hit.entry().passage().text();
        return quotes.stream().noneMatch(q -> q.passage().text().contains(text) || text.contains(q.passage().text()));
    }

    private static Set<String> queryTerms(Query query) {
        Set<String> terms = new HashSet<>();
        query.concepts().forEach(c -> c.alternatives().forEach(a -> terms.addAll(a.terms())));
        return terms;
    }

    /**
     * The passage a quote's answering sentence announces, when that sentence ends its passage:
     * "Den sammanfattande swot-analysen avslutas med att ange de viktigaste hoten ..." is followed
     * by the threats themselves, which a page flattened to text left in the next passage.
     */
    private static Optional<PassageIndex.Entry> announced(Hit hit, Quote quote, PassageIndex current) {
        List<String> sentences = Sentences.split(hit.entry().passage().text());
        boolean endsThePassage = !sentences.isEmpty() && sentences.get(sentences.size() - 1).equals(quote.answeringSentence());
        return endsThePassage && POINTS_AHEAD.matcher(quote.answeringSentence()).find()
                ? current.following(hit.entry())
                : Optional.empty();
    }

    /** The sentence sharing the most of the question's terms; the first such on a tie. */
    private String answeringSentence(String passage, Set<String> queryTerms) {
        String best = null;
        long bestCount = -1;
        for (String sentence : Sentences.split(passage)) {
            long count = new HashSet<>(analysis.terms(sentence)).stream().filter(queryTerms::contains).count();
            if (count > bestCount) {
                best = sentence;
                bestCount = count;
            }
        }
        return best == null ? passage : best;
    }
}
