package se.riktlinjeboten.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.riktlinjeboten.search.Query.Concept;

class QueryAnalyzerTest {

    private final Analysis analysis = new Analysis();
    private final QueryAnalyzer analyzer = new QueryAnalyzer(analysis,
            Lexicon.parse(List.of("# vardagsord", "äldreboende = särskilt boende"), "synonymer"),
            Lexicon.parse(List.of("elderly care home = äldreboende", "contact = kontakta",
                    "municipal executive board = kommunstyrelsen", "board = nämnd"), "engelska"));

    @Test
    void swedishEverydayWordsBringTheDocumentsWords() {
        Set<String> documents = Set.copyOf(analysis.terms("kontakta äldreboende särskilt boende"));
        Query query = analyzer.analyze("Vem kontaktar jag om äldreboendet?", documents::contains);

        assertThat(query.language()).isEqualTo(Language.SWEDISH);
        assertThat(alternatives(query)).containsExactly(
                List.of(List.of("kontak")),
                List.of(List.of("äldreboend"), List.of("särskil", "boend")));
    }

    @Test
    void englishReachesSwedishThroughTheGlossaryAndTheLexicon() {
        Query query = analyzer.analyze("Who do I contact about an elderly care home?");

        assertThat(query.language()).isEqualTo(Language.ENGLISH);
        assertThat(alternatives(query)).containsExactly(
                List.of(List.of("kontak")),
                List.of(List.of("äldreboend"), List.of("särskil", "boend")));
    }

    @Test
    void theAskersWishIsWhatAnAnswerPreferablySaysNotWhatIsAsked() {
        assertThat(List.of("Vem kontaktar jag om jag vill besöka ett äldreboende?",
                "I'd like to visit an elderly care home. Who do I contact?", "If I want to visit, who do I contact?"))
                .allSatisfy(question -> assertThat(analyzer.analyze(question).preferred()).as(question)
                        .extracting(Query.Alternative::terms).contains(analysis.terms("önskar")));
        assertThat(analyzer.analyze("Vem kontaktar jag om äldreboendet?").preferred()).isEmpty();
        assertThat(alternatives(analyzer.analyze("Vem kontaktar jag om jag vill besöka ett äldreboende?")))
                .doesNotContain(List.of(analysis.terms("önskar")));
    }

    @Test
    void theLongestGlossaryPhraseWins() {
        Query query = analyzer.analyze("Who sits on the municipal executive board?");

        assertThat(alternatives(query)).containsExactly(List.of(analysis.terms("kommunstyrelsen")));
    }

    @Test
    void aPhrasalVerbIsMatchedAsWrittenAndNotAsItsOneContentWord() {
        QueryAnalyzer withPhrasalVerbs = new QueryAnalyzer(analysis, Lexicon.empty(), Lexicon.parse(List.of(
                "together = tillsammans", "put together = ta fram", "look at = granska", "agreement = överenskommelse"),
                "engelska"));

        assertThat(alternatives(withPhrasalVerbs.analyze("How was the agreement put together?")))
                .containsExactly(List.of(analysis.terms("överenskommelse")), List.of(analysis.terms("ta fram")));
        assertThat(alternatives(withPhrasalVerbs.analyze("Do we work together on the agreement?")))
                .contains(List.of(analysis.terms("tillsammans")));
        assertThat(alternatives(withPhrasalVerbs.analyze("Who will look at the agreement?")))
                .containsExactly(List.of(analysis.terms("granska")), List.of(analysis.terms("överenskommelse")));
        assertThat(alternatives(withPhrasalVerbs.analyze("Who put it together?")))
                .as("the object between verb and particle").containsExactly(List.of(analysis.terms("ta fram")));
    }

