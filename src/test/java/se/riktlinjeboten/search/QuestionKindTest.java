package se.riktlinjeboten.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionKindTest {

    @Test
    void questionWordsTellWhatKindOfAnswerIsWanted() {
        assertThat(QuestionKind.of("Hur många ersättare finns?")).isEqualTo(Query.Asks.QUANTITY);
        assertThat(QuestionKind.of("How long until it is evaluated?")).isEqualTo(Query.Asks.DURATION);
        assertThat(QuestionKind.of("Hur lång är mandatperioden?")).isEqualTo(Query.Asks.DURATION);
        assertThat(QuestionKind.of("Vem utser direktören?")).isEqualTo(Query.Asks.OTHER);
        assertThat(QuestionKind.of("Varför finns riktlinjen?")).isEqualTo(Query.Asks.REASON);
        assertThat(QuestionKind.of("What is the point of fewer committees?")).isEqualTo(Query.Asks.REASON);
        assertThat(QuestionKind.of("Vad är tanken med en dörr in?")).isEqualTo(Query.Asks.REASON);
        assertThat(QuestionKind.of("What is the idea behind one door in?")).isEqualTo(Query.Asks.REASON);
        assertThat(QuestionKind.of("Jag undrar när nämnden sammanträder")).isEqualTo(Query.Asks.TIME);
        assertThat(QuestionKind.of("Vad gör jag om en anställd berättar om problem när vi ses på stan?"))
                .isEqualTo(Query.Asks.OTHER);
        assertThat(QuestionKind.of("Who calls whom when there is an acute problem?")).isEqualTo(Query.Asks.OTHER);
        assertThat(QuestionKind.of("Hur ofta ska riktlinjen ses över?")).isEqualTo(Query.Asks.FREQUENCY);
        assertThat(QuestionKind.of("How often does the board meet?")).isEqualTo(Query.Asks.FREQUENCY);
    }

    @Test
    void askingWhichAddressNumberOrLinkAsksForTheAddressItself() {
        assertAsked(Query.Asks.ADDRESS, "Vilken e-postadress hade projektet?", "Vad är telefonnumret till växeln?",
                "What's the email address of the project group?", "What is the phone number for social services?",
                "Which link do I use for the hearing?", "Vad har Calle Svensson för mobilnummer? Behöver nå honom innan mötet.");
        assertNotAsked(Query.Asks.ADDRESS, "Hade projektet en e-postadress?", "In an emergency, what is the chain of phone calls?",
                "What's the exact number of deputies?", "Vilket beslutsdatum och diarienummer har riktlinjen?");
    }

    @Test
    void askingWhichCompanyAsksForItsName() {
        assertAsked(Query.Asks.COMPANY, "Vilken konsultfirma anlitades för översynen?", "Vilket konsultbolag fick uppdraget?",
                "Which consultancy has been hired for the review?");
        assertNotAsked(Query.Asks.COMPANY, "Får nämnden bestämma vilket företag som ska vinna en upphandling?", "Vad gör bolagen?");
    }

    @Test
    void askingWhatCameOutOfAnInquiryAsksForItsResult() {
        assertAsked(Query.Asks.RESULT, "Vad visade enkäten?", "Vad kom nulägesanalysen fram till?",
                "What were the results of the mid-term survey?", "What did the review find?",
                "What came out of the hearing on 1 June?", "What did the councillors answer in the survey?",
                "Vad svarade de förtroendevalda i enkäten?");
        assertNotAsked(Query.Asks.RESULT, "Vad ska enkäten visa?", "Who carries out the survey?");
    }

    @Test
    void askingForARateOrAPercentageAsksForAShare() {
        assertAsked(Query.Asks.SHARE, "Hur stor andel av ledamöterna är nya?", "Hur många procent av budgeten går till skolan?",
                "What is the sick leave rate among staff in Alingsås?", "What percentage of the staff work part time?");
        assertNotAsked(Query.Asks.SHARE, "Is there a survey where councillors rate the support they get?", "Hur många nämnder finns det?");
    }

    @Test
    void askingForATimeLimitAsksForADeadline() {
        assertAsked(Query.Asks.DEADLINE, "What's the deadline for submitting a motion?", "Finns det en tidsfrist för svaret?",
                "How quickly does the board have to reply?", "Hur lång tid har man på sig att överklaga?",
                "Inom hur lång tid ska tjänstepersonen svara?");
        assertNotAsked(Query.Asks.DEADLINE, "Hur lång tid ska gå innan den utvärderas?", "Hur ofta ses riktlinjen över?");
    }

    @Test
    void askingWhatWasDecidedAsksForADecisionTaken() {
        assertAsked(Query.Asks.DECISION, "Vad beslutade kommunfullmäktige i Ånge till slut?", "Vilket beslut fattade nämnden?",
                "What did the politicians decide at the hearing?", "What was decided at the Ånge hearing on 1 June?",
                "När beslutade fullmäktige om översynen?", "Vilket datum antog fullmäktige styrmodellen?");
        assertNotAsked(Query.Asks.DECISION, "När hålls hearingen?", "Who decides the budget?", "Vad vill nämnden?");
    }

    @Test
    void askingWhatOneShouldDoAsksForARule() {
        assertThat(List.of("Vem ska jag vända mig till om jag vill besöka ett boende?", "Måste jag meddela någon innan?",
                "Får man ta emot gåvor?", "Should I tell the head of department first?", "Do I need to go through anyone?",
                "Who should answer the press?"))
                .allSatisfy(question -> assertThat(QuestionKind.asksForARule(question)).as(question).isTrue());
        assertThat(List.of("Vilka kommuner besökte gruppen?", "När hålls hearingen?", "What did the review find?"))
                .allSatisfy(question -> assertThat(QuestionKind.asksForARule(question)).as(question).isFalse());
    }

    @Test
    void askingWhoHoldsAnOfficeAsksForAPerson() {
        assertAsked(Query.Asks.PERSON, "Vem är ordförande i socialnämnden?", "Vem var kommunstyrelsens ordförande 2009?",
                "Vem är den nuvarande kommundirektören?", "Who is the chair of the municipal council?",
                "Who's Gnosjö's mayor?", "Who was the chief executive in 2020?", "Vem är vd för bolaget?",
                "Who chairs the municipal executive board in Alingsås right now?",
                "What's the name of the municipal director in Alingsås?", "Vad heter kommundirektören?",
                "Vad hette projektledaren för översynen?", "Vem anställdes som ny kommundirektör i Borlänge?",
                "Who was appointed the new chief executive?", "Who was appointed municipal director in Alingsås in 2022?",
                "Who was Borlänge's municipal director when the 2009 report was written?");
        assertNotAsked(Query.Asks.PERSON, "Vem är ansvarig för upphandlingen?", "Vem är det som antar verksamhetsplanen?",
                "Vem är förvaltningschefens chef?", "Who is responsible for the procurement process?",
                "Who is in charge of a focus area?", "Who is the top manager of the administration?",
                "Vad gör ordföranden?", "Vad heter principen om en dörr in?", "Vem anställs av styrelsen?");
    }

    @Test
    void askingWhatSomethingPaysOrCostsAsksForAnAmount() {
        assertAsked(Query.Asks.AMOUNT, "Hur mycket tjänar kommundirektören?", "Vad tjänar en politiker i fullmäktige?",
                "Vilken lön har en förvaltningschef?", "Vad kostar en plats på förskolan?",
                "Hur stort arvode har kommunstyrelsens ordförande?", "Vad får en nämndordförande i arvode?",
                "What is the chief executive's salary?", "How much does a councillor earn?",
                "What does a councillor get paid per meeting?", "What is the tax rate in Alingsås?",
                "What is Borlänge municipality's total annual budget?",
                "Vad kostade konsultens uppdrag?");
        assertNotAsked(Query.Asks.AMOUNT, "Vem bestämmer arvodet?", "Hur sätts lönen för kommundirektören?",
                "Vem antar budgeten?", "What are the three phases of the budget process?",
                "Which phases can the budget process be split into?", "What is the role of the budget?",
                "Hur många arbetar med budgeten?", "Vad är grejen med budgeten om man har utskott?",
                "What is the problem with the budget process?",
                "What's the budget argument for committees under the executive board?");
    }

    @Test
    void theDayOrTimeAskedForIsWhatTheAnswerGivesNotWhatItSays() {
        assertAsked(Query.Asks.DATE, "Vilken dag och tid är hearingen?", "Vilka datum sammanträder nämnden?",
                "Which day is the hearing?", "Vilket datum trädde organisationen i kraft?", "What year was it adopted?");
        assertAsked(Query.Asks.TIME, "När sammanträder nämnden?", "Can you tell me when the board meets?", "Vet du när nämnden ses?");
        assertThat(List.of("Were the unions involved when Borlänge worked out its model?",
                "Får jag ringa chefen direkt när det är bråttom?"))
                .as("a yes-or-no question's time word opens a clause")
                .allSatisfy(question -> assertThat(QuestionKind.of(question)).as(question).isNotEqualTo(Query.Asks.TIME));
        assertThat(QuestionKind.of("Hur lång tid ska gå innan den utvärderas?")).isEqualTo(Query.Asks.DURATION);
        assertAsked(Query.Asks.CLOCK, "Vilken tid börjar hearingen?", "Hur dags är mötet?", "What time does the meeting start?");
        assertThat(new QueryAnalyzer(new Analysis(), Lexicon.empty(), Lexicon.empty())
                .analyze("Vilken dag och tid är hearingen?").concepts())
                .extracting(Query.Concept::asked).containsExactly("hearing");
    }

    @Test
    void askingWhomToTurnToAsksForAContactPath() {
        assertAsked(Query.Asks.CONTACT, "Vem ska jag kontakta om jag vill besöka ett äldreboende?", "Vem hör jag av mig till?",
                "Jag sitter i nämnden och vill hälsa på ett demensboende. Vem pratar jag med?",
                "Who should I get in touch with first?", "Who arranges that?", "Vem ringer vem i akuta frågor?");
        assertNotAsked(Query.Asks.CONTACT, "Vem ansvarar för upphandlingen?", "Vem utser kommundirektören?",
                "Who answers to the media for political decisions?");
    }

    @Test
    void theSentenceThatAsksIsTheOneWithTheQuestionMark() {
        assertThat(QuestionKind.of("Vi har bjudit in alla politiker. När hålls hearingen?")).isEqualTo(Query.Asks.TIME);
        assertThat(QuestionKind.of("Hej! Jag undrar en sak. Varför finns riktlinjen?")).isEqualTo(Query.Asks.REASON);
    }

    @Test
    void aVerbAfterHowManyCountsWhatItsPeopleSitIn() {
        QueryAnalyzer analyzer = new QueryAnalyzer(new Analysis(), Lexicon.empty(), Lexicon.empty());

        assertThat(analyzer.analyze("Hur många sitter i kommunstyrelsen i Munkfors?").concepts())
                .extracting(Query.Concept::asked).containsExactly("kommunstyrel", "munkf");
        assertThat(analyzer.analyze("I Munkfors kommunstyrelse, hur många ersättare finns?").concepts())
                .extracting(Query.Concept::asked).first().isEqualTo("ersä");
        QueryAnalyzer english = new QueryAnalyzer(new Analysis(), Lexicon.empty(),
                Lexicon.parse(List.of("executive committee = kommunstyrelse", "deputy = ersättare"), "engelska"));
        assertThat(english.analyze("How many deputies does the executive committee have?").concepts())
                .extracting(Query.Concept::asked).first().isEqualTo("deputy");
    }

    @Test
    void howManyWithNothingAfterItLeavesWhatIsCountedOpen() {
        QueryAnalyzer analyzer = new QueryAnalyzer(new Analysis(), Lexicon.empty(), Lexicon.empty());

        Query query = analyzer.analyze("Munkfors har fler ersättare än ledamöter i KS, eller hur? Hur många är de?");
        assertThat(query.asks()).as("the passage need not count Munkfors").isEqualTo(Query.Asks.NUMBER);
        assertThat(query.concepts()).extracting(Query.Concept::asked).startsWith("munkf", "fler", "ersä");
        assertThat(analyzer.analyze("Hur många ersättare har KS i Munkfors?").asks()).isEqualTo(Query.Asks.QUANTITY);
    }

    @Test
    void askingWhereSomethingIsFoundOrHeldAsksForAPlace() {
        assertAsked(Query.Asks.PLACE, "Var hittar jag protokollen?", "Var hålls hearingen?", "Where can I find the minutes?",
                "Where are the council meetings held?");
        assertNotAsked(Query.Asks.PLACE, "Var ska IFO hamna i modellen?", "Where does social services (IFO) end up in the model?",
                "In the model, where should social services be placed?",
                "Who owns procurement – the politicians or us officers? Where do the politicians come in?",
                "Var kommer politikerna in i upphandlingen?");
        assertThat(new QueryAnalyzer(new Analysis(), Lexicon.empty(), Lexicon.empty())
                .analyze("Var hittar jag protokollen?").concepts())
                .extracting(Query.Concept::asked).containsExactly("protokoll");
    }

    @Test
    void aNameAfterHowManyIsNotWhatIsCounted() {
        QueryAnalyzer queries = new QueryAnalyzer(new Analysis(), Lexicon.empty(), Lexicon.empty());

        assertThat(queries.analyze("Hur många i Munkfors kommunstyrelse är ersättare?").concepts())
                .extracting(Query.Concept::asked).startsWith("kommunstyr").contains("munkf");
        assertThat(queries.analyze("Hur många bor i Gnosjö?").concepts())
                .extracting(Query.Concept::asked).containsExactly("gnosjö");
    }

    @Test
    void askingWhichMunicipalitiesAsksForPlaces() {
        assertAsked(Query.Asks.MUNICIPALITY, "Vilka kommuner besökte Ånges arbetsgrupp?", "Which councils did the working group visit?",
                "Which municipalities did the Ånge group visit?");
        assertThat(QuestionKind.of("Hur många kommuner besökte gruppen?")).isEqualTo(Query.Asks.QUANTITY);
    }

    @Test
    void askingWhichPartyAsksForAParty() {
        assertThat(QuestionKind.of("Vilket parti styr i Borlänge?")).isEqualTo(Query.Asks.PARTY);
        assertThat(QuestionKind.of("Which parties took part in the meeting?")).isEqualTo(Query.Asks.PARTY);
        assertThat(QuestionKind.of("Which political parties are in the working group?")).isEqualTo(Query.Asks.PARTY);
        assertThat(QuestionKind.of("Vilka politiska partier var med?")).isEqualTo(Query.Asks.PARTY);
        assertThat(QuestionKind.of("Behövde alla partier vara överens?")).isEqualTo(Query.Asks.OTHER);
    }

    private static void assertAsked(Query.Asks kind, String... questions) {
        assertThat(List.of(questions)).allSatisfy(question -> assertThat(QuestionKind.of(question)).as(question).isEqualTo(kind));
    }

    private static void assertNotAsked(Query.Asks kind, String... questions) {
        assertThat(List.of(questions)).allSatisfy(question -> assertThat(QuestionKind.of(question)).as(question).isNotEqualTo(kind));
    }
}
