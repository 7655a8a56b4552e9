package se.riktlinjeboten.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import se.riktlinjeboten.document.DocumentInfo;
import se.riktlinjeboten.document.LoadedDocument;
import se.riktlinjeboten.document.Passage;
import se.riktlinjeboten.document.Sentences;
import se.riktlinjeboten.search.Query.Alternative;
import se.riktlinjeboten.search.Query.Concept;

/**
 * The passages of all documents in a Lucene index, ranked for a question by BM25 over the
 * passage, its heading, its document's title and the known questions it answers, with a boost
 * for the question's words standing close together, then re-ranked by how much of the question
 * a passage covers.
 */
public final class PassageIndex implements Closeable {

    /** A passage with the document it comes from. */
    public record Entry(Passage passage, DocumentInfo document) {
    }

    /**
     * A ranked passage. {@code coverage} is the share of the question's informative weight
     * (inverse document frequency) that the passage matches, from 0 to 1: the same scale for
     * every question, which makes it usable as a confidence. {@code headingCoverage} is that
     * share matched by the passage's section heading alone. {@code askedBefore}: the question
     * is a known question of this passage asked again, so its coverage is whole.
     */
    public record Hit(Entry entry, float score, double coverage, double headingCoverage, double sentenceCoverage,
            boolean askedBefore) {
    }

    private static final int CANDIDATES = 30;
    private static final float HEADING_BOOST = 0.5f;
    private static final float TITLE_BOOST = 0.2f;
    /** Credit for a concept found only in the neighbouring passages. */
    private static final double CONTEXT_CREDIT = 0.5;
    /**
     * What a passage's known questions weigh in the search beside its own words (1). Read in the
     * documents' terms, with their synonyms, they say more than as written: over the own set's
     * halves 25 more were answered at 1 than at 2, 13 at 0.5, 14 at 1.5.
     */
    private static final float ASKED_BOOST = 1f;
    private static final int[][] NO_NEIGHBOURS = {};
    private static final int[] NOTHING_ASKED = {};
    /**
     * The part of a concept's weight that a passage covers when only its known questions have
     * it. Coverage is the confidence an answer needs, and a question that only resembles
     * answered ones ("When will Ånge's new organisation come into force?", where the 2015
     * review's did) is often not answered: at 0.5, as for a neighbour, five more out-of-scope
     * questions were quoted; at 0.25 two, for the same questions answered.
     */
    private static final double ASKED_CREDIT = 0.25;
    /**
     * The share of a known question's concepts that a question must have for it to be asked
     * again in other words; then what it says in that known question's words counts as the
     * passage's own. A concept is had when any of its ways of saying it is. Against a quarter's
     * credit alone, 0.6 answered 39 more over the own set's halves and quoted 4 more out of
     * scope, and on four blind helper batches 7 more of 240 and none more of 48; 0.4 answered
     * 7 more of the batches' but quoted 4 more of their out-of-scope questions. With no overlap
     * asked for, a long known question lends its every word.
     */
    private static final double SAME_QUESTION_OVERLAP = 0.6;
    private static final float PROXIMITY_BOOST = 0.3f;
    /** The fields each way of saying a concept is searched in: text, heading, title, known questions. */
    private static final int FIELDS_SEARCHED = 4;
    /**
     * The clauses a question's concepts may take in the search, half of what Lucene allows, so
     * that their neighbours' proximity and the preferred words fit too. A question of 2,400
     * characters of words nobody knows exceeded Lucene's limit and threw; the edge turns such a
     * question away before, but the search itself does not fail on it. The concepts beyond are
     * still counted in coverage.
     */
    private static final int CLAUSE_BUDGET = IndexSearcher.getMaxClauseCount() / 2;
    private static final int PROXIMITY_SLOP = 6;
    private static final double COVERAGE_SHARE = 0.6;
    /** Extra credit for a passage whose own heading names what the question asks about. */
    private static final double HEADING_SHARE = 0.1;
    /** Extra credit for a passage that says what is asked in one sentence. */
    private static final double SENTENCE_SHARE = 0.3;