    @Test
    void aSwedishPhraseWithFunctionWordsIsMatchedAsWrittenInAnyPerson() {
        QueryAnalyzer withPhrases = new QueryAnalyzer(analysis,
                Lexicon.parse(List.of("höra av sig = kontakta"), "synonymer"), Lexicon.empty());
        List<String> contact = analysis.terms("kontakta");

        assertThat(alternatives(withPhrases.analyze("Vem ska jag höra av mig till?"))).anySatisfy(
                concept -> assertThat(concept).contains(contact));
        assertThat(alternatives(withPhrases.analyze("Hör av dig till förvaltningschefen"))).anySatisfy(
                concept -> assertThat(concept).contains(contact));
        assertThat(alternatives(withPhrases.analyze("Vem hör jag av mig till?"))).as("the subject after the verb")
                .anySatisfy(concept -> assertThat(concept).contains(contact));
        assertThat(alternatives(withPhrases.analyze("Vilka hör till nämnden?"))).noneSatisfy(
                concept -> assertThat(concept).contains(contact));
        assertThat(alternatives(withPhrases.analyze("Vem ska jag höra av mig till?"))).as("its key alone is another word")
                .noneSatisfy(concept -> assertThat(concept).contains(analysis.terms("höra")));
    }

    @Test
    void aPhraseIsNeverLookedForOutsideTheQuestion() {
        QueryAnalyzer withPhrases = new QueryAnalyzer(analysis,
                Lexicon.parse(List.of("i kraft = ikraft", "höra av sig = kontakta"), "synonymer"), Lexicon.empty());
        List<String> apply = analysis.terms("ikraft");

        assertThat(alternatives(withPhrases.analyze("Kraft behövs"))).noneSatisfy(
                concept -> assertThat(concept).contains(apply));
        assertThat(alternatives(withPhrases.analyze("Hör"))).containsExactly(List.of(analysis.terms("hör")));
        assertThat(alternatives(withPhrases.analyze("När träder den i kraft?"))).anySatisfy(
                concept -> assertThat(concept).contains(apply));
        assertThat(withPhrases.analyze("av sig i").concepts()).isEmpty();
        assertThat(withPhrases.analyze("").concepts()).isEmpty();
    }

    @Test
    void aWayOfAskingIsLeftOutOfTheSearch() {
        QueryAnalyzer withWaysOfAsking = new QueryAnalyzer(analysis,
                Lexicon.parse(List.of("går det att =", "går jag till väga ="), "synonymer"), Lexicon.empty());

        assertThat(asked(withWaysOfAsking.analyze("Går det att delegera arbetsmiljöansvaret?")))
                .isEqualTo(analysis.terms("delegera arbetsmiljöansvaret"));
        assertThat(asked(withWaysOfAsking.analyze("Hur går jag till väga för att besöka ett boende?")))
                .isEqualTo(analysis.terms("besöka boende"));
        assertThat(asked(withWaysOfAsking.analyze("Vart går pengarna?")))
                .isEqualTo(analysis.terms("går pengarna"));
    }

    private static List<String> asked(Query query) {
        return query.concepts().stream().map(Query.Concept::asked).toList();
    }

    @Test
    void anEnglishNameTheGlossaryKnowsAsAWordIsSearchedAsTheName() {
        QueryAnalyzer withPublic = new QueryAnalyzer(analysis, Lexicon.empty(),
                Lexicon.parse(List.of("public = allmän", "review = översyn"), "engelska"));

        assertThat(alternatives(withPublic.analyze("When does Public Partner finish the review?")).get(0))
                .containsExactly(analysis.terms("public"), analysis.terms("allmän"));
        assertThat(alternatives(withPublic.analyze("Is the review public?")))
                .noneSatisfy(concept -> assertThat(concept).contains(analysis.terms("public")));
    }

    @Test
    void anEnglishFunctionWordWithAnSIsStillAFunctionWord() {
        assertThat(asked(analyzer.analyze("The board wants to contact her")))
                .containsExactly("board", "contact");
    }

    @Test
    void aPhraseWithFunctionWordsWinsOverItsKeyWordAlone() {
        QueryAnalyzer withPhrases = new QueryAnalyzer(analysis,
                Lexicon.parse(List.of("ses = möta", "ses över = revidera"), "synonymer"), Lexicon.empty());

        assertThat(alternatives(withPhrases.analyze("När ska riktlinjen ses över?")).get(1))
                .contains(analysis.terms("revidera")).doesNotContain(analysis.terms("möta"));
        assertThat(alternatives(withPhrases.analyze("Var ses vi?")).get(0))
                .contains(analysis.terms("möta")).doesNotContain(analysis.terms("revidera"));
    }

