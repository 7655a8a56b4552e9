package se.riktlinjeboten.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.riktlinjeboten.document.DocumentInfo;
import se.riktlinjeboten.document.LoadedDocument;
import se.riktlinjeboten.document.Passage;
import se.riktlinjeboten.search.Analysis;
import se.riktlinjeboten.search.CurrentIndex;
import se.riktlinjeboten.search.KnownQuestions;
import se.riktlinjeboten.search.Lexicon;
import se.riktlinjeboten.search.PassageIndex;
import se.riktlinjeboten.search.QueryAnalyzer;

class AnswerServiceTest {

    private static final DocumentInfo MINNESANTECKNINGAR = new DocumentInfo("mote", "mote.txt",
            "Möte om politisk organisation", "Exempelkommun", "Minnesanteckningar", "2020-05-20", "", "", "");

    private final Analysis analysis = new Analysis();
    private final AnswerService answers = new AnswerService(new CurrentIndex(PassageIndex.build(List.of(
            new LoadedDocument(MINNESANTECKNINGAR, List.of(
                    passage(0, "Kommunstyrelsen", "I kommunstyrelsen finns 9 ordinarie ledamöter samt 22 ersättare."),
                    passage(1, "Medarbetare", "Kommunens anställda och medarbetare har två styrskikt att förhålla sig till."),
                    passage(2, "Förvaltningen", "En samlad och gemensam förvaltning föreslås för hela kommunen."),
                    passage(3, "Chefsnivåer", "Antalet chefsnivåer ska minimeras."),
                    passage(4, "Ordföranden", "Ordföranden i kommunstyrelsen leder arbetet och kallar till sammanträden."),
                    passage(5, "Deltagare", "Deltagare: Erik Lövgren (S) ordförande i arbetsgruppen, Birgitta Bohlin (V)."),
                    passage(6, "4.3 Förvaltningen › Tre sektorer",
                            "Följande indelning föreslås: sektor Barn och utbildning, sektor Vård och omsorg, sektor Samhällsbyggnad."),
                    passage(9, "Hearing", "Hearingen för alla politiker hålls den 1 juni klockan 18.30 via Teams."),
                    passage(8, "Kontaktvägar", "Ett exempel är anställda som ringer kommunstyrelsens ordförande direkt."),
                    passage(7, "Arvoden", "Arvodet för kommunstyrelsens ledamöter är 1 200 kronor per sammanträde."),
                    passage(10, "Samspel", "Ordföranden och direktören ska träffas regelbundet."),
                    passage(11, "Utvärdering", "Ge den politiska organisationen 4 år innan utvärdering."),
                    passage(12, "Utskotten", "I Munkfors finns 5 ledamöter i vart och ett av utskotten."),
                    passage(13, "Resan", "Resan slutade i Munkfors hos Anna Berg (S) och Per Ekholm, kommunchef."
                            + " En ny studieresa planeras.")))),
            analysis)), new QueryAnalyzer(analysis, Lexicon.empty(), Lexicon.empty()), analysis,
            new AnswerSettings(0.5, 3, 0.8, 0.4));

