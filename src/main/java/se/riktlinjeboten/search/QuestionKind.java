package se.riktlinjeboten.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What kind of answer a question asks for, as its question words tell, in Swedish or English. */
final class QuestionKind {

    private static final List<String> QUANTITY_WORDS = List.of("hur många", "hur mycket", "hur stor", "antal",
            "antalet", "how many", "how much", "how big", "how large", "number of");
    /**
     * The words a question is asked with. The first of them, if it comes this far into the
     * question, says what is asked ("Jag undrar när ...", "Can you tell me when ..."); a time
     * word after another ("Who calls whom when ...?") opens a clause.
     */
    private static final Set<String> QUESTION_OPENERS = Set.of("vem", "vad", "hur", "var", "vart", "vilken", "vilket",
            "vilka", "varför", "när", "who", "who's", "whom", "what", "what's", "how", "where", "which", "why", "when");
    private static final int QUESTION_WORD_REACH = 5;
    /** Words opening a question asked for yes or no: "Were …?", "Får jag …?". */
    private static final Set<String> YES_OR_NO = Set.of("is", "are", "was", "were", "do", "does", "did", "can", "could",
            "will", "would", "should", "shall", "has", "have", "may", "must", "är", "var", "får", "fick", "kan", "kunde",
            "ska", "skall", "skulle", "har", "hade", "finns", "fanns", "måste", "bör", "blir", "blev", "gäller", "stämmer");
    /** Words after which a question word asks, inside a yes-or-no question: "Can you tell me when …?", "Vet du när …?". */
    private static final Set<String> ASKING_VERBS = Set.of("tell", "know", "me", "us", "explain", "say", "wonder", "berätta",
            "förklara", "vet", "veta", "säga", "undrar", "mig", "oss");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final List<String> TIME_WORDS = List.of("när", "vilken tidpunkt", "when");
    /** Asking for the date itself: "Vilket datum …?", "Vilket år …?", "What date …?", which a passage without one cannot answer. */
    private static final List<String> DATE_WORDS = List.of("vilket datum", "vilken dag", "vilka datum", "vilka dagar",
            "vilken månad", "vilket år", "what date", "what day", "which day", "which date", "what year", "which year");
    /** Asking how long: "Hur länge ska den få verka?", "Hur lång är uppsägningstiden?", "How long does it take?". */
    private static final List<String> DURATION_WORDS = List.of("hur länge", "hur lång", "how long");
    /**
     * Asking where something is found or held: "Var hittar jag protokollen?", "Where are the
     * meetings held?". Not "Var ska IFO hamna i modellen?", which asks how things are organised.
     */
    private static final List<String> PLACE_WORDS = List.of("var hittar", "var finns", "var kan jag hitta",
            "var kan man hitta", "var kan jag läsa", "var kan man läsa", "var hålls", "var ligger", "var äger",
            "where can i find", "where can i read", "where do i find", "where is", "where are", "where will",
            "where does", "where do");
    /**
     * Where something is placed in an organisation ("Where would social services end up?",
     * "… where should IFO be placed?") is asked of how it is organised, not of a place; so is
     * where somebody comes in ("Where do the politicians come in?"), which asks for their part.
     */
    private static final Pattern PLACED_IN_AN_ORGANISATION = Pattern.compile(
            "\\b(?:end(?:s|ed)? up|fits?|belongs?|placed|falls?|lands?|comes? in|hamna|hamnar|placeras|kommer in)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Asking how often: "Hur ofta ses riktlinjen över?", "How often does the board meet?". */
    private static final List<String> FREQUENCY_WORDS = List.of("hur ofta", "hur regelbundet", "how often",
            "how frequently", "how regularly");
    /** Asking for a time of day: "Vilken tid börjar mötet?", "What time does the meeting start?". */
    private static final List<String> CLOCK_WORDS = List.of("vilken tid", "hur dags", "vilket klockslag", "what time",
            "at what time", "what hour");
    /** The kinds a question's opening words ask for, in the order they are tried: "vilken tid" before "när". */
    private static final List<Map.Entry<List<String>, Query.Asks>> OPENING_KINDS = List.of(
            Map.entry(CLOCK_WORDS, Query.Asks.CLOCK), Map.entry(PLACE_WORDS, Query.Asks.PLACE),
            Map.entry(DURATION_WORDS, Query.Asks.DURATION), Map.entry(FREQUENCY_WORDS, Query.Asks.FREQUENCY),
            Map.entry(DATE_WORDS, Query.Asks.DATE), Map.entry(TIME_WORDS, Query.Asks.TIME));
    private static final List<String> REASON_WORDS = List.of("varför", "syftet", "bra för", "anledningen",
            "tanken med", "meningen med", "poängen med", "målet med", "idén med", "why", "purpose", "point of",
            "good for", "reason", "idea behind", "idea of", "aim of");

    /** Words for what something pays or costs, as asked about: "lönen", "arvodet", "the salary", "the fee". */
    private static final Set<String> MONEY = Set.of("lön", "lönen", "löner", "lönerna", "månadslön", "månadslönen",
            "arvode", "arvodet", "arvoden", "arvodena", "ersättning", "ersättningen", "ersättningar", "pris", "priset",
            "kostnad", "kostnaden", "kostnaderna", "avgift", "avgiften", "avgifter", "avgifterna", "budget", "budgeten",
            "skatt", "skatten", "kommunalskatt", "kommunalskatten", "skattesats", "skattesatsen", "pengar", "kronor",
            "salary", "salaries", "wage", "wages", "pay", "fee", "fees", "cost", "costs", "price", "allowance",
            "remuneration", "compensation", "money", "tax");
    /** Verbs that ask what something pays or costs when asked with "vad" or "what": "Vad tjänar ...?", "Vad kostade ...?". */
    private static final Set<String> MONEY_VERBS = Set.of("tjänar", "tjänade", "kostar", "kostade", "kostat", "betalar",
            "betalade", "betalat", "earn", "earns", "earned", "cost", "costs", "paid");
    /** Asking which places: "Vilka kommuner besökte …?", "Which councils did … visit?". */
    private static final Pattern WHICH_MUNICIPALITIES = Pattern.compile(
            "\\b(?:vilka|vilken|which|what) (?:kommuner|kommun|orter|ort|municipalit(?:y|ies)|councils?|towns?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final List<String> MONEY_QUANTITY_WORDS = List.of("hur mycket", "hur stor", "hur stort", "hur hög",
            "hur högt", "hur höga", "how much", "how high", "how big", "how large");
    /** How many words after "what is" the sum may be named: "What is Borlänge municipality's total annual budget?". */
    private static final int MONEY_REACH = 6;
    /** What is asked when a sum's word stands before it: "What's the budget argument for …?" asks for the argument. */
    private static final Set<String> ABOUT_A_SUM = Set.of("argument", "arguments", "upside", "downside", "advantage",
            "advantages", "benefit", "benefits", "process", "work", "responsibility", "discussion", "discussions",
            "question", "questions", "issue", "issues", "reason", "reasons", "point", "problem", "problems", "perspective",
            "effect", "effects", "consequence", "consequences", "aspect", "aspects", "case");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "in", "on", "to", "with", "about", "i", "för",
            "på", "av", "till", "om", "med", "kring", "vid", "hos");
    private static final Set<String> PARTY = Set.of("parti", "partier", "party", "parties");
    private static final Set<String> POLITICAL = Set.of("politiskt", "politiska", "political");
    /** What a time question asks for, answered by "den 1 juni klockan 18.30" rather than said. */
    private static final Set<String> TIME_CONCEPTS = Set.of("dag", "dags", "tid", "datum", "tidpunk", "klockslag", "day",
            "time", "date");
    private static final Set<String> QUANTITY_CONCEPTS = Set.of("antal", "number");
    /** What a deadline question asks for as the question's concepts say it: Swedish stems, English words. */
    private static final Set<String> DEADLINE_CONCEPTS = concepts(
            List.of("tidsfrist", "tidsgräns", "svarstid", "snabbt", "fort", "snart", "lång", "tid"),
            List.of("deadline", "quickly", "fast", "soon", "long"));
    /** What a share question asks for as the question's concepts say it ("hur stor andel"): Swedish stems, English words. */
    private static final Set<String> SHARE_CONCEPTS = concepts(
            List.of("andel", "andelen", "procent", "procentandel", "procentandelen", "stor", "hög"),
            List.of("rate", "percentage", "percent", "proportion"));
    /** What a how-long question asks for as the question's concepts say it: "hur lång tid", "how long". */
    private static final Set<String> DURATION_CONCEPTS = Set.of("lång", "tid", "long", "time");
    /** The verbs of a question asking where, as stems and English words: "hittar", "ligger", "hålls", "find", "held". */
    private static final Set<String> PLACE_CONCEPTS = Set.of("hit", "ligg", "håll", "läs", "find", "hold", "read");
    /** Verbs asked right after "hur många", as stems and English words: "sitter", "arbetar", "work". */
    private static final Set<String> COUNTING_VERBS = Set.of("sit", "sat", "arb", "jobb", "bor", "ingår", "del", "work",
            "serve");
    /**
     * People counted without saying who ("Hur många personer satt i projektgruppen?", "How many
     * people were in the project group?"): the passage names them ("en projektgrupp med sex
     * tjänstemän"), so what they are in is counted, as after a counting verb.
     */
    private static final Set<String> PEOPLE = Set.of("perso", "människ", "people", "person", "persons");
    /** The party asked about as the question's concepts say it: Swedish stems, English words. */
    private static final Set<String> PARTY_CONCEPTS = Set.of("parti", "party", "parties");
    private static final int CONTACT_REACH = 5;
    private static final Set<String> CONTACT_VERBS = Set.of("kontakta", "kontaktar", "prata", "pratar", "tala",
            "talar", "höra", "hör", "vända", "vänder", "ringa", "ringer", "fråga", "frågar", "ordnar", "bokar",
            "samordnar", "contact", "touch", "talk",
            "speak", "ask", "call", "phone", "ring", "arrange", "arranges", "approach");
    private static final Set<String> WHICH = Set.of("vilken", "vilket", "vilka", "which", "what");
    private static final Set<String> WHAT = Set.of("vad", "what", "what's");
    private static final Set<String> WHO_TO_CONTACT = Set.of("vem", "vilka", "who", "whom");
    private static final Set<String> COPULAS = Set.of("är", "var", "blir", "blev", "is", "was", "are", "were");
    private static final Set<String> BEFORE_AN_OFFICE = Set.of("the", "our", "current", "den", "nuvarande");
    /** Verbs of being made an office's holder: "Vem anställdes som ny kommundirektör?", "Who was appointed chair?". */
    private static final Set<String> APPOINTED = Set.of("anställdes", "valdes", "utsågs", "rekryterades", "tillsattes",
            "hired", "appointed", "elected", "named", "recruited", "chosen");
    /** The word saying which office an English one is: "municipal director", "executive director". */
    private static final Set<String> ONE_WORD_BEFORE_AN_OFFICE = Set.of("municipal", "executive", "council", "county",
            "city", "town", "managing", "deputy");
    private static final Set<String> BEFORE_A_NEW_OFFICE = Set.of("som", "till", "ny", "nya", "as", "to", "the", "a", "new");
    /** A company asked for by its kind, opening the question: "Vilken konsultfirma …?", "Which consultancy …?". */
    private static final Pattern COMPANY = Pattern.compile(
            "konsult\\p{L}*|firma\\p{L}*|företag(et)?|bolag(et)?|consultan\\p{L}*|compan(y|ies)|firms?",
            Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * "Vad visade enkäten?", "Vad blev resultatet av …?", "What were the results of …?", "What did
     * the review find?", "What came out of the hearing?": what came out of an inquiry or a meeting,
     * which only a passage that tells it gives.
     */
    private static final Pattern RESULT_ASKED = Pattern.compile(
            "\\b(?:vad (?:visade|visar|blev resultatet)|vilka (?:resultat|slutsatser)|vad kom (?:\\p{L}+ ){1,3}fram till"
                    + "|vad svarade|what (?:were|was|are|is) the (?:results?|outcome|findings?)"
                    + "|what did (?:\\p{L}+ ){1,4}(?:show|find|conclude|answer|respond|reply)"
                    + "|what came out of)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * "Vad beslutade kommunfullmäktige …?", "Vilket beslut fattade …?", "What did the politicians
     * decide at …?", "What was decided at …?": what a decision taken said.
     */
    /**
     * Asking for a share: "Hur stor andel …?", "Hur många procent …?", "What percentage …?",
     * "What is the sick leave rate in …?". "rate" as a verb ("councillors rate the support")
     * asks for none.
     */
    private static final Pattern SHARE_ASKED = Pattern.compile(
            "\\b(?:andel|andelen|procent|procentandel|procentandelen|percentage|percent|per cent|proportion)\\b"
                    + "|\\brates?(?=\\s+(?:in|among|of|for|at|on|per)\\b|\\s*[?.,!]|\\s*$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * Asking for a time limit: "Finns det en tidsfrist …?", "What's the deadline for …?", "How
     * quickly must …?", "Hur lång tid har man på sig …?".
     */
    private static final Pattern DEADLINE_ASKED = Pattern.compile(
            "\\b(?:deadlines?|tidsfrist\\p{L}*|tidsgräns\\p{L}*|svarstid\\p{L}*|how (?:quickly|fast|soon)|hur (?:snabbt|fort|snart)"
                    + "|inom hur lång tid|within how long|hur lång tid har \\p{L}+ på sig)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DECISION_ASKED = Pattern.compile(
            "\\b(?:(?:vad|när|vilket datum|vilket år) (?:beslutade|bestämde|beslöt|beslutades|bestämdes|antog|antogs)"
                    + "|vilket beslut (?:fattade|tog|fattades|togs)"
                    + "|what (?:did|have|has) (?:\\p{L}+ ){1,4}(?:decide|decided)|what was decided|what has been decided)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * Words for an address, a number to call or a link: "e-postadressen", "mejladress",
     * "telefonnummer", "link"; in English a "phone number", since "number" alone counts ("What's
     * the exact number?") and "phone" alone calls ("the chain of phone calls"). A number that
     * files something ("diarienumret", "ärendenummer") is no way to reach anybody.
     */
    private static final Pattern ADDRESS_WORD = Pattern.compile(
            "\\p{L}*adress(en|er|erna)?|address(es)?|(?:telefon|mobil|växel|direkt|kontakt|sms)?(?:nummer|numret)"
                    + "|länk(en|ar|arna)?|links?|url|webbsida|website",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final int NAME_REACH = 4;
    private static final Set<String> OFFICE_VERBS = Set.of("chairs", "chaired", "presides");
    /** Offices somebody holds, as written after "vem är" or "who is the"; "chef", "head" and "manager" also name roles. */
    private static final Set<String> OFFICES = Set.of("ordförande", "ordföranden", "ordf", "vice", "kso", "vd", "kommunchef",
            "kommunchefen", "kommundirektör", "kommundirektören", "kommunalråd", "kommunalrådet", "oppositionsråd",
            "oppositionsrådet", "förvaltningschef", "förvaltningschefen", "sektorschef", "sektorschefen", "projektledare",
            "projektledaren", "sekreterare", "sekreteraren", "borgmästare", "chair", "chairman", "chairwoman",
            "chairperson", "mayor", "chief", "ceo", "director", "secretary");

    /**
     * What kind of answer the question asks for. A time word asks for a time only as the
     * question's first question word, near its start: later, "när" and "when" open a clause
     * ("om en anställd berättar något när vi ses på stan", "Who calls whom when ...") that sets
     * a scene rather than asking for a date.
     */
    static Query.Asks of(String question) {
        List<String> all = Analysis.words(question);
        String words = " " + String.join(" ", all) + " ";
        int start = Math.min(questionStart(question), all.size());
        int reach = Math.min(all.size(), start + QUESTION_WORD_REACH);
        int first = start;
        while (first < reach && !QUESTION_OPENERS.contains(all.get(first))) {
            first++;
        }
        // "Were the unions involved when …?": a yes-or-no question's "when" opens a clause; "Can you tell me when …?" asks.
        if (first > start && first < reach && YES_OR_NO.contains(all.get(start)) && !ASKING_VERBS.contains(all.get(first - 1))) {
            first = reach;
        }
        String opening = " " + String.join(" ", all.subList(Math.min(first, all.size()), all.size())) + " ";
        if (asksForAnAmount(all, first, words)) {
            return Query.Asks.AMOUNT;
        }
        if (SHARE_ASKED.matcher(question).find()) {
            return Query.Asks.SHARE;
        }
        if (DEADLINE_ASKED.matcher(question).find()) {
            return Query.Asks.DEADLINE;
        }
        if (QUANTITY_WORDS.stream().anyMatch(w -> words.contains(" " + w + " "))) {
            return Query.Asks.QUANTITY;
        }
        if (asksWhichParty(all, first)) {
            return Query.Asks.PARTY;
        }
        if (first == start && first + 1 < all.size() && WHICH.contains(all.get(first))
                && COMPANY.matcher(all.get(first + 1)).matches()) {
            return Query.Asks.COMPANY;
        }
        if (asksForAnAddress(all, first)) {
            return Query.Asks.ADDRESS;
        }
        if (WHICH_MUNICIPALITIES.matcher(question).find()) {
            return Query.Asks.MUNICIPALITY;
        }
        if (DECISION_ASKED.matcher(question).find()) {
            return Query.Asks.DECISION;
        }
        if (RESULT_ASKED.matcher(question).find()) {
            return Query.Asks.RESULT;
        }
        if (asksWhoHoldsAnOffice(all, first)) {
            return Query.Asks.PERSON;
        }
        if (asksWhomToContact(all, first)) {
            return Query.Asks.CONTACT;
        }
        if (first < start + QUESTION_WORD_REACH) {
            for (Map.Entry<List<String>, Query.Asks> kind : OPENING_KINDS) {
                if (kind.getKey().stream().anyMatch(w -> opening.startsWith(" " + w + " "))
                        && !(kind.getValue() == Query.Asks.PLACE && PLACED_IN_AN_ORGANISATION.matcher(question).find())) {
                    return kind.getValue();
                }
            }
        }
        if (REASON_WORDS.stream().anyMatch(w -> words.contains(" " + w + " "))) {
            return Query.Asks.REASON;
        }
        return Query.Asks.OTHER;
    }

    /**
     * "Vilken e-postadress hade projektet?", "Vad är numret till växeln?", "What's the email
     * address of …?", "Which link …?": a which or what question about an address, a number to
     * call or a link asks for the address itself.
     */
    private static boolean asksForAnAddress(List<String> words, int first) {
        if (first >= words.size() || !(WHICH.contains(words.get(first)) || WHAT.contains(words.get(first)))) {
            return false;
        }
        String asked = String.join(" ", words.subList(first + 1, words.size()));
        return asked.contains("phone number") || words.subList(first + 1, words.size()).stream()
                .anyMatch(word -> ADDRESS_WORD.matcher(word).matches());
    }

    /** "Vilket parti ...?", "Vilka politiska partier ...?", "Which political parties ...?". */
    private static boolean asksWhichParty(List<String> words, int first) {
        if (first + 1 >= words.size() || !WHICH.contains(words.get(first))) {
            return false;
        }
        return PARTY.contains(words.get(first + 1)) || first + 2 < words.size()
                && POLITICAL.contains(words.get(first + 1)) && PARTY.contains(words.get(first + 2));
    }

    /**
     * "Vem ska jag vända mig till …?", "Måste jag meddela någon?", "Should I tell …?": the question
     * asks what the asker, or anyone, must, may or should do.
     */
    private static final Pattern RULE_ASKED = Pattern.compile(
            "\\b(?:(?:ska|skall|måste|får|kan|bör|behöver) (?:jag|man|vi)|vem (?:ska|skall|måste|får|bör)"
                    + "|(?:should|must|can|may) (?:i|we)|do (?:i|we) (?:need|have) to|am i allowed|who (?:should|must))\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    static boolean asksForARule(String question) {
        return RULE_ASKED.matcher(question).find();
    }

    /** Whether a concept of the question is the kind of thing asked for, which an answer names rather than says. */
    static boolean namesWhatIsAsked(Query.Asks asks, String concept) {
        return asks == Query.Asks.PARTY && PARTY_CONCEPTS.contains(concept)
                || (asks == Query.Asks.TIME || asks == Query.Asks.DATE || asks == Query.Asks.CLOCK)
                        && TIME_CONCEPTS.contains(concept)
                || asks == Query.Asks.DEADLINE && DEADLINE_CONCEPTS.contains(concept)
                || asks == Query.Asks.DURATION && DURATION_CONCEPTS.contains(concept)
                || asks == Query.Asks.QUANTITY && QUANTITY_CONCEPTS.contains(concept)
                || asks == Query.Asks.SHARE && SHARE_CONCEPTS.contains(concept)
                || asks == Query.Asks.PLACE && PLACE_CONCEPTS.contains(concept);
    }

    /**
     * The concepts with the thing counted first: the one asked right after "hur många", "how
     * many", "antal" ("Munkfors executive board: how many substitutes?" counts substitutes). A
     * verb there counts people it does not name ("Hur många sitter i kommunstyrelsen?"): it
     * goes, and what they sit in is counted ("22 ersättare i Kommunstyrelsen"); so does a word
     * for people in general. A name there says whose ("How big is the Munkfors executive
     * board?" counts the board), and stays a concept. Empty when nothing is asked after them
     * ("… fler ersättare än ledamöter? Hur många är de?"): what is counted was said before, and
     * which of the words before it was the question does not say.
     */
    static Optional<List<Query.Concept>> countedFirst(String question, List<Query.Concept> concepts) {
        List<String> words = Analysis.words(question);
        int quantity = quantityAt(words);
        if (quantity < 0) {
            return Optional.of(concepts);
        }
        List<Query.Concept> ordered = new ArrayList<>(concepts);
        int counted = askedAfter(words, quantity, ordered);
        while (counted >= 0 && (COUNTING_VERBS.contains(ordered.get(counted).asked())
                || PEOPLE.contains(ordered.get(counted).asked()))) {
            ordered.remove(counted);
            counted = askedAfter(words, quantity, ordered);
        }
        List<Query.Concept> names = new ArrayList<>();
        while (counted >= 0 && QueryAnalyzer.isName(question, ordered.get(counted).asked())) {
            names.add(ordered.remove(counted));
            counted = askedAfter(words, quantity, ordered);
        }
        if (counted < 0 && !names.isEmpty()) {
            // Nothing but a name after "how many": the name is what is counted.
            ordered.addAll(0, names);
            names.clear();
            counted = 0;
        }
        if (counted < 0) {
            return Optional.empty();
        }
        ordered.add(0, ordered.remove(counted));
        ordered.addAll(names);
        return Optional.of(ordered);
    }

    /** Where the first of the quantity words stands among the question's words; -1 when none does. */
    private static int quantityAt(List<String> words) {
        for (int at = 0; at < words.size(); at++) {
            for (String phrase : QUANTITY_WORDS) {
                List<String> phraseWords = List.of(phrase.split(" "));
                if (at + phraseWords.size() <= words.size()
                        && words.subList(at, at + phraseWords.size()).equals(phraseWords)) {
                    return at;
                }
            }
        }
        return -1;
    }

    /**
     * The concept whose word comes first from {@code from} on; -1 when none does. An English
     * concept is asked in the singular, and "deputy" is written "deputies".
     */
    private static int askedAfter(List<String> words, int from, List<Query.Concept> concepts) {
        int best = -1;
        int bestAt = words.size();
        for (int c = 0; c < concepts.size(); c++) {
            String first = concepts.get(c).asked().split("[ _+]")[0].replaceFirst("(?<=\\p{L}{3})y$", "");
            for (int at = from; at < bestAt && !first.isEmpty(); at++) {
                if (words.get(at).startsWith(first)) {
                    best = c;
                    bestAt = at;
                }
            }
        }
        return best;
    }

    /**
     * Where the sentence that asks starts among the question's words: the last that ends in a
     * question mark, after those that set the scene ("Jag sitter i omsorgsnämnden och vill hälsa
     * på ett demensboende. Vem pratar jag med?") and before those that say why ("Vad har Calle
     * Svensson för mobilnummer? Behöver nå honom innan mötet."); the start when none does.
     */
    private static int questionStart(String question) {
        int start = 0;
        int before = 0;
        for (String sentence : SENTENCE_END.split(question.strip())) {
            if (sentence.endsWith("?")) {
                start = before;
            }
            before += Analysis.words(sentence).size();
        }
        return start;
    }

    /**
     * "Hur mycket tjänar ...?", "Vad kostar ...?", "Vilken lön har ...?", "What is the salary of
     * ...?", "Vad får en ledamot i arvode?": the question asks for a sum of money. Who sets it or
     * how it is decided ("Vem bestämmer arvodet?", "Hur sätts lönen?") is another question.
     */
    private static boolean asksForAnAmount(List<String> words, int first, String all) {
        if (first >= words.size()) {
            return false;
        }
        List<String> rest = words.subList(first + 1, words.size());
        if (MONEY_QUANTITY_WORDS.stream().anyMatch(w -> all.contains(" " + w + " "))) {
            return rest.stream().anyMatch(w -> MONEY.contains(w) || MONEY_VERBS.contains(w));
        }
        String asked = words.get(first);
        if (WHICH.contains(asked) && !asked.equals("what")) {
            return !rest.isEmpty() && MONEY.contains(rest.get(0));
        }
        if (!WHAT.contains(asked)) {
            return false;
        }
        if (rest.stream().anyMatch(MONEY_VERBS::contains) || all.contains(" i arvode ") || all.contains(" i lön ")
                || all.contains(" i ersättning ")) {
            return true;
        }
        // "What is the salary of ...", "What is the chief executive's salary?", "Vad är arvodet för ...?":
        // the sum is named before the first preposition, which begins what it is for.
        int at = asked.equals("what's") ? 0 : 1;
        if (at == 1 && (rest.isEmpty() || !COPULAS.contains(rest.get(0)))) {
            return false;
        }
        for (int end = Math.min(rest.size(), at + MONEY_REACH); at < end && !PREPOSITIONS.contains(rest.get(at)); at++) {
            if (MONEY.contains(rest.get(at))) {
                return at + 1 == rest.size() || !ABOUT_A_SUM.contains(rest.get(at + 1));
            }
        }
        return false;
    }

    /**
     * "Vem ska jag kontakta ...?", "Vem pratar jag med?", "Vem hör jag av mig till?", "Vem ringer
     * vem ...?", "Who do I get in touch with?", "Who arranges that?": the question asks whom to
     * turn to, which a passage answers with a contact path.
     */
    private static boolean asksWhomToContact(List<String> words, int first) {
        if (first >= words.size() || !WHO_TO_CONTACT.contains(words.get(first))) {
            return false;
        }
        return words.subList(first + 1, Math.min(words.size(), first + 1 + CONTACT_REACH)).stream()
                .anyMatch(CONTACT_VERBS::contains);
    }

    /**
     * "Vem är ordförande i ...?", "Vem är kommunstyrelsens ordförande?", "Who is the chair of
     * ...?": the question asks who holds an office, not what the office does ("Vem är ansvarig
     * för ...?", "Who is in charge of ...?").
     */
    private static boolean asksWhoHoldsAnOffice(List<String> words, int first) {
        if (asksTheNameOfAnOffice(words, first)) {
            return true;
        }
        if (first >= words.size() || !Set.of("vem", "who", "who's").contains(words.get(first))) {
            return false;
        }
        int at = first + 1;
        int made = at < words.size() && COPULAS.contains(words.get(at)) ? at + 1 : at;
        if (made < words.size() && APPOINTED.contains(words.get(made))) {
            at = made + 1;
            while (at < words.size() && BEFORE_A_NEW_OFFICE.contains(words.get(at))) {
                at++;
            }
            // One word may say which office: "Who was appointed municipal director …?"
            return at < words.size() && OFFICES.contains(words.get(at)) || isAnOfficeNamedByOneWord(words, at);
        }
        // "Who chairs the board?": the verb of the office asks who holds it, as "Who is the chair?" does.
        if (at < words.size() && OFFICE_VERBS.contains(words.get(at))) {
            return true;
        }
        if (!words.get(first).equals("who's")) {
            if (at >= words.size() || !COPULAS.contains(words.get(at))) {
                return false;
            }
            at++;
        }
        while (at < words.size() && BEFORE_AN_OFFICE.contains(words.get(at))) {
            at++;
        }
        // Whose office it is may stand first, in the genitive: "kommunstyrelsens ordförande", "Gnosjö's mayor".
        if (at + 1 < words.size() && !OFFICES.contains(words.get(at)) && words.get(at).endsWith("s")) {
            at++;
        }
        return at < words.size() && OFFICES.contains(words.get(at)) || isAnOfficeNamedByOneWord(words, at);
    }

    /** "municipal director", "executive director": an office after one word saying which. */
    private static boolean isAnOfficeNamedByOneWord(List<String> words, int at) {
        return at + 1 < words.size() && ONE_WORD_BEFORE_AN_OFFICE.contains(words.get(at)) && OFFICES.contains(words.get(at + 1));
    }

    /** "Vad heter kommundirektören?", "Vad hette projektledaren?", "What's the name of the municipal director?": the name of who holds an office. */
    private static boolean asksTheNameOfAnOffice(List<String> words, int first) {
        if (first + 2 >= words.size() || !WHAT.contains(words.get(first))) {
            return false;
        }
        List<String> rest = words.subList(first + 1, Math.min(words.size(), first + 1 + NAME_REACH));
        boolean name = rest.get(0).equals("heter") || rest.get(0).equals("hette") || rest.contains("name") || rest.contains("namnet") || rest.contains("namn");
        return name && words.subList(first + 1, words.size()).stream().anyMatch(OFFICES::contains);
    }

    /** Concepts as a question's analysis names them: Swedish words by their stems, English words as written. */
    private static Set<String> concepts(List<String> swedish, List<String> english) {
        return Stream.concat(swedish.stream().map(SwedishStemFilter::stem), english.stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    private QuestionKind() {
    }
}