    @Test
    void aPhraseOpeningWithAShortVerbIsAlsoFoundInThePresentTense() {
        QueryAnalyzer withIdioms = new QueryAnalyzer(analysis,
                Lexicon.parse(List.of("ta smällen = ta konsekvenserna", "stå till svars = ansvara"), "synonymer"),
                Lexicon.empty());

        assertThat(alternatives(withIdioms.analyze("Vem tar smällen?")).get(0))
                .contains(analysis.terms("ta konsekvenserna"));
        assertThat(alternatives(withIdioms.analyze("Vem står till svars?")).get(0))
                .contains(analysis.terms("ansvara"));
    }

    @Test
    void anInflectedEnglishWordIsLookedUpAsTheGlossarysForm() {
        QueryAnalyzer withVerbs = new QueryAnalyzer(analysis, Lexicon.empty(), Lexicon.parse(List.of(
                "visit = besöka", "set up = inrätta", "study = studie", "board = nämnd"), "engelska"));

        assertThat(alternatives(withVerbs.analyze("Who visited the board?")))
                .containsExactly(List.of(analysis.terms("besöka")), List.of(analysis.terms("nämnd")));
        assertThat(alternatives(withVerbs.analyze("Why are they setting up boards?")).get(0))
                .startsWith(analysis.terms("inrätta"));
        assertThat(alternatives(withVerbs.analyze("Who studied the boards?")))
                .containsExactly(List.of(analysis.terms("studie")), List.of(analysis.terms("nämnd")));
    }

    @Test
    void whereTheAskerSitsIsNotWhatIsAsked() {
        assertThat(QueryAnalyzer.withoutTheAsker("Jag sitter i omsorgsnämnden och vill hälsa på ett demensboende."))
                .isEqualTo("vill hälsa på ett demensboende.");
        assertThat(QueryAnalyzer.withoutTheAsker("Hej! I'm on the care committee and want to see a care home."))
                .isEqualTo("want to see a care home.");
        assertThat(QueryAnalyzer.withoutTheAsker("Jag är ledamot i fullmäktige, får jag ringa en chef?"))
                .isEqualTo("får jag ringa en chef?");
        assertThat(QueryAnalyzer.withoutTheAsker("Jag är nyvald ledamot i socialnämnden. Vem ordnar ett besök?"))
                .isEqualTo("Vem ordnar ett besök?");
        assertThat(QueryAnalyzer.withoutTheAsker("I'm a newly elected member of the board and want to visit a school."))
                .isEqualTo("want to visit a school.");
        assertThat(QueryAnalyzer.withoutTheAsker("Jag jobbar i hemtjänsten och vill tipsa tidningen. Får jag det?"))
                .isEqualTo("vill tipsa tidningen. Får jag det?");
        assertThat(QueryAnalyzer.withoutTheAsker("I work in home care and want to tip off a reporter."))
                .isEqualTo("want to tip off a reporter.");
        assertThat(List.of("Jag sitter i kommunstyrelsen.", "Jag är osäker på vem som ansvarar för upphandlingen?",
                "Får jag som förtroendevald ställa krav på ett ärende?"))
                .allSatisfy(question -> assertThat(QueryAnalyzer.withoutTheAsker(question)).isEqualTo(question));
    }

    @Test
    void aVerbInEraAlsoMeetsItsNounWhereTheDocumentsHaveIt() {
        Set<String> documents = Set.of(SwedishStemFilter.stem("organisation"), SwedishStemFilter.stem("kommunikation"));

        assertThat(analyzer.analyze("Hur är kommunerna organiserade?", documents::contains).concepts())
                .filteredOn(concept -> concept.asked().startsWith("organiser")).singleElement()
                .satisfies(concept -> assertThat(concept.alternatives()).extracting(Query.Alternative::terms)
                        .containsExactly(analysis.terms("organiserade"), analysis.terms("organisation")));
        assertThat(alternatives(analyzer.analyze("Hur kommunicerar direktören?", documents::contains)).get(0))
                .contains(analysis.terms("kommunikation"));
    }

    @Test
    void anAdjectiveInIgMeetsTheWordItIsMadeFromAndBack() {
        Set<String> documents = Set.of(analysis.terms("ansvarig").get(0), analysis.terms("ansvar").get(0),
                analysis.terms("behörighet").get(0));

        assertThat(alternatives(analyzer.analyze("Vem ansvarar för fokusområdet?", documents::contains)).get(0))
                .contains(analysis.terms("ansvariga"));
        assertThat(alternatives(analyzer.analyze("Vem är ansvarig?", documents::contains)).get(0))
                .contains(analysis.terms("ansvaret"));
        assertThat(alternatives(analyzer.analyze("Är hon behörig?", documents::contains)).get(0))
                .contains(analysis.terms("behörighet"));
    }