    @Test
    void aKnownEnglishQuestionWithAWordTheGlossaryLacksIsKnownWhenAskedAgain() {
        List<LoadedDocument> documents = List.of(new LoadedDocument(MINNESANTECKNINGAR, List.of(
                passage(0, "Hot", "Hot Handlingsförlamning Fortsatt ekonomiskt underskott Den negativa trenden fortsätter"),
                passage(1, "Utvärdering", "Ge den politiska organisationen en mandatperiod innan utvärdering."))));
        QueryAnalyzer queries = new QueryAnalyzer(analysis, Lexicon.empty(), Lexicon.empty());
        AnswerService knowing = new AnswerService(new CurrentIndex(PassageIndex.build(documents, analysis,
                new KnownQuestions(List.of(new KnownQuestions.Answered("What did they fear would happen if nothing changed?",
                        MINNESANTECKNINGAR.id(), "Hot Handlingsförlamning"))), queries)),
                queries, analysis, new AnswerSettings(0.5, 3, 0.8, 0.4));

        assertThat(knowing.answer("What did they fear would happen if nothing changed?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(0);
        assertThat(knowing.answer("What did they hope would happen?").found()).isFalse();
    }

    @Test
    void aQuestionAskedAgainInTheWordsOfOneTheDocumentsDoNotAnswerIsNotQuoted() {
        List<LoadedDocument> documents = List.of(new LoadedDocument(MINNESANTECKNINGAR, List.of(
                passage(0, "Kommunstyrelsen", "I kommunstyrelsen finns 9 ordinarie ledamöter samt 22 ersättare."),
                passage(1, "Medarbetare", "Kommunens anställda och medarbetare har två styrskikt att förhålla sig till."),
                passage(2, "Förvaltningen", "En samlad och gemensam förvaltning föreslås för hela kommunen."),
                passage(3, "Chefsnivåer", "Antalet chefsnivåer ska bli färre än förra året."),
                passage(4, "Ordföranden", "Ordföranden i kommunstyrelsen leder arbetet och kallar till sammanträden."),
                passage(11, "Utvärdering", "Ge den politiska organisationen en mandatperiod innan utvärdering."))));
        QueryAnalyzer queries = new QueryAnalyzer(analysis, Lexicon.empty(), Lexicon.empty());
        AnswerSettings settings = new AnswerSettings(0.5, 3, 0.8, 0.4);
        AnswerService unknowing = new AnswerService(new CurrentIndex(PassageIndex.build(documents, analysis)), queries,
                analysis, settings);
        AnswerService knowing = new AnswerService(new CurrentIndex(PassageIndex.build(documents, analysis,
                new KnownQuestions(List.of(), List.of("Hur många ledamöter och ersättare fanns i kommunstyrelsen förra mandatperioden?")),
                queries)), queries, analysis, settings);
        String askedAgain = "Hur många ledamöter och ersättare hade kommunstyrelsen under förra mandatperioden?";

        assertThat(unknowing.answer(askedAgain).found()).as("today's numbers cover most of the question").isTrue();
        assertThat(knowing.answer(askedAgain).found()).isFalse();
        assertThat(knowing.answer("Hur många ersättare har kommunstyrelsen?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(0);
    }

    @Test
    void aSentenceThatAnnouncesTheNextPassageIsQuotedWithIt() {
        AnswerService answers = answering(
                passage(0, "Nuläge", "Analysen avslutas med att ange de viktigaste hoten om inte organisationen förändras."),
                passage(1, "Nuläge", "Hot Handlingsförlamning Fortsatt ekonomiskt underskott"),
                passage(2, "Nämnder", "Kommunerna har i regel färre nämnder än förr."));

        Answer answer = answers.answer("Vilka hot finns om organisationen inte förändras?");

        assertThat(answer.quotes()).hasSize(1);
        assertThat(answer.quotes().get(0).passage().text())
                .isEqualTo("Analysen avslutas med att ange de viktigaste hoten om inte organisationen förändras."
                        + " Hot Handlingsförlamning Fortsatt ekonomiskt underskott");
        assertThat(answers.answer("Har kommunerna färre nämnder än förr?").quotes().get(0).passage().text())
                .as("a sentence that announces nothing").isEqualTo("Kommunerna har i regel färre nämnder än förr.");
    }

    @Test
    void aCountOfACompoundsLastPartCountsTheCompound() {
        AnswerService answers = answering(
                passage(0, "Fullmäktigeberedningar", "I kommunerna inrättas oftast två till fem beredningar."),
                passage(1, "Nämnder", "Kommunerna har i regel färre nämnder än förr."),
                passage(2, "Utskott", "Utskotten bereder ärenden åt kommunstyrelsen."));

        assertThat(answers.answer("Hur många fullmäktigeberedningar har kommunerna?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(0);
    }

    @Test
    void aCompoundIsHadWhereItsPartsStandTogetherNotWhereTheyAreScattered() {
        AnswerService scattered = answering(
                passage(0, "Minnesanteckningar till de politiska partierna",
                        "Gruppen ser betydande fördelar med utskott. Ordföranden leder arbetet och kallar till möten. "
                                + "Utskotten bereder ärenden. Förvaltningen ger stöd åt utskotten."),
                passage(1, "Brukare", "Brukarna ska i första hand vända sig till närmaste medarbetare."));
        AnswerService together = answering(
                passage(0, "Arvoden", "Stödet till partierna fördelas efter antalet mandat i fullmäktige."),
                passage(1, "Brukare", "Brukarna ska i första hand vända sig till närmaste medarbetare."));

        assertThat(scattered.answer("Hur fördelas partistödet?").found()).isFalse();
        assertThat(together.answer("Hur fördelas partistödet?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(0);
    }

    @Test
    void usuallyIsNoThingAskedAbout() {
        AnswerService answers = answering(
                passage(0, "Fullmäktigeberedningar", "Det är vanligt att kommunerna inrättar två till fem beredningar."),
                passage(1, "Brukare", "Brukarna ska i första hand vända sig till närmaste medarbetare."));

        assertThat(answers.answer("Är det vanligt med beredningar i kommunerna, och hur många brukar man ha?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(0);
    }

    @Test
    void aLongQuestionNeedsLessOfItCoveredThanAShortOne() {
        PassageIndex index = PassageIndex.build(List.of(new LoadedDocument(MINNESANTECKNINGAR, List.of(
                passage(10, "Samspel", "Ordföranden och direktören ska träffas regelbundet."),
                passage(11, "Utvärdering", "Ge den politiska organisationen 4 år innan utvärdering.")))), analysis);
        QueryAnalyzer queries = new QueryAnalyzer(analysis, Lexicon.empty(), Lexicon.empty());
        AnswerService falling = new AnswerService(new CurrentIndex(index), queries, analysis, new AnswerSettings(0.35, 3, 0.8, 0.2));
        AnswerService even = new AnswerService(new CurrentIndex(index), queries, analysis, new AnswerSettings(0.35, 3, 0.8, 0.35));
        String longQuestion = "Vi fick en ny majoritet i höstas och jag undrar inför budgetarbetet hur ofta ordföranden"
                + " och direktören ska träffas?";

        assertThat(falling.answer(longQuestion).quotes()).extracting(q -> q.passage().ordinal()).containsExactly(10);
        assertThat(even.answer(longQuestion).quotes()).isEmpty();
        assertThat(falling.answer("Hur ofta ska ordföranden och vd:n ses på lunch?").quotes())
                .as("five concepts are held to the full share").isEmpty();
    }

    @Test
    void aWordTheDocumentsNeverUseWeighsLessInALongQuestion() {
        AnswerService even = answering(new AnswerSettings(0.5, 3, 0.8, 0.5),
                passage(0, "Media", "De förtroendevalda ska svara inför media för nämndens beslut, inte förvaltningschefen."),
                passage(1, "Kontakt", "Ordföranden kallar till sammanträden."));

        assertThat(even.answer("Lokaltidningen ringer om nämndens beslut om nedläggningen, ska förvaltningschefen eller"
                + " de förtroendevalda svara inför media?").quotes())
                .as("the closure is the situation, not what is asked").extracting(q -> q.passage().ordinal()).containsExactly(0);
        assertThat(even.answer("Nedläggningen av skolan i media?").quotes()).as("short, the unknown word is the subject").isEmpty();
    }

    @Test
    void aHowManyQuestionIsAnsweredByThePassageThatCountsWhatIsAsked() {
        assertThat(answers.answer("Hur många ersättare har kommunstyrelsen?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(0);
        assertThat(answers.answer("Hur många förvaltningar föreslås?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(2);
        assertThat(answers.answer("Hur många chefsnivåer ska det finnas?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(3);
    }

    @Test
    void aQuestionTypedWithoutSwedishLettersIsAnsweredAsWithThem() {
        assertThat(answers.answer("Hur manga ersattare har kommunstyrelsen?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(0);
        assertThat(answers.answer("Hur lange ska den politiska organisationen fa innan utvardering?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(11);
    }

    @Test
    void theThingCountedIsTheOneAskedAfterTheQuantityWordsWhereverTheyStand() {
        assertThat(List.of("Antal ersättare i kommunstyrelsen?", "Kommunstyrelsen: hur många ersättare?"))
                .allSatisfy(question -> assertThat(answers.answer(question).quotes()).as(question)
                        .extracting(q -> q.passage().ordinal()).containsExactly(0));
    }

    @Test
    void aBodyGivenWithItsMembersIsCounted() {
        AnswerService groups = answering(
                passage(0, "Projektet", "Projektgruppen har träffat styrgruppen regelbundet under hösten."),
                passage(1, "Bakgrund", "Arbetet har bedrivits med en projektgrupp med sex tjänstemän från förvaltningarna."));

        assertThat(groups.answer("Hur många sitter i projektgruppen?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(1);
    }

    @Test
    void peopleCountedWithoutSayingWhoCountWhatTheyAreIn() {
        AnswerService groups = answering(
                passage(0, "Projektet", "Projektgruppen har träffat styrgruppen regelbundet under hösten."),
                passage(1, "Bakgrund", "Arbetet har bedrivits med en projektgrupp med sex tjänstemän från förvaltningarna."));

        assertThat(List.of("Hur många personer satt i projektgruppen?", "Hur många satt i projektgruppen?"))
                .allSatisfy(question -> assertThat(groups.answer(question).quotes()).as(question)
                        .extracting(q -> q.passage().ordinal()).containsExactly(1));
    }

    @Test
    void askingWhichMunicipalitiesPrefersAPassageThatNamesThem() {
        AnswerService trips = answering(
                passage(0, "Resorna", "Gruppen besökte andra kommuner."),
                passage(1, "Resorna", "Gruppen besökte först Norsjö, sedan Nordmaling och sist de andra kommunerna i länet."));

        assertThat(trips.answer("Vilka kommuner besökte gruppen?").quotes().get(0).passage().ordinal()).isEqualTo(1);
        assertThat(trips.answer("Besökte gruppen andra kommuner?").quotes().get(0).passage().ordinal()).isEqualTo(0);
    }

    @Test
    void aYearCountsNothing() {
        AnswerService groups = answering(
                passage(0, "Projektet", "Under hösten 2008 har projektgruppen träffat verksamheterna."),
                passage(1, "Brukare", "Brukarna ska i första hand vända sig till närmaste medarbetare."));

        assertThat(groups.answer("Hur många sitter i projektgruppen?").found()).isFalse();
    }

    @Test
    void aHeadingMayCountWhatItsPassageLists() {
        assertThat(answers.answer("Hur många sektorer föreslås?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(6);
    }

    @Test
    void aQuestionAboutAMunicipalityTheDocumentsNeverMentionIsNotAnswered() {
        assertThat(answers.answer("Hur många ledamöter har utskotten i Munkfors kommun?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(12);
        assertThat(List.of("Hur många ledamöter har utskotten i Sundsvalls kommun?",
                "Hur många ledamöter har utskotten i kommunen Sundsvall?",
                "How many members sit on the committees in the municipality of Sundsvall?"))
                .allSatisfy(question -> assertThat(answers.answer(question).quotes()).as(question).isEmpty());
        assertThat(answers.answer("Vilken kommun har 5 ledamöter i utskotten?").quotes())
                .as("a question word before municipality names none").isNotEmpty();
    }

    @Test
    void aSwedishMunicipalityIsNoOtherMunicipality() {
        PassageIndex index = PassageIndex.build(List.of(new LoadedDocument(MINNESANTECKNINGAR, List.of(
                passage(0, "Politisk organisation",
                        "Enligt kommunallagen ska det i en svensk kommun finnas kommunfullmäktige och kommunstyrelse."),
                passage(1, "Utskotten", "I Munkfors finns 5 ledamöter i vart och ett av utskotten.")))), analysis);
        QueryAnalyzer english = new QueryAnalyzer(analysis, Lexicon.empty(), new Lexicon(List.of(
                new Lexicon.Entry("swedish", List.of("svensk")), new Lexicon.Entry("municipality", List.of("kommun")),
                new Lexicon.Entry("council", List.of("kommunfullmäktige")), new Lexicon.Entry("law", List.of("kommunallagen")))));
        AnswerService answering = new AnswerService(new CurrentIndex(index), english, analysis,
                new AnswerSettings(0.5, 3, 0.8, 0.4));

        assertThat(answering.answer("Must a Swedish municipality have a council by law?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(0);
        assertThat(answering.answer("Must a Norwegian municipality have a council by law?").quotes()).isEmpty();
    }

    @Test
    void aQuestionForADateIsAnsweredOnlyByAPassageThatGivesOne() {
        AnswerService dates = answering(
                passage(0, "Sektorerna", "Den nya organisationen med tre sektorer föreslås träda i kraft när beslut fattats."),
                passage(1, "Tidplan", "Nämnderna får sitt nya reglemente av kommunfullmäktige."));

        assertThat(dates.answer("Vilket datum trädde den nya organisationen med tre sektorer i kraft?").quotes()).isEmpty();
        assertThat(dates.answer("När träder den nya organisationen med tre sektorer i kraft?").quotes())
                .as("\"när\" asks for a time without requiring one").extracting(q -> q.passage().ordinal()).containsExactly(0);
        assertThat(answers.answer("Vilken dag hålls hearingen?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(9);
    }

    @Test
    void aQuestionForADeadlineIsAnsweredOnlyByAPassageThatGivesOne() {
        AnswerService deadlines = answering(
                passage(0, "Kommunikation", "Tjänstepersonen ska svara den förtroendevalda på frågan."),
                passage(1, "Organisationen", "Den nya organisationen ska träda i kraft senast den 1/6 2016."));

        assertThat(deadlines.answer("Hur snabbt ska tjänstepersonen svara den förtroendevalda på frågan?").quotes()).isEmpty();
        assertThat(deadlines.answer("Hur snabbt ska den nya organisationen träda i kraft?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(1);
    }

    @Test
    void aQuestionForAShareIsAnsweredOnlyByAPassageThatGivesOne() {
        AnswerService shares = answering(
                passage(0, "Arbetsmiljö", "Arbetsgivaren ska se till att sjukfrånvaron bland de anställda följs upp."),
                passage(1, "Personal", "Sjukfrånvaron bland de anställda i förvaltningen var 6,2 procent förra året."));

        assertThat(shares.answer("Hur stor är andelen sjukfrånvaro i förvaltningen?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(1);
        assertThat(answers.answer("Hur stor andel av ersättarna är kvinnor i kommunstyrelsen?").quotes()).isEmpty();
    }

    @Test
    void aQuestionForAnAddressIsAnsweredOnlyByAPassageThatGivesOne() {
        AnswerService addresses = answering(
                passage(0, "Projektet", "Projektet har haft en e-postadress för dialog med projektgruppen."),
                passage(1, "Kontakt", "Projektgruppens e-postadress är projektgruppen@exempel.se."));

        assertThat(addresses.answer("Vilken e-postadress har projektgruppen?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(1);
        assertThat(answers.answer("Vilken e-postadress har kommunstyrelsen?").quotes()).isEmpty();
    }

    @Test
    void aCapitalisedBodyAfterIIsNoOtherPlace() {
        AnswerService counting = answering(
                passage(0, "Munkfors", "I Munkfors är det 9 ledamöter i Kommunstyrelsen och 5 ledamöter i vart och ett av"
                        + " dom tre utskotten."),
                passage(1, "Ånge", "I Ånge leder kommunstyrelsen arbetet."));

        assertThat(counting.answer("Hur många utskott finns i Munkfors?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(0);
        assertThat(counting.answer("Hur många utskott finns i Ånge?").quotes()).isEmpty();
    }

    @Test
    void aQuestionOfWhatWasDecidedIsAnsweredOnlyByADecisionTaken() {
        AnswerService decisions = answering(
                passage(0, "Hearing", "Gruppen bjuder in alla politiker till en hearing om utskott i juni."),
                passage(1, "Beslut", "Kommunfullmäktige beslutade i maj att utreda en organisation med utskott."));

        assertThat(decisions.answer("Vad beslutade kommunfullmäktige om utskott?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(1);
        assertThat(decisions.answer("Vad beslutade politikerna på hearingen i juni?").quotes())
                .as("the hearing is announced, nothing decided at it").isEmpty();
    }

    @Test
    void aDocumentsRecordOfItsAdoptionAnswersWhenItWasAdoptedOnlyForThatDocument() {
        AnswerService adoptions = answering(
                passage(0, "Riktlinjer för samverkan i Gnosjö", "Antagen av kommunfullmäktige 2018-11-29, § 97."),
                passage(1, "Ärenden", "Gnosjö kommun handlar upp tjänster enligt lagen om offentlig upphandling."),
                passage(2, "Förslag", "Förslaget är att reducera antalet nämnder till fyra."),
                passage(3, "Nämnder", "Kommunen har en socialnämnd och en byggnadsnämnd som ansvarar för sina verksamheter."));

        assertThat(adoptions.answer("När antogs riktlinjerna för samverkan i Gnosjö?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(0);
        assertThat(adoptions.answer("När antogs upphandlingspolicyn i Gnosjö?").quotes())
                .as("the record is of another document's adoption").isEmpty();
    }

    @Test
    void aQuestionForACompanyIsAnsweredByAPassageThatNamesOne() {
        AnswerService companies = answering(
                passage(0, "Översyn", "Uppdraget med översynen har gått till en konsultfirma med lång erfarenhet."),
                passage(1, "Konsulter", "Uppdraget med översynen har gått till konsultfirman Public Partner."),
                passage(2, "Rapporten", "Rapporten publiceras i maj."));

        assertThat(companies.answer("Vilken konsultfirma fick uppdraget med översynen?").quotes())
                .as("\"Public\" is a name though the documents write \"publiceras\"")
                .extracting(q -> q.passage().ordinal()).containsExactly(1);
    }

    @Test
    void aTrendInTheNumberOfSomethingIsNoCount() {
        AnswerService counting = answering(
                passage(0, "Trender", "Den vanligaste förändringen i fullmäktige är att antalet ledamöter minskas."));

        assertThat(counting.answer("Hur många ledamöter har fullmäktige?").quotes()).isEmpty();
        AnswerService proposing = answering(
                passage(0, "Förslag", "Förslaget är att reducera antalet nämnder till fyra."),
                passage(1, "Nämnder", "Kommunen har en socialnämnd och en byggnadsnämnd som ansvarar för sina verksamheter."));
        assertThat(proposing.answer("Hur många nämnder har kommunen?").quotes())
                .as("the trend's verb stands before what it counts").isEmpty();
        assertThat(answers.answer("Hur många chefsnivåer ska det finnas?").quotes())
                .as("a rule for the number still answers").extracting(q -> q.passage().ordinal()).containsExactly(3);
    }

    @Test
    void aQuestionOfWhatAnInquiryFoundIsAnsweredOnlyByItsResult() {
        AnswerService results = answering(
                passage(0, "Uppföljning", "I mitten av varje mandatperiod ställs en enkät till de förtroendevalda."),
                passage(1, "Analys", "Analysen visar att organisationen behöver förändras."));

        assertThat(results.answer("Vad visade enkäten till de förtroendevalda?").quotes())
                .as("the survey is described, its results are not").isEmpty();
        assertThat(results.answer("Vad visade analysen om organisationen?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(1);
    }

    @Test
    void anArticleBeforeAModalVerbCountsNothing() {
        AnswerService counting = answering(
                passage(0, "Kommunikation", "En förtroendevald ska kunna ställa enkla frågor till kommunstyrelsen."),
                passage(1, "Förvaltningen", "En samlad förvaltning föreslås för kommunstyrelsen."));

        assertThat(counting.answer("Hur många förtroendevalda har kommunstyrelsen?").quotes()).isEmpty();
        assertThat(counting.answer("Hur många förvaltningar föreslås för kommunstyrelsen?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(1);
    }

    @Test
    void aHowManyQuestionThatNoPassageCountsIsNotAnswered() {
        assertThat(answers.answer("Hur många anställda har kommunen?").quotes())
                .as("\"Ett exempel är anställda som ...\" counts an example").isEmpty();
        assertThat(answers.answer("Vilka anställda har kommunen?").quotes()).isNotEmpty();
    }

    @Test
    void aNumberOrAnOfficeIsThePlacesItsSentenceNames() {
        assertThat(answers.answer("Hur många ledamöter har utskotten i Munkfors?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(12);
        assertThat(answers.answer("Hur många ledamöter har utskotten i Norsjö?").quotes())
                .as("Munkfors' committees say nothing of Norsjö's").isEmpty();
        assertThat(answers.answer("Hur många ledamöter har Ånges utskott?").quotes()).isEmpty();
        assertThat(answers.answer("Hur många ledamöter har utskotten?").quotes())
                .as("a question naming no place is not held to one").extracting(q -> q.passage().ordinal()).contains(12);
        assertThat(answers.answer("Vem är kommunchef i Munkfors?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(13);
        assertThat(answers.answer("Vem är kommunchef i Exempelkommun?").quotes())
                .as("the notes are Exempelkommun's, but the kommunchef they name is Munkfors'").isEmpty();
        assertThat(answers.answer("Hur många studieresor planeras i Exempelkommun?").quotes())
                .as("\"En\" opening a sentence counts in that sentence, not the one before it about Munkfors")
                .extracting(q -> q.passage().ordinal()).containsExactly(13);
    }

    @Test
    void askingWhoHoldsAnOfficeIsAnsweredOnlyByAPassageThatNamesSomebody() {
        assertThat(answers.answer("Vem är ordförande i kommunstyrelsen?").quotes())
                .as("what the chair does does not say who the chair is").isEmpty();
        assertThat(answers.answer("Vad gör ordföranden i kommunstyrelsen?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(4);
        assertThat(answers.answer("Vem är ordförande i arbetsgruppen?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(5);
    }

    @Test
    void askingWhatSomethingPaysIsAnsweredOnlyByAPassageThatGivesASum() {
        assertThat(answers.answer("Hur mycket tjänar ordföranden i kommunstyrelsen?").quotes())
                .as("what the chair does does not say what the chair earns").isEmpty();
        assertThat(answers.answer("Vilket arvode får ledamöterna i kommunstyrelsen?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(7);
    }

    @Test
    void askingWhatTimeIsAnsweredOnlyByAPassageThatGivesATimeOfDay() {
        assertThat(answers.answer("Vilken tid sammanträder kommunstyrelsen?").quotes()).isEmpty();
        assertThat(answers.answer("Vilken tid är hearingen?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(9);
    }

    @Test
    void askingHowOftenIsAnsweredOnlyByAPassageThatSaysHowOften() {
        assertThat(answers.answer("Hur ofta sammanträder kommunstyrelsen?").quotes()).isEmpty();
        assertThat(answers.answer("Hur ofta ska ordföranden och direktören träffas?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(10);
    }

    @Test
    void askingHowLongIsAnsweredOnlyByAPassageThatGivesADuration() {
        assertThat(answers.answer("Hur länge sitter ordföranden i kommunstyrelsen?").quotes()).isEmpty();
        assertThat(answers.answer("Hur lång tid ska den politiska organisationen få innan utvärdering?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(11);
    }

    @Test
    void askingWhereIsAnsweredOnlyByAPassageThatSaysWhere() {
        assertThat(answers.answer("Var hittar jag kommunstyrelsens ledamöter?").quotes()).isEmpty();
        assertThat(answers.answer("Var hålls hearingen för alla politiker?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(9);
    }

    @Test
    void askingWhichPartyIsAnsweredOnlyByAPassageThatNamesAParty() {
        assertThat(answers.answer("Vilket parti leder kommunstyrelsen?").quotes()).isEmpty();
        assertThat(answers.answer("Vilket parti tillhör Birgitta Bohlin?").quotes())
                .extracting(q -> q.passage().ordinal()).containsExactly(5);
    }

    @Test
    void aQuestionOfNothingButTheWordsOfItsKindIsNotAnswered() {
        assertThat(List.of("Vilket parti?", "Hur många?", "Antal?", "Vilken tid?", "What time?", "Hur mycket kostar det?",
                "Jag sitter i kommunstyrelsen och?", "Hur många " + "hur många ".repeat(500) + "?", "Vem kontaktar jag?",
                "Hur ofta?", "Hur länge?", "How long?", "Var hittar jag?", "Where is it held?", "Vems?"))
                .allSatisfy(question -> assertThat(answers.answer(question).quotes()).as(question).isEmpty());
    }

    @Test
    void oddWordsAreSearchedWithoutHarm() {
        assertThat(List.of("-", "e-", "-e", "e-".repeat(500), "ä".repeat(1000), "bygglovs".repeat(125) + "ärende",
                "träffades".repeat(100), "\"sociala medier\" AND (a OR b)~2 *?", ". En", "Hur många. En. Ett. I Å?",
                "tog tagit gjort fått", "anbudsanbudshanteringen".repeat(20)))
                .allSatisfy(question -> {
                    assertThat(answers.answer(question).quotes()).as(question).isEmpty();
                    assertThat(answers.search(question, 10)).as(question).isEmpty();
                });
        assertThat(List.of("tre tre tre tre", "three three", "Vem är kommunchef i I?", "fattat föreslog ".repeat(50),
                "I Munkfors I Ånge I Norsjö?", "Who's I I I in Ånge's Ånge?", "Vilken e-postadress?", "Vad beslutade?",
                "What came out of?", "Vilken konsultfirma?", "Which municipality kommun?", "Härnösands kommun ".repeat(300),
                "What did " + "a ".repeat(2000) + "decide?", "om jag vill ".repeat(300) + "?", "Vad visade " + "x".repeat(5000),
                "Vem ska jag ".repeat(300), "antalet antalet minskas", "En ska En kan En får", "'", "((((((",
                "What is the '" + "för en ".repeat(300), "rate?", "Hur stor andel?", "deadline deadline deadline",
                "Vilket datum?", "Were when?", "Who was appointed as as as?", "med sex med sex med sex",
                "What's the budget", "Hi! Once. Hi! Once.", "Vilka kommuner?", "Which councils which towns?",
                "Hur många Munkfors Ånge Gnosjö?", "Hur många personer personer?", "How many people 2008 2009 2010?",
                "Who was appointed municipal?", "Where do I come in?", "Vilket diarienummer?",
                "partistödet".repeat(200), "Hur många " + "Munkfors ".repeat(500) + "?",
                "What about " + wordsNobodyKnows(400) + "?", "Vad gäller för " + wordsNobodyKnows(400).replace("zq", "zä") + "?"))
                .as("numbers, places and verb forms in odd places").allSatisfy(question -> {
                    assertThatCode(() -> answers.answer(question)).as(question).doesNotThrowAnyException();
                    assertThatCode(() -> answers.search(question, 10)).as(question).doesNotThrowAnyException();
                });
    }

    /** Distinct words of letters that no language has: "zqqaa zqqab …". */
    private static String wordsNobodyKnows(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "zq" + Integer.toString(i + 26 * 26, 26).chars()
                        .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? c - '0' + 'q' : c)))
                        .collect(Collectors.joining()))
                .collect(Collectors.joining(" "));
    }

    /** A service over passages of their own, with the default settings or the ones given. */
    private AnswerService answering(Passage... passages) {
        return answering(new AnswerSettings(0.5, 3, 0.8, 0.4), passages);
    }

    private AnswerService answering(AnswerSettings settings, Passage... passages) {
        PassageIndex index = PassageIndex.build(List.of(new LoadedDocument(MINNESANTECKNINGAR, List.of(passages))), analysis);
        return new AnswerService(new CurrentIndex(index), new QueryAnalyzer(analysis, Lexicon.empty(), Lexicon.empty()),
                analysis, settings);
    }

    private static Passage passage(int ordinal, String section, String text) {
        return new Passage("mote", ordinal, section, 0, text);
    }
}