    private static final float COMPOUND_PARTS_WEIGHT = 0.7f;
    /**
     * How much a way of saying a concept counts in coverage against the best way the question
     * has: (its weight / the best weight) to this power. "noga" said as the asker wrote it
     * counts whole, said by the lexicon's "tydlig" 0.89 of it, so a passage with the asker's own
     * words goes before one with only their synonyms. Against every way counting whole, over the
     * own set's halves: at 0.5, 5 more answered and 6 more out-of-scope questions unquoted; at
     * 0.25, 5 and 4; at 0.75, 4 and 6; at 1, 2 fewer answered and 6 more unquoted.
     */
    private static final double WAY_CREDIT_EXPONENT = 0.5;
    private static final double ANSWER_TYPE_BONUS = 0.2;
    /**
     * A passage whose known question the question is asked again goes first: someone confirmed
     * it answers just that. Over the own set's halves 3 more answered and no out-of-scope
     * question more quoted; letting it answer where the kind of passage asked for is required
     * answered one more and quoted one more out of scope.
     */
    private static final double ASKED_BEFORE_BONUS = 1;
    /**
     * A passage that opens in the middle of a sentence, where a page break cut it ("politiska
     * ställningstagandena som görs ..."), loses a tie to one that opens with the sentence that
     * states the rule: it reads as the rest of something.
     */
    private static final double FRAGMENT_PENALTY = 0.02;
    /**
     * A passage that states no rule (no "ska", "bör", "får", "måste" …: "Besök/kontakter i andra
     * kommuner har genomförts") loses a tie, for a question of what one should do, to one that does.
     */
    private static final double NO_RULE_PENALTY = 0.06;
    /** Concepts from which a question is long enough that its unknown words weigh {@link #UNKNOWN_IN_A_LONG_QUESTION} of their weight. */
    private static final int MANY_CONCEPTS = 7;
    private static final double UNKNOWN_IN_A_LONG_QUESTION = 0.5;
    private static final double FIGURE_PENALTY = 0.1;
    private static final int FIGURE_MIN_WORDS = 12;
    private static final int FIGURE_REPEATS = 3;
    private static final double FIGURE_CAPITALS = 0.4;
    private static final int FIGURE_WORDS_PER_STOP = 20;
    private static final Pattern RULE = inText("\\b(ska|skall|bör|får|måste|behöver|kan|gäller)\\b");
    private static final Pattern SUMMARY = Pattern.compile("(\\d+(\\.\\d+)*\\.?\\s+)?(sammanfattning|sammandrag|summary)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_SUFFIX = Pattern.compile("(?i)\\s+(kommun|stad|region|landsting)$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
    private static final String MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november"
            + "|december";
    private static final Pattern TIME_EXPRESSION = inText("\\d|\\b(" + MONTHS
            + "|klockan|år|månader|veckor|dagar|senast|varje|regelbundet|årligen|gång|gånger|mandatperiod|mandatperioden)\\b");
    /** A date or a year: "den 27 mars 2008", "1/9", "2015", "i november". */
    private static final Pattern DATE_GIVEN = inText("\\d|\\b(" + MONTHS + ")\\b");
    /** A time limit said without a date: "Revideras senast: inför varje ny mandatperiod". */
    private static final Pattern LATEST = inText("\\bsenast\\b");
    /** A duration: "4 år", "minst två år", "sex månader", or since when: "sedan 1992". */
    private static final Pattern DURATION_EXPRESSION = inText(
            "\\b(?:\\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|några|par)\\s+"
                    + "(?:år|månader|månad|veckor|vecka|dagar|dag|dygn|timmar|timme|mandatperioder|mandatperiod)\\b"
                    + "|\\bsedan\\s+(?:(?:början|slutet)\\s+av\\s+)?(?:19|20)\\d\\d");
    /** How often: "varje mandatperiod", "regelbundet", "två gånger per år", "årligen". */
    private static final Pattern FREQUENCY_EXPRESSION = inText(
            "\\b(varje\\s+(?:ny\\s+)?(?:dag|vecka|månad|år|termin|kvartal|mandatperiod|valperiod|gång|sammanträde|möte)\\w*"
                    + "|var\\s+(?:dag|vecka|månad|år|termin)|vart\\s+(?:år|kvartal)|regelbund\\w*|årligen|årlig|årliga"
                    + "|månatlig\\w*|dagligen|veckovis|löpande|kontinuerlig\\w*|återkommande|gånger?\\s+(?:per|om|i|varje)"
                    + "|per\\s+(?:dag|vecka|månad|år|termin|kvartal|mandatperiod))\\b");
    /** Where: "framgår av kommundirektörens instruktion", "via Teams", "Plats: Fysisk träff", "på hemsidan". */
    private static final Pattern PLACE_EXPRESSION = inText(
            "\\b(framgår\\s+av|anges\\s+i|står\\s+i|publiceras\\s+på|via\\s+teams|plats:"
                    + "|hemsida\\w*|webbplats\\w*|webben|intranät\\w*|diari\\w*|lokal(?:en|er)?|sal(?:en)?|stadshus\\w*"
                    + "|kommunhus\\w*|rådhus\\w*)\\b");
    /**
     * A reason or a purpose: "syftet", "eftersom", "bakgrunden", and "för att" ("För att få en mer
     * kostnadseffektiv … organisation har Kommunstyrelsen beslutat …"), except where somebody is
     * responsible for seeing that something happens ("ansvarar för att …").
     */
    private static final Pattern REASON_EXPRESSION = inText(
            "\\b(syfte|syftet|ändamål|motiv|motiven|fördel|fördelen|fördelarna|anledning|anledningen|skäl|skälet"
                    + "|eftersom|därför|gagn|bakgrund|bakgrunden|målsättning|målsättningen)\\b"
                    + "|(?<!ansvar\\p{L}{0,4}\\s)\\bför att\\b");

    /**
     * A sum of money: "25 000 kr", "3,5 miljoner kronor", "40 procent av riksdagsledamöternas
     * arvode". A share alone is not one: "helägda (100 %)" says who owns a company.
     */
    private static final Pattern AMOUNT = inText(
            "\\d[\\d\\s]*(?:[.,]\\d+)?\\s*(?:kr\\b|kronor|sek\\b|tkr|mkr|mnkr|miljon|miljard|tusen|:-"
                    + "|(?:procent|%)\\s+av\\b)"
                    + "|\\b(?:prisbasbelopp|inkomstbasbelopp)");
    /** A way to somebody: "kontakt med förvaltningschefen ska tas", "samordnas med", "ringer enhetschef". */
    private static final Pattern CONTACT_PATH = inText(
            "\\b(kontakt med|ta kontakt|kontakta\\w*|vänd(a|er) sig till|ingången|samordnas med|tas upp med"
                    + "|hör(a)? av sig|ringer|hänvisa\\w*|gå(r)? via|tala(r)? med|prata(r)? med)\\b");
    /**
     * An address itself: an e-mail address, a web address or a phone number. "Projektet har haft
     * en e-postadress" says there was one, not which.
     */
    private static final Pattern ADDRESS_GIVEN = inText(
            "[\\w.-]+@[\\w-]+\\.\\w|\\bwww\\.|https?://|\\b0\\d{1,3}[-–/ ]?\\d{2,3}[ ]?\\d{2}[ ]?\\d{2}\\b");
    /**
     * A decision taken, in the past: "beslutade kommunfullmäktige", "har Kommunstyrelsen beslutat",
     * "antogs", and a document's record of it: "Antagen av kommunfullmäktige 2018-11-29", "Datum
     * för beslut: 2022-10-17". "… när politiken väl bestämt att arbeta mot denna modell" plans one.
     */
    private static final Pattern DECISION_TAKEN = inText(
            "\\b(beslutade|beslutades|beslutat|beslutats|beslöt|beslöts|bestämde|bestämdes|antogs|antog|antagit|antagits"
                    + "|antagen|antaget|fastställd|fastställdes|fastställt|datum för beslut|beslutsdatum"
                    + "|fattade|fattades|fattat|fattats|decided)\\b");
    /** A result told: "Analysen visar att …", "det framkom", "slutsatsen", "resultatet blev". */
    private static final Pattern RESULT_GIVEN = inText(
            "\\b(visar|visade|visat|framkom|framkommit|framgick|resultat\\p{L}*|konstater\\p{L}*|slutsats\\p{L}*"
                    + "|kom fram till|kommit fram till|svarade|svarat)\\b");
    /** A capitalised word inside a sentence, not opening it, as a name stands: "… att träffa Norsjö …", "… där Public Partner …". */
    private static final Pattern NAME_INSIDE_A_SENTENCE = Pattern.compile("(?<=[^.!?\\s]\\s)\\p{Lu}\\p{Ll}+",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** A share: "12 procent", "4,5 %", "hälften", "en tredjedel", "two thirds". */
    private static final Pattern SHARE_GIVEN = inText(
            "\\d+(?:[,.]\\d+)?\\s?(?:%|procent)|\\b(?:hälften|tredjedel\\p{L}*|fjärdedel\\p{L}*|half|thirds?|quarters?)\\b");
    /** A time of day: "klockan 18.30", "kl. 9", "13:00". */
    private static final Pattern CLOCK_TIME = inText(
            "\\b(?:klockan|kl\\.?)\\s*\\d{1,2}|\\b\\d{1,2}[.:]\\d{2}\\b(?![.:]\\d)");
    /** A Swedish party by name, or by its letters after a member's name: "Erik Lövgren (S)". */
    private static final Pattern PARTY_NAME = inText(
            "(?-i:\\((?:S|M|C|KD|L|V|MP|SD|FP)\\))|\\b(?:socialdemokrat|moderat|centerpartiet|kristdemokrat|liberalerna"
                    + "|folkpartiet|vänsterpartiet|miljöpartiet|sverigedemokrat)");

    private final Analyzer indexAnalyzer;
    private final Compounds compounds;
    private final List<Entry> entries;
    private final List<DocumentInfo> documents;
    /**
     * Each passage's index terms (its text, heading and document title), its heading's, its
     * document title's and each of its sentences', as sorted term ids: coverage is computed for
     * every candidate of every question, and analysing the passages again each time was most of
     * an answer's cost. Headings and titles are shared by the passages under them.
     */
    private final Map<String, Integer> termIds = new HashMap<>();
    private final int[][] passageTerms;
    /** The terms of the questions a passage is known to answer: a question's everyday words meet it there. */
    private final int[][] askedTerms;
    /** Each of those questions, one by one: a question asked again in other words meets one of them. */
    private final Asked[][] eachAsked;
    /** The questions the documents are known not to answer. */
    private final Asked[] unanswered;
    /** Term ids below this are the documents' own; the rest are only known questions'. */
    private final int documentTermCount;
    private final int[][] headingTerms;
    private final int[][] titleTerms;
    private final int[][][] sentenceTerms;
    /**
     * The municipalities the documents are about, as their catalogues write them, by name as
     * index terms: "alingsås" for both "Alingsås kommun" and "Alingsås".
     */
    private final Map<List<String>, Set<String>> places = new HashMap<>();
    /** The passages that name somebody, by identity: what a question asking who holds an office needs. */
    private final Set<Entry> namingSomebody = Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * The passages that name something inside a sentence, a place or a company, by identity:
     * what a question asking which municipalities prefers, and one asking which company needs.
     */
    private final Set<Entry> namingByName = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The passages that state a rule, by identity: matched once at build, not for every candidate of every question. */
    private final Set<Entry> statingARule = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The passages that are a figure's labels, by identity. */
    private final Set<Entry> figureText = Collections.newSetFromMap(new IdentityHashMap<>());
    private final PersonNames names;
    private final Directory directory;
    private final DirectoryReader reader;
    /**
     * The passage key of each Lucene document, read once: reading it from the stored fields
     * for every candidate decompressed a block each time, two fifths of a cold search.
     */
    private final int[] keys;
    private final Map<Entry, Integer> keyOf;
    private final IndexSearcher searcher;

    private PassageIndex(Analyzer indexAnalyzer, Compounds compounds, List<Entry> entries, List<String> indexedTexts,
            List<List<KnownConcepts>> askedConcepts, List<KnownConcepts> unansweredConcepts, List<DocumentInfo> documents,
            Directory directory) throws IOException {
        this.indexAnalyzer = indexAnalyzer;
        this.compounds = compounds;
        this.entries = entries;
        this.keyOf = new IdentityHashMap<>();
        for (int key = 0; key < entries.size(); key++) {
            keyOf.put(entries.get(key), key);
        }
        this.documents = documents;
        this.passageTerms = new int[entries.size()][];
        this.askedTerms = new int[entries.size()][];
        this.eachAsked = new Asked[entries.size()][];
        this.headingTerms = new int[entries.size()][];
        this.titleTerms = new int[entries.size()][];
        this.sentenceTerms = new int[entries.size()][][];
        Map<DocumentInfo, List<String>> titles = new HashMap<>();
        Map<DocumentInfo, int[]> titleIds = new HashMap<>();
        Map<String, int[]> sectionIds = new HashMap<>();
        for (int key = 0; key < entries.size(); key++) {
            Entry entry = entries.get(key);
            List<String> section = Analysis.terms(indexAnalyzer, entry.passage().section());
            List<String> title = titles.computeIfAbsent(entry.document(),
                    document -> Analysis.terms(indexAnalyzer, titleWords(document)));
            String text = indexedTexts.get(key);
            List<String> terms = new ArrayList<>(Analysis.terms(indexAnalyzer, text));
            terms.addAll(section);
            terms.addAll(title);
            passageTerms[key] = ids(terms);
            headingTerms[key] = sectionIds.computeIfAbsent(entry.passage().section(), heading -> ids(section));
            titleTerms[key] = titleIds.computeIfAbsent(entry.document(), document -> ids(title));
            sentenceTerms[key] = Sentences.split(text).stream()
                    .map(sentence -> ids(Analysis.terms(indexAnalyzer, sentence)))
                    .toArray(int[][]::new);
        }
        this.documentTermCount = termIds.size();
        for (int key = 0; key < entries.size(); key++) {
            List<KnownConcepts> known = askedConcepts.get(key);
            askedTerms[key] = ids(known.stream().flatMap(KnownConcepts::terms).toList());
            eachAsked[key] = known.stream().map(this::asked).toArray(Asked[]::new);
        }
        this.unanswered = unansweredConcepts.stream().map(this::asked).toArray(Asked[]::new);
        this.names = PersonNames.of(entries.stream().map(entry -> entry.passage().text()).toList());
        for (Entry entry : entries) {
            if (names.appearIn(entry.passage().text())) {
                namingSomebody.add(entry);
            }
            if (namesByName(entry.passage().text())) {
                namingByName.add(entry);
            }
            if (isFigureText(entry.passage().text())) {
                figureText.add(entry);
            }
            if (RULE.matcher(entry.passage().text()).find()) {
                statingARule.add(entry);
            }
        }
        for (DocumentInfo document : documents) {
            List<String> place = Analysis.terms(indexAnalyzer, PLACE_SUFFIX.matcher(document.municipality()).replaceAll(""));
            if (!place.isEmpty()) {
                places.computeIfAbsent(place, name -> new HashSet<>()).add(document.municipality());
            }
        }
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        // Every question is new and the index is in memory: caching a query's matches only costs
        // hashing the whole query tree on every search.
        searcher.setQueryCache(null);
        this.keys = new int[reader.maxDoc()];
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < keys.length; doc++) {
            keys[doc] = stored.document(doc).getField(Fields.KEY).numericValue().intValue();
        }
    }

    public static PassageIndex build(List<LoadedDocument> loaded, Analysis analysis) {
        return build(loaded, analysis, KnownQuestions.none(), null);
    }

    /**
     * The index of the documents' passages, each with the known questions it answers. A known
     * question is read as a question asked is, by {@code queries}: its concepts in the
     * documents' terms, so that an English question meets the English ones through the
     * glossary, as it meets the passages.
     */
    public static PassageIndex build(List<LoadedDocument> loaded, Analysis analysis, KnownQuestions known,
            QueryAnalyzer queries) {
        Set<String> vocabulary = vocabulary(loaded, analysis);
        Compounds compounds = new Compounds(vocabulary);
        Analyzer indexAnalyzer = analysis.indexAnalyzer(compounds);
        List<Entry> entries = new ArrayList<>();
        List<String> indexedTexts = new ArrayList<>();
        List<List<KnownConcepts>> askedConcepts = new ArrayList<>();
        Map<String, List<KnownQuestions.Answered>> foldedQuotes = new HashMap<>();
        for (KnownQuestions.Answered answered : known.answered()) {
            foldedQuotes.computeIfAbsent(answered.documentId(), id -> new ArrayList<>()).add(
                    new KnownQuestions.Answered(answered.question(), answered.documentId(), KnownQuestions.fold(answered.quote())));
        }
        Map<String, KnownConcepts> conceptsOf = new HashMap<>();
        Directory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        // The known questions come as index terms already: the field is only split at spaces.
        Analyzer analyzer = new PerFieldAnalyzerWrapper(indexAnalyzer, Map.of(Fields.ASKED, new WhitespaceAnalyzer()));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (LoadedDocument document : loaded) {
                for (Passage passage : document.passages()) {
                    // What is indexed may say more than what is quoted: the compounds coordination leaves unwritten.
                    String indexed = compounds.withCoordinatedCompounds(passage.text());
                    List<KnownConcepts> asked = askedOf(passage, foldedQuotes.getOrDefault(document.info().id(), List.of()))
                            .stream()
                            .map(question -> conceptsOf.computeIfAbsent(question,
                                    q -> KnownConcepts.of(queries.analyze(q, vocabulary::contains))))
                            .toList();
                    Document doc = new Document();
                    doc.add(new TextField(Fields.TEXT, indexed, Field.Store.NO));
                    doc.add(new TextField(Fields.ASKED, asked.stream().map(KnownConcepts::text).collect(Collectors.joining("\n")),
                            Field.Store.NO));
                    doc.add(new TextField(Fields.HEADING, passage.section(), Field.Store.NO));
                    doc.add(new TextField(Fields.TITLE, titleWords(document.info()), Field.Store.NO));
                    doc.add(new StringField(Fields.MUNICIPALITY, document.info().municipality(), Field.Store.NO));
                    doc.add(new StoredField(Fields.KEY, entries.size()));
                    writer.addDocument(doc);
                    entries.add(new Entry(passage, document.info()));
                    indexedTexts.add(indexed);
                    askedConcepts.add(asked);
                }
            }
            writer.commit();
            List<KnownConcepts> unanswered = known.unanswered().stream()
                    .map(question -> KnownConcepts.of(queries.analyze(question, vocabulary::contains)))
                    .toList();
            return new PassageIndex(indexAnalyzer, compounds, List.copyOf(entries), indexedTexts, askedConcepts, unanswered,
                    loaded.stream().map(LoadedDocument::info).toList(), directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Indexet kunde inte byggas", e);
        }
    }

    /**
     * The known questions of the passage's document whose quote, folded, the passage has. The
     * quotes come folded, once, rather than again for every passage of their document.
     */
    private static List<String> askedOf(Passage passage, List<KnownQuestions.Answered> ofItsDocument) {
        if (ofItsDocument.isEmpty()) {
            return List.of();
        }
        String folded = KnownQuestions.fold(passage.text());
        List<String> asked = new ArrayList<>();
        for (KnownQuestions.Answered answered : ofItsDocument) {
            if (folded.contains(answered.quote())) {
                asked.add(answered.question());
            }
        }
        return asked;
    }

    /** A known question as its concepts, each as the terms of all its ways of saying it. */
    private record KnownConcepts(List<List<String>> concepts, String text) {

        static KnownConcepts of(Query query) {
            List<List<String>> concepts = new ArrayList<>();
            List<String> alternatives = new ArrayList<>();
            for (Concept concept : query.concepts()) {
                List<String> terms = new ArrayList<>();
                for (Alternative alternative : concept.alternatives()) {
                    terms.addAll(alternative.terms());
                    alternatives.add(String.join(" ", alternative.terms()));
                }
                if (!terms.isEmpty()) {
                    concepts.add(terms);
                }
            }
            return new KnownConcepts(concepts, String.join(" ", alternatives));
        }

        Stream<String> terms() {
            return concepts.stream().flatMap(List::stream);
        }
    }

    /** A known question: all its terms, and each concept's, as sorted term ids. */
    private record Asked(int[] terms, int[][] concepts) {
    }

    private Asked asked(KnownConcepts question) {
        return new Asked(ids(question.terms().toList()), question.concepts().stream().map(this::ids).toArray(int[][]::new));
    }

    /**
     * How much of the question the closest of the questions the documents are known not to
     * answer has, from 0 to 1 as a passage's coverage: when it has more than the best passage,
     * the question is one of those asked again.
     */
    public double unansweredCoverage(Query query) {
        if (unanswered.length == 0 || query.isEmpty()) {
            return 0;
        }
        query = withoutUnknownAlternatives(withCompoundParts(query));
        try {
            double[] weights = conceptWeights(query);
            Ways ways = ways(query);
            int[] asked = termsOf(ways.ids());
            double best = 0;
            for (Asked known : unanswered) {
                if (sharedShare(known.concepts(), asked) >= SAME_QUESTION_OVERLAP) {
                    best = Math.max(best, matchedShare(ways, weights, new int[][] {known.terms()}, NO_NEIGHBOURS,
                            NOTHING_ASKED));
                }
            }
            return best;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every word the documents use, as index terms: what compounds may be split into. */
    private static Set<String> vocabulary(List<LoadedDocument> loaded, Analysis analysis) {
        Set<String> vocabulary = new HashSet<>();
        for (LoadedDocument document : loaded) {
            vocabulary.addAll(analysis.terms(titleWords(document.info())));
            for (Passage passage : document.passages()) {
                vocabulary.addAll(analysis.terms(passage.text()));
                vocabulary.addAll(analysis.terms(passage.section()));
            }
        }
        return vocabulary;
    }

    /** What a question may name a document by: its title, its municipality and its year ("2015 års översyn"). */
    private static String titleWords(DocumentInfo document) {
        Matcher year = YEAR.matcher(document.date());
        return document.title() + " " + document.municipality() + (year.find() ? " " + year.group() : "");
    }

    /** Every passage with its document, in document order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The passage right after this one in its document, if any. */
    public Optional<Entry> following(Entry entry) {
        Integer key = keyOf.get(entry);
        if (key == null || key + 1 >= entries.size()) {
            return Optional.empty();
        }
        Entry next = entries.get(key + 1);
        return next.passage().documentId().equals(entry.passage().documentId()) ? Optional.of(next) : Optional.empty();
    }

    public int passageCount() {
        return entries.size();
    }

    public List<DocumentInfo> documents() {
        return documents;
    }

    /** Whether the documents have the index term. */
    public boolean hasTerm(String term) {
        Integer id = termIds.get(term);
        return id != null && id < documentTermCount;
    }

    /**
     * Whether a capitalised word is a name: the documents never write it in lower case.
     * "Kommunstyrelsen" after "i" is the board, "Munkfors" a place.
     */
    public boolean isName(String word) {
        return names.isName(word);
    }

    /** Whether the passage names something, a place or a company, inside a sentence with a word the documents never write in lower case. */
    public boolean namesByName(Entry entry) {
        return namingByName.contains(entry);
    }

    /**
     * Whether the text names something inside a sentence with a word the documents never write
     * in lower case: "Vi började vår resa med att träffa Norsjö …", "… den som gick till
     * Munkfors", "… där Public Partner …". A list's items ("Bred politisk förankring Politisk
     * organisationen …") are capitalised words written in lower case elsewhere.
     */
    private boolean namesByName(String text) {
        Matcher name = NAME_INSIDE_A_SENTENCE.matcher(text);
        while (name.find()) {
            if (names.neverInLowerCase(name.group())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the passage names somebody ("Gunilla Zetterström", "Jan-Olov Appel kommunchef"). */
    public boolean namesSomebody(Entry entry) {
        return namingSomebody.contains(entry);
    }

    /** The best passages for a query, best first; empty when nothing matches at all. */
    public List<Hit> search(Query query, int limit) {
        if (query.isEmpty() || entries.isEmpty()) {
            return List.of();
        }
        query = withoutUnknownAlternatives(withCompoundParts(query));
        try {
            ScoreDoc[] top = searcher.search(inNamedPlaces(luceneQuery(query), query), CANDIDATES).scoreDocs;
            if (top.length == 0) {
                return List.of();
            }
            double[] weights = conceptWeights(query);
            Ways ways = ways(query);
            int[] questionTerms = termsOf(ways.ids());
            float best = top[0].score;
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc scoreDoc : top) {
                int key = keys[scoreDoc.doc];
                boolean askedBefore = askedBefore(ways.ids(), questionTerms, key);
                hits.add(new Hit(entries.get(key), scoreDoc.score / best,
                        askedBefore ? 1 : coverage(ways, questionTerms, weights, key),
                        headingCoverage(ways, weights, key), sentenceCoverage(ways, weights, key), askedBefore));
            }
            Query asked = query;
            Map<Hit, Double> ranks = new IdentityHashMap<>();
            hits.forEach(hit -> ranks.put(hit, rank(hit, asked)));
            hits.sort(Comparator.comparingDouble((Hit hit) -> ranks.get(hit)).reversed());
            preferTheBodyToItsSummary(hits);
            return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A report's summary restates its body in general words, which BM25 likes. When a passage
     * of the body covers more of the question, or as much under a heading that names as much
     * of it, the summary passage goes below it: the body is what answers, with the detail the
     * summary leaves out ("den 27 mars 2008" where the summary says "i mars 2008"). Breaking
     * the tie of equal headings for the body too answered 5 more over the own set's halves
     * and quoted no more out-of-scope questions.
     */
    private static void preferTheBodyToItsSummary(List<Hit> hits) {
        for (int i = hits.size() - 1; i >= 0; i--) {
            Hit summary = hits.get(i);
            if (!isSummary(summary)) {
                continue;
            }
            for (int j = i + 1; j < hits.size(); j++) {
                Hit body = hits.get(j);
                if (!isSummary(body) && body.entry().document().equals(summary.entry().document())
                        && (body.coverage() > summary.coverage() || body.coverage() == summary.coverage()
                                && body.headingCoverage() >= summary.headingCoverage())) {
                    hits.add(j, hits.remove(i));
                    break;
                }
            }
        }
    }

    private static boolean isSummary(Hit hit) {
        return SUMMARY.matcher(hit.entry().passage().section()).lookingAt();
    }

    private double rank(Hit hit, Query query) {
        double rank = COVERAGE_SHARE * hit.coverage() + (1 - COVERAGE_SHARE) * hit.score()
                + HEADING_SHARE * hit.headingCoverage() + SENTENCE_SHARE * hit.sentenceCoverage();
        String text = hit.entry().passage().text();
        if (Character.isLowerCase(text.charAt(0))) {
            rank -= FRAGMENT_PENALTY;
        }
        if (query.rule() && !statingARule.contains(hit.entry())) {
            rank -= NO_RULE_PENALTY;
        }
        if (figureText.contains(hit.entry())) {
            rank -= FIGURE_PENALTY;
        }
        if (hit.askedBefore()) {
            rank += ASKED_BEFORE_BONUS;
        }
        boolean ofItsKind = answers(hit.entry(), query.asks())
                || query.asks() == Query.Asks.MUNICIPALITY && namingByName.contains(hit.entry());
        return ofItsKind ? rank + ANSWER_TYPE_BONUS : rank;
    }

    /**
     * Whether a passage is the labels of a figure, an organisation chart run into text ("Tillfällig
     * beredning Tillfällig beredning Kommunfullmäktige … Nämnd för Barn och Utbildning Nämnd för
     * Vård och omsorg …"): mostly capitalised words, one of them three times or more, hardly a full
     * stop. It names everything and says nothing, so a passage that says it ranks first. A list of
     * names repeats none ("Erik Lövgren (S) Ordf, Calle svensson (KD), …").
     */
    static boolean isFigureText(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < FIGURE_MIN_WORDS) {
            return false;
        }
        Map<String, Integer> capitalised = new HashMap<>();
        for (String word : words) {
            if (Character.isUpperCase(word.charAt(0))) {
                capitalised.merge(word, 1, Integer::sum);
            }
        }
        int caps = capitalised.values().stream().mapToInt(Integer::intValue).sum();
        long fullStops = text.chars().filter(c -> c == '.').count();
        return capitalised.values().stream().anyMatch(n -> n >= FIGURE_REPEATS)
                && caps >= words.length * FIGURE_CAPITALS && fullStops * FIGURE_WORDS_PER_STOP < words.length;
    }

    /** A pattern of what a passage's text says, in any case, with Swedish letters as letters. */
    private static Pattern inText(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** Whether the passage holds the kind of thing asked for: a number, a time, how long, how often, a place, a reason, a sum, a party, a contact path, an address. */
    public static boolean answers(Entry entry, Query.Asks asks) {
        String text = entry.passage().text();
        return switch (asks) {
            case QUANTITY, NUMBER -> DIGIT.matcher(text).find();
            case TIME -> TIME_EXPRESSION.matcher(text).find();
            case DATE -> DATE_GIVEN.matcher(text).find();
            case DEADLINE -> DATE_GIVEN.matcher(text).find() || DURATION_EXPRESSION.matcher(text).find()
                    || LATEST.matcher(text).find();
            case CLOCK -> CLOCK_TIME.matcher(text).find();
            case DURATION -> DURATION_EXPRESSION.matcher(text).find();
            case FREQUENCY -> FREQUENCY_EXPRESSION.matcher(text).find();
            case PLACE -> PLACE_EXPRESSION.matcher(text).find();
            case REASON -> REASON_EXPRESSION.matcher(text).find()
                    || REASON_EXPRESSION.matcher(entry.passage().section()).find();
            case AMOUNT -> AMOUNT.matcher(text).find();
            case PARTY -> PARTY_NAME.matcher(text).find();
            case CONTACT -> CONTACT_PATH.matcher(text).find();
            case ADDRESS -> ADDRESS_GIVEN.matcher(text).find();
            case DECISION -> DECISION_TAKEN.matcher(text).find();
            case RESULT -> RESULT_GIVEN.matcher(text).find();
            case SHARE -> SHARE_GIVEN.matcher(text).find();
            case PERSON, COMPANY, MUNICIPALITY, OTHER -> false;
        };
    }

    /**
     * A question that names a municipality the documents are about ("Hur styr kommunchefen i
     * Gnosjö ...?") is answered from that municipality's documents only: a passage of another
     * municipality's that matches the rest of the question better answers another question.
     */
    private org.apache.lucene.search.Query inNamedPlaces(org.apache.lucene.search.Query query, Query question) {
        Set<String> asked = new HashSet<>();
        question.concepts().forEach(c -> c.alternatives().forEach(a -> asked.addAll(a.terms())));
        List<String> named = places.entrySet().stream()
                .filter(place -> asked.containsAll(place.getKey()))
                .flatMap(place -> place.getValue().stream())
                .toList();
        if (named.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder inPlaces = new BooleanQuery.Builder();
        named.forEach(municipality -> inPlaces.add(new TermQuery(new Term(Fields.MUNICIPALITY, municipality)),
                BooleanClause.Occur.SHOULD));
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(inPlaces.build(), BooleanClause.Occur.FILTER)
                .build();
    }

    /** A compound in the question may also be met by its parts standing anywhere in a passage. */
    private Query withCompoundParts(Query query) {
        List<Concept> concepts = new ArrayList<>();
        for (Concept concept : query.concepts()) {
            List<Alternative> alternatives = new ArrayList<>(concept.alternatives());
            for (Alternative alternative : concept.alternatives()) {
                if (alternative.terms().size() == 1) {
                    List<String> parts = compounds.split(alternative.terms().get(0), true);
                    if (!parts.isEmpty()) {
                        alternatives.add(new Alternative(parts, alternative.weight() * COMPOUND_PARTS_WEIGHT, false));
                    }
                }
            }
            concepts.add(new Concept(concept.asked(), alternatives));
        }
        return new Query(query.language(), query.asks(), concepts, query.preferred(), query.rule());
    }

    /**
     * A way of saying a concept with a term no passage has cannot match anything, and
     * translated neighbours make many ("mindrevardag" of "minor everyday", up to a hundred in
     * an English question): each would still cost a term lookup in every field. The first way,
     * the words as asked, stays, since it pairs with its neighbour for the proximity boost.
     */
    private Query withoutUnknownAlternatives(Query query) {
        List<Concept> concepts = new ArrayList<>();
        for (Concept concept : query.concepts()) {
            List<Alternative> alternatives = concept.alternatives();
            List<Alternative> known = new ArrayList<>(alternatives.size());
            for (int a = 0; a < alternatives.size(); a++) {
                if (a == 0 || termIds.keySet().containsAll(alternatives.get(a).terms())) {
                    known.add(alternatives.get(a));
                }
            }
            concepts.add(new Concept(concept.asked(), known));
        }
        return new Query(query.language(), query.asks(), concepts, query.preferred(), query.rule());
    }

    private org.apache.lucene.search.Query luceneQuery(Query query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        List<Concept> concepts = new ArrayList<>();
        int clauses = 0;
        for (Concept concept : query.concepts()) {
            if (concept.alternatives().isEmpty()) {
                continue;
            }
            int leaves = concept.alternatives().stream().mapToInt(a -> FIELDS_SEARCHED * a.terms().size()).sum() + 1;
            if (clauses + leaves > CLAUSE_BUDGET) {
                break;
            }
            clauses += leaves;
            concepts.add(concept);
            List<org.apache.lucene.search.Query> alternatives = new ArrayList<>();
            for (Alternative alternative : concept.alternatives()) {
                org.apache.lucene.search.Query inFields = new DisjunctionMaxQuery(List.of(
                        match(Fields.TEXT, alternative),
                        new BoostQuery(match(Fields.HEADING, alternative), HEADING_BOOST),
                        new BoostQuery(match(Fields.TITLE, alternative), TITLE_BOOST),
                        new BoostQuery(match(Fields.ASKED, alternative), ASKED_BOOST)), 0.1f);
                alternatives.add(new BoostQuery(inFields, alternative.weight()));
            }
            builder.add(new DisjunctionMaxQuery(alternatives, 0f), BooleanClause.Occur.SHOULD);
        }
        for (int i = 0; i + 1 < concepts.size(); i++) {
            List<String> left = concepts.get(i).alternatives().get(0).terms();
            List<String> right = concepts.get(i + 1).alternatives().get(0).terms();
            PhraseQuery near = new PhraseQuery(PROXIMITY_SLOP, Fields.TEXT,
                    left.get(left.size() - 1), right.get(0));
            builder.add(new BoostQuery(near, PROXIMITY_BOOST), BooleanClause.Occur.SHOULD);
        }
        for (Alternative preferred : query.preferred()) {
            builder.add(new BoostQuery(match(Fields.TEXT, preferred), preferred.weight()), BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    /** The passages whose field has every one of the terms, anywhere. */
    private static org.apache.lucene.search.Query allOf(String field, List<String> terms) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        terms.forEach(t -> all.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.MUST));
        return all.build();
    }

    private static org.apache.lucene.search.Query match(String field, Alternative alternative) {
        List<String> terms = alternative.terms();
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        if (alternative.phrase()) {
            return new PhraseQuery(2, field, terms.toArray(String[]::new));
        }
        return allOf(field, terms);
    }

    /**
     * How informative each concept is: the inverse document frequency of its best-known way of
     * saying it. A word no passage has, or an English word the glossary does not know, weighs
     * the most: in an out-of-scope question it is usually the thing asked about ("parking",
     * "dog", "salary"). A way of several words is as known as the passages that have them all:
     * "sociala medier" is in none, though "sociala" and "medier" both are. In a long question
     * such a word is more often the situation than the thing asked ("… om nämndens
     * nedläggningsbeslut – är det förvaltningschefen eller ordföranden som ska ställa upp?"),
     * and weighs half.
     */
    private double[] conceptWeights(Query query) throws IOException {
        double[] weights = new double[query.concepts().size()];
        int n = reader.numDocs();
        for (int c = 0; c < weights.length; c++) {
            int bestDf = 0;
            for (Alternative alternative : query.concepts().get(c).alternatives()) {
                List<String> terms = alternative.terms();
                int df = terms.size() == 1
                        ? reader.docFreq(new Term(Fields.TEXT, terms.get(0)))
                        : searcher.count(allOf(Fields.TEXT, terms));
                bestDf = Math.max(bestDf, df);
            }
            double idf = Math.log(1 + (n - bestDf + 0.5) / (bestDf + 0.5));
            weights[c] = bestDf == 0 && weights.length >= MANY_CONCEPTS ? idf * UNKNOWN_IN_A_LONG_QUESTION : idf;
        }
        return weights;
    }

    /** Sorted ids of terms, numbering the terms not seen before. */
    private int[] ids(List<String> terms) {
        return terms.stream()
                .mapToInt(term -> termIds.computeIfAbsent(term, t -> termIds.size()))
                .distinct()
                .sorted()
                .toArray();
    }

    /**
     * The ways of saying each concept of a question: the term ids of each alternative (null for
     * one with a term no passage has), how much each counts when a passage says it, and whether
     * it is a compound's parts, the one way whose terms need not stand as a phrase.
     */
    private record Ways(int[][][] ids, double[][] credits, boolean[][] apart) {
    }

    private Ways ways(Query query) {
        int[][][] ids = new int[query.concepts().size()][][];
        double[][] credits = new double[ids.length][];
        boolean[][] apart = new boolean[ids.length][];
        for (int c = 0; c < ids.length; c++) {
            List<Alternative> alternatives = query.concepts().get(c).alternatives();
            ids[c] = new int[alternatives.size()][];
            credits[c] = new double[alternatives.size()];
            apart[c] = new boolean[alternatives.size()];
            double best = alternatives.stream().mapToDouble(Alternative::weight).max().orElse(1);
            for (int a = 0; a < alternatives.size(); a++) {
                int[] termsOfAlternative = alternatives.get(a).terms().stream()
                        .mapToInt(term -> termIds.getOrDefault(term, -1))
                        .toArray();
                ids[c][a] = Arrays.stream(termsOfAlternative).anyMatch(id -> id < 0) ? null : termsOfAlternative;
                credits[c][a] = Math.pow(alternatives.get(a).weight() / best, WAY_CREDIT_EXPONENT);
                apart[c][a] = !alternatives.get(a).phrase() && alternatives.get(a).terms().size() > 1;
            }
        }
        return new Ways(ids, credits, apart);
    }

    /** Every term id of the question's alternatives, sorted. */
    private static int[] termsOf(int[][][] alternatives) {
        return Arrays.stream(alternatives).flatMap(Arrays::stream).filter(Objects::nonNull)
                .flatMapToInt(Arrays::stream).distinct().sorted().toArray();
    }

    /** The share of the concepts, as sorted term ids, that have a term the sorted {@code in} has too. */
    private static double sharedShare(int[][] concepts, int[] in) {
        if (concepts.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int[] concept : concepts) {
            for (int id : concept) {
                if (Arrays.binarySearch(in, id) >= 0) {
                    shared++;
                    break;
                }
            }
        }
        return (double) shared / concepts.length;
    }

    /** Whether the question is one asked before of this passage. */
    private boolean askedBefore(int[][][] alternatives, int[] questionTerms, int key) {
        return Arrays.stream(eachAsked[key]).anyMatch(known -> sameQuestion(alternatives, questionTerms, known));
    }

    /**
     * Whether the question is the known one asked again: each of its concepts is one of the
     * known question's, and each of the known question's is one of its.
     */
    private static boolean sameQuestion(int[][][] alternatives, int[] questionTerms, Asked known) {
        return sharedShare(known.concepts(), questionTerms) >= 1 && Arrays.stream(alternatives).allMatch(concept ->
                Arrays.stream(concept).filter(Objects::nonNull).flatMapToInt(Arrays::stream)
                        .anyMatch(id -> Arrays.binarySearch(known.terms(), id) >= 0));
    }

    /**
     * The ways of saying the question's concepts that this passage may be credited with: a
     * compound the question has and the passage does not write is had only where its parts
     * stand together, in its heading, its document's title or within two sentences running.
     * "Vilka regler gäller för partistödet?" met "parti" in the heading "… till dom politiska
     * partierna" and "stöd" somewhere in the text, and quoted a passage about something else.
     * Over the own set's halves this left 4 more out-of-scope questions unquoted and answered 1
     * more; within one sentence it left 4 more unquoted but answered 2 fewer, and within the
     * passage's text 3 and 1.
     */
    private Ways partsTogether(Ways ways, int key) {
        int[][][] ids = null;
        for (int c = 0; c < ways.ids().length; c++) {
            for (int a = 0; a < ways.ids()[c].length; a++) {
                if (ways.apart()[c][a] && ways.ids()[c][a] != null && !standTogether(ways.ids()[c][a], key)) {
                    if (ids == null) {
                        ids = ways.ids().clone();
                    }
                    if (ids[c] == ways.ids()[c]) {
                        ids[c] = ids[c].clone();
                    }
                    ids[c][a] = null;
                }
            }
        }
        return ids == null ? ways : new Ways(ids, ways.credits(), ways.apart());
    }

    private boolean standTogether(int[] parts, int key) {
        if (allContained(parts, new int[][] {headingTerms[key]}) || allContained(parts, new int[][] {titleTerms[key]})) {
            return true;
        }
        int[][] sentences = sentenceTerms[key];
        for (int i = 0; i < sentences.length; i++) {
            int[][] running = i + 1 < sentences.length ? new int[][] {sentences[i], sentences[i + 1]} : new int[][] {sentences[i]};
            if (allContained(parts, running)) {
                return true;
            }
        }
        return false;
    }

    private double coverage(Ways asked, int[] questionTerms, double[] weights, int key) {
        Ways ways = partsTogether(asked, key);
        int[][] around = neighbours(key);
        double best = matchedShare(ways, weights, new int[][] {passageTerms[key]}, around, askedTerms[key]);
        for (Asked known : eachAsked[key]) {
            if (sharedShare(known.concepts(), questionTerms) >= SAME_QUESTION_OVERLAP) {
                best = Math.max(best, matchedShare(ways, weights, new int[][] {passageTerms[key], known.terms()},
                        around, askedTerms[key]));
            }
        }
        return best;
    }

    /** A section headed "Tre sektorer" is about the question "Vilka tre sektorer ...?", more than a summary naming them in passing. */
    private double headingCoverage(Ways ways, double[] weights, int key) {
        return matchedShare(ways, weights, new int[][] {headingTerms[key]}, NO_NEIGHBOURS, NOTHING_ASKED);
    }

    /**
     * The share of the question that one sentence of the passage says, read under its heading
     * and title: the passage whose one sentence holds what is asked answers it, more than one
     * that names the same words in sentences about different things.
     */
    private double sentenceCoverage(Ways ways, double[] weights, int key) {
        double best = 0;
        int[][] sentenceWithHeadings = {null, headingTerms[key], titleTerms[key]};
        for (int[] sentence : sentenceTerms[key]) {
            sentenceWithHeadings[0] = sentence;
            best = Math.max(best, matchedShare(ways, weights, sentenceWithHeadings, NO_NEIGHBOURS, NOTHING_ASKED));
        }
        return best;
    }

    /**
     * The terms of the passages just before and after, in the same section: the situation a
     * passage's rule applies to is often described in the paragraph before it ("möta
     * medarbetare på stan", then "Notera dock att ..."). They count in coverage only: as a
     * field of their own in the Lucene query they made a search over 100,000 passages three
     * times slower and ranked no better.
     */
    private int[][] neighbours(int key) {
        Passage passage = entries.get(key).passage();
        int[][] neighbours = new int[2][];
        int found = 0;
        for (int other = key - 1; other <= key + 1; other += 2) {
            if (other >= 0 && other < entries.size()) {
                Passage candidate = entries.get(other).passage();
                if (candidate.documentId().equals(passage.documentId()) && candidate.section().equals(passage.section())) {
                    neighbours[found++] = passageTerms[other];
                }
            }
        }
        return Arrays.copyOf(neighbours, found);
    }

    /**
     * The share of the question's weight matched within {@code terms} (an alternative's terms
     * may stand in any of them), with part credit for what only a neighbour or a known question
     * of the passage has. Written with
     * plain loops: it runs for every sentence of every candidate, and streams here were a third
     * of what a search allocated.
     */
    private static double matchedShare(Ways ways, double[] weights, int[][] terms, int[][] neighbours, int[] asked) {
        int[][][] alternatives = ways.ids();
        double total = 0;
        double matched = 0;
        for (int c = 0; c < weights.length; c++) {
            total += weights[c];
            double said = bestContained(alternatives[c], ways.credits()[c], terms);
            if (said > 0) {
                matched += weights[c] * said;
            } else {
                double credit = 0;
                for (int[] neighbour : neighbours) {
                    if (anyContained(alternatives[c], new int[][] {neighbour})) {
                        credit = CONTEXT_CREDIT;
                        break;
                    }
                }
                if (credit < ASKED_CREDIT && anyContained(alternatives[c], new int[][] {asked})) {
                    credit = ASKED_CREDIT;
                }
                matched += weights[c] * credit;
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    /** The credit of the best way of saying the concept that the terms hold; 0 when they hold none. */
    private static double bestContained(int[][] alternatives, double[] credits, int[][] terms) {
        double best = 0;
        for (int a = 0; a < alternatives.length; a++) {
            if (alternatives[a] != null && credits[a] > best && allContained(alternatives[a], terms)) {
                best = credits[a];
            }
        }
        return best;
    }

    private static boolean anyContained(int[][] alternatives, int[][] terms) {
        for (int[] alternative : alternatives) {
            if (alternative != null && allContained(alternative, terms)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allContained(int[] ids, int[][] terms) {
        for (int id : ids) {
            if (!containedIn(id, terms)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containedIn(int id, int[][] terms) {
        for (int[] sorted : terms) {
            if (Arrays.binarySearch(sorted, id) >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