    @Test
    void aPhraseListedTwiceMeansWhatBothLinesSay() {
        QueryAnalyzer twice = new QueryAnalyzer(analysis, Lexicon.parse(List.of(
                "starta = träda ikraft", "starta = införas, träda ikraft"), "synonymer"), Lexicon.empty());

        assertThat(alternatives(twice.analyze("När startar organisationen?")).get(0))
                .startsWith(analysis.terms("startar"), analysis.terms("träda ikraft"), analysis.terms("införas"));
    }

    @Test
    void aPastTenseTheDocumentsDoNotUseIsSearchedAsTheVerbTheyDo() {
        QueryAnalyzer withMeeting = new QueryAnalyzer(analysis,
                Lexicon.parse(List.of("träffa = möta"), "synonymer"), Lexicon.empty());
        Set<String> documents = Set.of(SwedishStemFilter.stem("möta"), SwedishStemFilter.stem("beslutade"));

        assertThat(alternatives(withMeeting.analyze("Vi träffades på stan", documents::contains)).get(0))
                .containsExactly(analysis.terms("träffa"), analysis.terms("möta"));
        assertThat(alternatives(withMeeting.analyze("Vem beslutade det?", documents::contains)))
                .as("a past tense the documents use is kept").containsExactly(List.of(analysis.terms("beslutade")));
    }

    @Test
    void aVerbInThePastMeetsTheFormsOfItTheDocumentsUse() {
        Set<String> documents = Set.of("fattade", "föreslås", "tar", "tog", "beslut").stream()
                .map(SwedishStemFilter::stem).collect(Collectors.toSet());

        assertThat(alternatives(analyzer.analyze("Vem svarar för beslut som nämnden har fattat?", documents::contains)))
                .contains(List.of(analysis.terms("fattat"), analysis.terms("fattade")));
        assertThat(alternatives(analyzer.analyze("Vilka sektorer föreslog man?", documents::contains)))
                .as("a strong verb's past as the form the documents use").contains(List.of(analysis.terms("föreslås")));
        assertThat(alternatives(analyzer.analyze("Vem tar beslutet?", documents::contains)))
                .as("a present tense, and a short stem's forms, are left as they are")
                .contains(List.of(analysis.terms("tar")));
        assertThat(analyzer.analyze("Vem förklarar ett beslut som nämnden har tagit?", documents::contains).concepts())
                .extracting(Concept::asked).as("the supine of a light verb says nothing").doesNotContain("tagi");
    }

    @Test
    void aCompoundTheDocumentsDoNotUseAlsoMeetsItsLastPartWeaker() {
        Set<String> documents = Set.of(SwedishStemFilter.stem("ärende"), SwedishStemFilter.stem("nämnd"),
                SwedishStemFilter.stem("sammanträde"));

        Concept caseConcept = analyzer.analyze("Får jag styra ett bygglovsärende?", documents::contains)
                .concepts().get(1);
        assertThat(caseConcept.alternatives()).extracting(Query.Alternative::terms)
                .containsExactly(analysis.terms("bygglovsärende"), analysis.terms("ärende"));
        assertThat(caseConcept.alternatives().get(1).weight()).isLessThan(QueryAnalyzer.LEXICON_WEIGHT);
        assertThat(alternatives(analyzer.analyze("När är nämndsammanträdet?", documents::contains)))
                .as("both parts are the documents' words: the search meets it by both")
                .containsExactly(List.of(analysis.terms("nämndsammanträdet")));
    }

    @Test
    void aWordTheDocumentsDoNotUseMeetsItsThesaurusSynonymsWeaker() {
        QueryAnalyzer withThesaurus = new QueryAnalyzer(analysis, Lexicon.empty(), Lexicon.empty(), Lexicon.parse(List.of(
                "ersättare = reserv, suppleant, vikarie", "van = erfaren, rutinerad",
                "klar = tydlig, färdig, lyckas, uppnå, genomföra"), "synonymlexikon"));
        Set<String> documents = Set.of("ersättare", "reserv", "erfaren", "rutinerad", "tydlig", "färdig", "lyckas",
                "uppnå", "genomföra", "kommunstyrelse", "val").stream()
                .map(SwedishStemFilter::stem).collect(Collectors.toSet());

        Concept substitutes = withThesaurus.analyze("Hur många vikarier har kommunstyrelsen?", documents::contains)
                .concepts().get(0);
        assertThat(substitutes.alternatives()).extracting(Query.Alternative::terms)
                .as("read both ways: the thesaurus lists vikarie under ersättare")
                .containsExactly(analysis.terms("vikarier"), analysis.terms("ersättare"));
        assertThat(substitutes.alternatives().get(1).weight()).isLessThan(QueryAnalyzer.LEXICON_WEIGHT);
        assertThat(alternatives(withThesaurus.analyze("Hur många ersättare har kommunstyrelsen?", documents::contains)))
                .as("a word the documents use is searched as written only")
                .containsExactly(List.of(analysis.terms("ersättare")), List.of(analysis.terms("kommunstyrelsen")));
        assertThat(alternatives(withThesaurus.analyze("Vem vann valet?", documents::contains)))
                .as("a short stem stands for several words").contains(List.of(analysis.terms("vann")));
        assertThat(alternatives(withThesaurus.analyze("När är det klart?", documents::contains)))
                .as("a word of many senses").containsExactly(List.of(analysis.terms("klart")));
    }

    @Test
    void aLexiconWordTheDocumentsDoNotUseIsNoneOfAThesaurusWordsSensesInThem() {
        QueryAnalyzer withBoth = new QueryAnalyzer(analysis,
                Lexicon.parse(List.of("vikarie = ersättare", "suppleant = ersättare", "backup = ersättare"), "synonymer"),
                Lexicon.empty(), Lexicon.parse(List.of("reserv = ersättare, vikarie, suppleant, backup"), "synonymlexikon"));
        Set<String> documents = Set.of(SwedishStemFilter.stem("ersättare"), SwedishStemFilter.stem("kommunstyrelse"));

        assertThat(withBoth.analyze("Hur många reserver har kommunstyrelsen?", documents::contains).concepts().get(0)
                .alternatives()).extracting(Query.Alternative::terms)
                .containsExactly(analysis.terms("reserver"), analysis.terms("ersättare"));
    }

    @Test
    void aCompoundNobodyWroteMeetsTheLexiconsMeaningsOfItsFirstPart() {
        QueryAnalyzer withTenders = new QueryAnalyzer(analysis,
                Lexicon.parse(List.of("anbud = upphandling", "kommentar = media"), "synonymer"), Lexicon.empty());
        Set<String> documents = Set.of(SwedishStemFilter.stem("upphandling"), SwedishStemFilter.stem("media"));

        Concept tenders = withTenders.analyze("Vem sköter anbudshanteringen?", documents::contains).concepts().get(1);
        assertThat(tenders.alternatives()).extracting(Query.Alternative::terms)
                .containsExactly(analysis.terms("anbudshanteringen"), analysis.terms("upphandling"));
        assertThat(tenders.alternatives().get(1).weight()).isLessThan(QueryAnalyzer.LEXICON_WEIGHT);
        assertThat(alternatives(withTenders.analyze("När är nästa kommunval?", documents::contains)))
                .as("the part must be the lexicon's word as written: \"kommu\" only stems like \"kommentar\"")
                .noneMatch(concept -> concept.contains(analysis.terms("media")));
    }

    @Test
    void aNumberIsMetOnlyWithWhatItCounts() {
        QueryAnalyzer withSectors = new QueryAnalyzer(analysis, Lexicon.empty(),
                Lexicon.parse(List.of("sector = sektor"), "engelska"));

        Set<String> documents = Set.of("tre", "sektor", "föreslås").stream()
                .map(SwedishStemFilter::stem).collect(Collectors.toSet());

        assertThat(alternatives(withSectors.analyze("Vilka tre sektorer föreslås?", documents::contains)))
                .contains(List.of(analysis.terms("tre sektorer")), List.of(analysis.terms("sektorer")))
                .doesNotContain(List.of(analysis.terms("tre")));
        assertThat(alternatives(withSectors.analyze("What are the three sectors?", documents::contains)))
                .as("an English number as the documents write it").contains(List.of(analysis.terms("tre sektor")));
    }

    @Test
    void aSwedishPhraseSaidOnlyAsWrittenIsNotBroughtInByATranslation() {
        QueryAnalyzer planning = new QueryAnalyzer(analysis,
                Lexicon.parse(List.of("vara på plats = träda ikraft"), "synonymer"),
                Lexicon.parse(List.of("arrange = planera"), "engelska"));

        assertThat(alternatives(planning.analyze("How do I arrange it?")))
                .containsExactly(List.of(analysis.terms("planera")));
    }

    @Test
    void anIrregularPastIsLookedUpAsItsVerb() {
        QueryAnalyzer withVerbs = new QueryAnalyzer(analysis, Lexicon.empty(), Lexicon.parse(List.of(
                "meet = möta", "tell = säga till", "town = stan"), "engelska"));

        assertThat(alternatives(withVerbs.analyze("We met in town and she told me")))
                .containsExactly(List.of(analysis.terms("möta")), List.of(analysis.terms("stan")),
                        List.of(analysis.terms("säga till")));
        QueryAnalyzer withPhrases = new QueryAnalyzer(analysis, Lexicon.empty(), Lexicon.parse(List.of(
                "take over = ta över", "give information = lämna information", "town = stan"), "engelska"));
        assertThat(withPhrases.analyze("She took it and was given time in town").concepts())
                .as("the past of a function word is one too").extracting(Concept::asked).containsExactly("town");
    }

    @Test
    void aSwedishTermInAnEnglishQuestionIsSearchedAsWritten() {
        assertThat(alternatives(analyzer.analyze("What is an 'instruktion' for the board?")))
                .containsExactly(List.of(analysis.terms("instruktion")), List.of(analysis.terms("nämnd")));
        assertThat(alternatives(analyzer.analyze("When is a board member disqualified for jäv?")))
                .contains(List.of(analysis.terms("jäv")));
        assertThat(alternatives(analyzer.analyze("Can a development leader (utvecklingsledare) decide?")))
                .contains(List.of(analysis.terms("utvecklingsledare")));
    }

    @Test
    void aSwedishTitleQuotedInAnEnglishQuestionIsSearchedAsWrittenWithoutItsFunctionWords() {
        Query query = analyzer.analyze("Why was the board's review in 'En ny tid för framtiden' ordered?");

        assertThat(query.concepts()).extracting(Concept::asked).containsExactly("board", "review", "ny", "tid", "framtiden",
                "ordered");
        assertThat(alternatives(query)).contains(List.of(analysis.terms("framtiden")), List.of(analysis.terms("tid")));
        assertThat(analyzer.analyze("Is the board's 'instruktion' the members' rule?").concepts())
                .as("an apostrophe of a word opens no quote")
                .filteredOn(concept -> concept.asked().equals("rule")).singleElement()
                .satisfies(rule -> assertThat(rule.alternatives()).extracting(Query.Alternative::terms)
                        .containsExactly(untranslated("rule")));
    }

    @Test
    void anInflectedWordTheGlossaryHasOnlyWithinALongerPhraseIsReadAsItsBaseForm() {
        QueryAnalyzer withPhrase = new QueryAnalyzer(analysis, Lexicon.empty(), Lexicon.parse(List.of(
                "expect = förvänta", "expected of me =", "expected of us ="), "engelska"));

        assertThat(alternatives(withPhrase.analyze("Are officials expected to defend it?")))
                .contains(List.of(analysis.terms("förvänta")));
        assertThat(withPhrase.analyze("What is expected of me?").isEmpty()).isTrue();
    }

    @Test
    void englishNamesAreSearchedAsWrittenAndUnknownWordsOnlyAsUntranslated() {
        Query query = analyzer.analyze("What is the capital of Australia?");

        assertThat(query.concepts()).extracting(Concept::asked).containsExactly("capital", "australia");
        assertThat(query.concepts().get(0).alternatives()).extracting(Query.Alternative::terms)
                .as("a term no passage has, which a known question asked with it has").containsExactly(untranslated("capital"));
        assertThat(query.concepts().get(1).alternatives()).isNotEmpty();
        Set<String> documents = Set.of(SwedishStemFilter.stem("munkfors"));
        assertThat(analyzer.analyze("Munkfors has deputies, right?", documents::contains).concepts().get(0).alternatives())
                .as("opening the question, a word the documents use is a name")
                .extracting(Query.Alternative::terms).containsExactly(analysis.terms("Munkfors"));
        assertThat(analyzer.analyze("Australia has deputies, right?", documents::contains).concepts().get(0).alternatives())
                .as("opening the question, a capital alone is not").extracting(Query.Alternative::terms)
                .containsExactly(untranslated("australia"));
        assertThat(analyzer.analyze("Hi! Australia has deputies, right?", documents::contains).concepts().get(0).alternatives())
                .as("nor opening a sentence after a greeting").extracting(Query.Alternative::terms)
                .containsExactly(untranslated("australia"));
    }

    @Test
    void aCompoundWrittenApartMeetsTheCompound() {
        Query query = analyzer.analyze("Hur bokar jag ett verksamhets besök?");

        assertThat(query.concepts()).anySatisfy(concept -> assertThat(concept.alternatives())
                .extracting(Query.Alternative::terms).contains(analysis.terms("verksamhetsbesök")));
        assertThat(analyzer.analyze("Vem beslutar om politik och förvaltning?").concepts())
                .as("words apart across 'och' are no compound")
                .allSatisfy(concept -> assertThat(concept.alternatives()).extracting(Query.Alternative::terms)
                        .doesNotContain(analysis.terms("politikförvaltning")));
    }

    @Test
    void aCompoundNeitherTheDocumentsNorTheLexiconHaveIsNotTried() {
        List<String> visit = analysis.terms("verksamhetsbesök");
        Query documentsHaveIt = analyzer.analyze("Hur bokar jag ett verksamhets besök?", visit::contains);
        Query documentsLackIt = analyzer.analyze("Hur bokar jag ett verksamhets besök?", term -> false);

        assertThat(documentsHaveIt.concepts()).anySatisfy(concept -> assertThat(concept.alternatives())
                .extracting(Query.Alternative::terms).contains(visit));
        assertThat(documentsLackIt.concepts()).allSatisfy(concept -> assertThat(concept.alternatives())
                .extracting(Query.Alternative::terms).doesNotContain(visit));
        assertThat(analyzer.analyze("Hur besöker jag ett äldre boende?", term -> false).concepts())
                .as("the lexicon has it").anySatisfy(concept -> assertThat(concept.alternatives())
                        .extracting(Query.Alternative::terms).contains(analysis.terms("särskilt boende")));
    }

    @Test
    void aNameWithAPossessiveIsSearchedAsTheName() {
        Query query = analyzer.analyze("Who adopts the sector plan in Borlänge's goal chain?");

        Concept name = query.concepts().stream().filter(c -> c.asked().equals("borlänge")).findFirst().orElseThrow();
        assertThat(name.alternatives()).extracting(Query.Alternative::terms)
                .containsExactly(analysis.terms("Borlänge"));
    }

    @Test
    void numbersInEnglishQuestionsAreSearchedAsWritten() {
        Query query = analyzer.analyze("What did the review in 2015 find?");

        Concept year = query.concepts().stream().filter(c -> c.asked().equals("2015")).findFirst().orElseThrow();
        assertThat(year.alternatives()).extracting(Query.Alternative::terms).containsExactly(List.of("2015"));
    }

    @Test
    void aCompoundSaidWithForMeetsTheCompoundAndItsLexiconWords() {
        Query query = analyzer.analyze("Hur besöker jag ett boende för äldre?");

        assertThat(query.concepts()).anySatisfy(concept -> assertThat(concept.alternatives())
                .extracting(Query.Alternative::terms)
                .contains(analysis.terms("äldreboende"), analysis.terms("särskilt boende")));
        assertThat(analyzer.analyze("Hur ska äldre boende besökas?").concepts())
                .as("written apart, too")
                .anySatisfy(concept -> assertThat(concept.alternatives()).extracting(Query.Alternative::terms)
                        .contains(analysis.terms("särskilt boende")));
    }

    @Test
    void aParticleVerbAlsoMeetsItsNoun() {
        assertThat(analyzer.analyze("Hur följs riktlinjen upp?").concepts().get(0).alternatives())
                .extracting(Query.Alternative::terms).contains(analysis.terms("uppföljning"));
        assertThat(analyzer.analyze("Hur ser organisationen ut?").concepts())
                .as("only the noun: 'se ut' is no 'utse'")
                .allSatisfy(concept -> assertThat(concept.alternatives()).extracting(Query.Alternative::terms)
                        .doesNotContain(analysis.terms("utse")));
    }

    @Test
    void aCompoundsFirstWordMayLoseItsLastVowel() {
        QueryAnalyzer withWork = new QueryAnalyzer(analysis, Lexicon.empty(),
                Lexicon.parse(List.of("work = arbete", "plan = plan"), "engelska"));

        assertThat(withWork.analyze("Who adopts the work plans?").concepts())
                .anySatisfy(concept -> assertThat(concept.alternatives()).extracting(Query.Alternative::terms)
                        .contains(analysis.terms("arbetsplan")));
    }

    @Test
    void anEnglishWayOfAskingIsNotSearched() {
        QueryAnalyzer withTell = new QueryAnalyzer(analysis, Lexicon.empty(), Lexicon.parse(
                List.of("tell = detaljstyra", "tell me =", "procurement = upphandling"), "engelska"));

        assertThat(alternatives(withTell.analyze("Can you tell me who handles procurement?")))
                .containsExactly(List.of(untranslated("handle")), List.of(analysis.terms("upphandling")));
        assertThat(alternatives(withTell.analyze("Can a politician tell an official how to handle procurement?")))
                .contains(List.of(analysis.terms("detaljstyra")));
        assertThat(withTell.analyze("Can I see the plan for myself?").concepts()).extracting(Concept::asked)
                .as("a reflexive pronoun is a function word").doesNotContain("myself");
        assertThat(withTell.analyze("Who should I get in touch with first about procurement?").concepts())
                .extracting(Concept::asked).as("when to ask is not what is asked").doesNotContain("first");
        assertThat(withTell.analyze("Who mainly handles procurement, actually?").concepts())
                .extracting(Concept::asked).as("a degree adverb").doesNotContain("mainly", "actually");
    }

    @Test
    void aQuestionTypedWithoutSwedishLettersIsReadWithThem() {
        Set<String> documents = Set.copyOf(analysis.terms(
                "kontakta besöka äldreboende särskilt boende Borlänge Ånge ange förvaltningschefen bor"));

        assertThat(alternatives(analyzer.analyze("Vem kontaktar jag nar jag vill besoka ett aldreboende i Borlange?",
                documents::contains))).isEqualTo(alternatives(analyzer.analyze(
                        "Vem kontaktar jag när jag vill besöka ett äldreboende i Borlänge?", documents::contains)));
        assertThat(asked(analyzer.analyze("Vem ar forvaltningschefen pa kommunen i Ange?", documents::contains)))
                .as("a function word first, a name before a word").containsExactly(
                        analysis.terms("förvaltningschefen").get(0), "kommu", analysis.terms("Ånge").get(0));
        assertThat(alternatives(analyzer.analyze("Who do I contact in borlange?", documents::contains)))
                .contains(List.of(analysis.terms("Borlänge")));
        assertThat(asked(analyzer.analyze("Min mamma bor på äldreboende", documents::contains)))
                .as("whoever writes å, ä or ö has them").contains("bor");
    }

    @Test
    void restoringSwedishLettersIsBoundedForAnyInput() {
        Set<String> documents = Set.copyOf(analysis.terms("äldreboende förvaltningschefen"));
        String longest = "a".repeat(41);

        assertThat(asked(analyzer.analyze("Vem ar forvaltningschefen " + longest + "?", documents::contains)))
                .as("a word longer than any Swedish one is kept as written")
                .containsExactly(analysis.terms("förvaltningschefen").get(0), analysis.terms(longest).get(0));
        assertThat(asked(analyzer.analyze(("a".repeat(40) + " ").repeat(20) + "aldreboende", documents::contains)))
                .as("the tries are spent before the last word").endsWith("aldreboend");
    }

    @Test
    void luceneSyntaxIsJustText() {
        Query query = analyzer.analyze("title:(AND OR * ~ \" upphandling");

        assertThat(query.concepts()).extracting(Concept::asked).contains("upphandling");
    }

    private static List<String> untranslated(String word) {
        return List.of(QueryAnalyzer.UNTRANSLATED + word);
    }

    private static List<List<List<String>>> alternatives(Query query) {
        return query.concepts().stream()
                .map(c -> c.alternatives().stream().map(Query.Alternative::terms).toList())
                .toList();
    }
}
