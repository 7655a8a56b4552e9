package se.riktlinjeboten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.riktlinjeboten.document.DocumentInfo;
import se.riktlinjeboten.document.LoadedDocument;
import se.riktlinjeboten.document.Passage;

/** The exact ranking on a tiny fixture, so any change to analysis or scoring is seen. */
class PassageIndexTest {

    private static final DocumentInfo RIKTLINJE = new DocumentInfo("riktlinje", "riktlinje.txt",
            "Riktlinje för samspel", "Exempelkommun", "Riktlinje", "2022-10-17", "Kommunstyrelsen", "", "");

    private final Analysis analysis = new Analysis();
    private final PassageIndex index = PassageIndex.build(List.of(new LoadedDocument(RIKTLINJE, List.of(
            passage(0, "Arbetsmiljöansvar", "Det yttersta ansvaret ligger hos kommunfullmäktige."),
            passage(1, "Arbetsmiljöansvar",
                    "Arbetsgivarens ansvar för arbetsmiljön kan inte delegeras, däremot kan uppgifter fördelas."),
            passage(2, "Kommunikation",
                    "Majoriteten av verksamhetsbesöken ska samordnas med nämnden och förvaltningsledningen."),
            passage(3, "I kontakt med media",
                    "De förtroendevalda ska ta konsekvenserna för sina fattade beslut inför media."),
            passage(4, "Beslut", "Ett delegationsbeslut anmäls till nämnden."),
            passage(5, "Sammanfattning", "Vidare föreslås tre sektorer."),
            passage(6, "Förvaltningen › Tre sektorer",
                    "Indelningen i tre sektorer föreslås ge tydliga ansvarsgränser i organisationen."),
            passage(7, "Översyn", "Vi behöver se över ekonomi- och controllerfunktionerna."),
            passage(8, "Ekonomi", "Ekonomin ska vara god och varje funktion ska ha en budget."),
            passage(9, "Policy", "En policy anger vårt förhållningssätt, till exempel till sociala krav.")))), analysis);
    private final QueryAnalyzer queries = new QueryAnalyzer(analysis, Lexicon.empty(), Lexicon.empty());

    @Test
    void compoundQuestionMeetsItsPartsInThePassageThatAnswers() {
        List<PassageIndex.Hit> hits = index.search(queries.analyze("Kan arbetsmiljöansvaret delegeras?"), 3);

        assertThat(hits).extracting(h -> h.entry().passage().ordinal()).startsWith(1);
        assertThat(hits.get(0).coverage()).isEqualTo(1.0);
    }

    @Test
    void aQuestionInTheWordsOfAKnownOneFindsThePassageThatAnsweredIt() {
        String question = "Kan jag dyka upp på ett boende?";
        assertThat(index.search(queries.analyze(question, index::hasTerm), 3))
                .noneMatch(h -> h.entry().passage().ordinal() == 2);

        PassageIndex knowing = knowing("Får man dyka upp oanmäld på ett boende?");
        List<PassageIndex.Hit> hits = knowing.search(queries.analyze(question, knowing::hasTerm), 3);

        assertThat(hits).extracting(h -> h.entry().passage().ordinal()).startsWith(2);
        assertThat(hits.get(0).coverage()).as("the known question asked again counts as the passage's words").isEqualTo(1.0);
        assertThat(knowing.hasTerm("boend")).as("a known question's words are not the documents'").isFalse();
    }

    @Test
    void aQuestionSharingAWordWithALongKnownOneGetsOnlyPartCreditForIt() {
        PassageIndex knowing = knowing(
                "Får man som ledamot i nämnden dyka upp oanmäld på ett boende och prata med personalen om schemat?");
        List<PassageIndex.Hit> hits = knowing.search(queries.analyze("Kan jag dyka upp?", knowing::hasTerm), 3);

        assertThat(hits).extracting(h -> h.entry().passage().ordinal()).startsWith(2);
        assertThat(hits.get(0).coverage()).as("words only a known question has count a quarter").isLessThan(0.5);
    }

    @Test
    void anEnglishQuestionMeetsAKnownEnglishOneThroughTheGlossary() {
        QueryAnalyzer english = new QueryAnalyzer(analysis, Lexicon.empty(), Lexicon.parse(List.of(
                "turn up = dyka upp", "care home = boende", "unannounced = oanmäld"), "engelska"));
        PassageIndex knowing = PassageIndex.build(List.of(new LoadedDocument(RIKTLINJE, index.entries().stream()
                .map(PassageIndex.Entry::passage).toList())), analysis, new KnownQuestions(List.of(
                        new KnownQuestions.Answered("May I turn up unannounced at a care home?", "riktlinje",
                                "verksamhetsbesöken ska samordnas"))), english);

        List<PassageIndex.Hit> hits = knowing.search(english.analyze("Can I turn up at a care home?", knowing::hasTerm), 3);

        assertThat(hits).extracting(h -> h.entry().passage().ordinal()).startsWith(2);
        assertThat(hits.get(0).coverage()).isEqualTo(1.0);
    }

    @Test
    void aKnownQuestionAskedAgainPutsItsPassageFirst() {
        List<Passage> delegation = List.of(
                passage(0, "Delegation", "Ett beslut på delegation anmäls till nämnden vid nästa sammanträde."),
                passage(1, "Delegation", "Den som har delegation fattar beslut på nämndens vägnar, inte i eget namn."),
                passage(2, "Nämnden", "Nämnden sammanträder en gång i månaden."));
        PassageIndex unknowing = PassageIndex.build(List.of(new LoadedDocument(RIKTLINJE, delegation)), analysis);
        PassageIndex knowing = PassageIndex.build(List.of(new LoadedDocument(RIKTLINJE, delegation)), analysis,
                new KnownQuestions(List.of(new KnownQuestions.Answered("Vems är ett beslut på delegation?", "riktlinje",
                        "fattar beslut på nämndens vägnar"))), queries);
        String again = "Ett beslut på delegation, vems är det?";

        assertThat(unknowing.search(queries.analyze(again, unknowing::hasTerm), 3))
                .extracting(h -> h.entry().passage().ordinal()).startsWith(0);
        assertThat(knowing.search(queries.analyze(again, knowing::hasTerm), 3))
                .extracting(h -> h.entry().passage().ordinal()).startsWith(1);
        assertThat(knowing.search(queries.analyze("När anmäls ett beslut på delegation till nämnden?", knowing::hasTerm), 3))
                .as("a question with more than the known one is not it asked again")
                .extracting(h -> h.entry().passage().ordinal()).startsWith(0);
    }

    @Test
    void aPassageWithTheAskersOwnWordCoversMoreThanOneWithOnlyASynonym() {
        QueryAnalyzer withSynonym = new QueryAnalyzer(analysis,
                Lexicon.parse(List.of("noga = tydligt"), "synonymer"), Lexicon.empty());
        PassageIndex texts = PassageIndex.build(List.of(new LoadedDocument(RIKTLINJE, List.of(
                passage(0, "Beslut", "Beslutstexter ska formuleras tydligt."),
                passage(1, "Beslut", "Beslutstexter ska formuleras noga.")))), analysis);

        List<PassageIndex.Hit> hits = texts.search(withSynonym.analyze("Hur noga ska beslutstexter formuleras?", texts::hasTerm), 2);

        assertThat(hits).extracting(h -> h.entry().passage().ordinal()).containsExactly(1, 0);
        assertThat(hits.get(0).coverage()).isEqualTo(1.0);
        assertThat(hits.get(1).coverage()).as("said only by the lexicon's word").isLessThan(1.0).isGreaterThan(0.9);
    }

    private PassageIndex knowing(String knownQuestion) {
        return PassageIndex.build(List.of(new LoadedDocument(RIKTLINJE, index.entries().stream()
                .map(PassageIndex.Entry::passage).toList())), analysis, new KnownQuestions(List.of(
                        new KnownQuestions.Answered(knownQuestion, "riktlinje", "verksamhetsbesöken ska samordnas"))), queries);
    }

    @Test
    void aKnownQuestionStandsOnlyBesideThePassageOfItsOwnDocument() {
        PassageIndex knowing = PassageIndex.build(List.of(new LoadedDocument(RIKTLINJE, index.entries().stream()
                .map(PassageIndex.Entry::passage).toList())), analysis, new KnownQuestions(List.of(
                        new KnownQuestions.Answered("Får man dyka upp oanmäld?", "en-annan-riktlinje",
                                "verksamhetsbesöken ska samordnas"),
                        new KnownQuestions.Answered("Får man dyka upp oanmäld?", "riktlinje", "ord som ingen text har"))), queries);

        assertThat(knowing.search(queries.analyze("Kan jag dyka upp oanmäld?", knowing::hasTerm), 3)).isEmpty();
    }

    @Test
    void aPassageIsFoundByTheCompoundsPartsAlone() {
        List<PassageIndex.Hit> hits = index.search(queries.analyze("verksamhetsbesök"), 3);

        assertThat(hits).extracting(h -> h.entry().passage().ordinal()).containsExactly(2);
    }

    @Test
    void aCompoundThatCoordinationLeavesUnwrittenIsFound() {
        List<PassageIndex.Hit> hits = index.search(queries.analyze("ekonomifunktionen"), 3);

        assertThat(hits).extracting(h -> h.entry().passage().ordinal()).startsWith(7);
        assertThat(hits.get(0).coverage()).isEqualTo(1.0);
    }

    @Test
    void wordsTheDocumentsNeverUseLeaveCoverageLow() {
        List<PassageIndex.Hit> hits = index.search(queries.analyze("Hur mycket arvode får en nämndordförande?"), 3);

        assertThat(hits).allSatisfy(h -> assertThat(h.coverage()).isLessThan(0.5));
    }

    @Test
    void aPhraseWhoseWordsStandOnlyInDifferentPassagesWeighsAsAWordNoneHas() {
        QueryAnalyzer withPhrase = new QueryAnalyzer(analysis,
                Lexicon.parse(List.of("sociala medier = facebook"), "synonymer"), Lexicon.empty());

        List<PassageIndex.Hit> hits = index.search(withPhrase.analyze("Finns det en policy för sociala medier?", index::hasTerm), 3);

        assertThat(hits).extracting(h -> h.entry().passage().ordinal()).startsWith(9);
        assertThat(hits).allSatisfy(h -> assertThat(h.coverage()).isLessThan(0.5));
    }

    @Test
    void aPassageCutMidSentenceLosesATieToTheOneThatOpensItsSection() {
        PassageIndex upphandling = PassageIndex.build(List.of(new LoadedDocument(RIKTLINJE, List.of(
                passage(0, "Upphandling", "Upphandlingen är förvaltningens ansvar."),
                passage(1, "Upphandling", "ansvaret är förvaltningens, upphandlingen.")))), analysis);

        List<PassageIndex.Hit> hits = upphandling.search(queries.analyze("Vems ansvar är upphandlingen?"), 2);

        assertThat(hits).extracting(h -> h.entry().passage().ordinal()).containsExactly(0, 1);
    }

    @Test
    void aRuleForWhenSomebodyWishesItRanksFirstForAQuestionOfTheAskersWishWithoutCountingTowardsCoverage() {
        PassageIndex contacts = PassageIndex.build(List.of(new LoadedDocument(RIKTLINJE, List.of(
                passage(0, "Medborgare", "En boende ska i första hand tala med personalen och kontakta sin chef."),
                passage(1, "Förtroendevalda", "Kontakt med chefen ska tas om politikern önskar tala med personalen.")))),
                analysis);

        List<PassageIndex.Hit> wished = contacts.search(
                queries.analyze("Vem ska jag kontakta om jag vill tala med personalen?", contacts::hasTerm), 2);
        List<PassageIndex.Hit> asked = contacts.search(
                queries.analyze("Vem ska man kontakta för att tala med personalen?", contacts::hasTerm), 2);

        assertThat(wished).extracting(h -> h.entry().passage().ordinal()).containsExactly(1, 0);
        assertThat(wished).extracting(PassageIndex.Hit::coverage).containsOnly(1.0);
        assertThat(asked).extracting(PassageIndex.Hit::coverage).containsOnly(1.0);
    }

    @Test
    void aQuestionOfWhatToDoIsAnsweredByARuleBeforeAnAccountOfWhatWasDone() {
        PassageIndex visits = PassageIndex.build(List.of(new LoadedDocument(RIKTLINJE, List.of(
                passage(0, "Arbetssätt", "Besök i verksamheten har genomförts i kontakt med förvaltningschefen."),
                passage(1, "Kommunikation", "Besök i verksamheten ska ske i kontakt med förvaltningschefen.")))),
                analysis);

        List<PassageIndex.Hit> hits = visits.search(
                queries.analyze("Vem ska jag kontakta om besök i verksamheten, förvaltningschefen?", visits::hasTerm), 2);

        assertThat(hits).extracting(h -> h.entry().passage().ordinal()).containsExactly(1, 0);
        assertThat(hits.get(0).coverage()).isEqualTo(hits.get(1).coverage());
    }

    @Test
    void sinceAYearSaysHowLong() {
        assertThat(PassageIndex.answers(new PassageIndex.Entry(passage(0, "Bakgrund",
                "Stora delar av verksamheten är sedan 1992 organiserade i en beställarutförarmodell."), RIKTLINJE),
                Query.Asks.DURATION)).isTrue();
        assertThat(PassageIndex.answers(new PassageIndex.Entry(passage(0, "Bakgrund",
                "Sedan dess har verksamheten organiserats i en beställarutförarmodell."), RIKTLINJE),
                Query.Asks.DURATION)).isFalse();
    }

    @Test
    void inOrderToGivesAReasonButResponsibleForEnsuringDoesNot() {
        assertThat(List.of("För att få en mer kostnadseffektiv organisation har kommunstyrelsen beslutat om en översyn.",
                "Det krävs en gränsdragning dels för att undvika att politiska beslut fattas av tjänstepersoner."))
                .allSatisfy(text -> assertThat(PassageIndex.answers(new PassageIndex.Entry(passage(0, "Ansvar", text),
                        RIKTLINJE), Query.Asks.REASON)).as(text).isTrue());
        assertThat(PassageIndex.answers(new PassageIndex.Entry(passage(0, "Ansvar",
                "Förvaltningschefen ansvarar för att verksamheten bedrivs enligt målen."), RIKTLINJE),
                Query.Asks.REASON)).isFalse();
    }

    @Test
    void aFiguresLabelsRankBelowAPassageThatSaysTheSame() {
        String chart = "Tillfällig beredning Tillfällig beredning Kommunfullmäktige Tillfällig beredning Nämnd för Barn"
                + " och Utbildning Nämnd för Vård och omsorg Kommunstyrelse Sektor Vård och omsorg Sektor Barn Sektor"
                + " Vård och omsorg";
        assertThat(PassageIndex.isFigureText(chart)).isTrue();
        assertThat(List.of("", " ".repeat(50), "Sektor", "Sektor ".repeat(100_000) + "."))
                .as("empty, blank, short and huge texts").allSatisfy(text ->
                        assertThatCode(() -> PassageIndex.isFigureText(text)).doesNotThrowAnyException());
        assertThat(PassageIndex.isFigureText("Deltagare Ånge: Erik Lövgren (S) Ordf, Calle Svensson (KD), Birgitta"
                + " Bohlin (V), Jan Filipsson (S), Leif Edh (VF), Björn Magnusson (C)")).as("names, none repeated").isFalse();
        PassageIndex sectors = PassageIndex.build(List.of(new LoadedDocument(RIKTLINJE, List.of(
                passage(0, "Organisationsskiss", chart),
                passage(1, "Förvaltningen", "Vård och omsorg hamnar i en egen sektor i förvaltningen.")))),
                analysis);

        List<PassageIndex.Hit> hits = sectors.search(queries.analyze("Vilken sektor får vård och omsorg?", sectors::hasTerm), 2);

        assertThat(hits).extracting(h -> h.entry().passage().ordinal()).containsExactly(1, 0);
    }

    @Test
    void theHeadingCountsForThePassagesBelowIt() {
        List<PassageIndex.Hit> hits = index.search(queries.analyze("kontakt med media"), 1);

        assertThat(hits.get(0).entry().passage().ordinal()).isEqualTo(3);
    }

    @Test
    void aSectionHeadedWithWhatIsAskedRanksAboveAMentionInPassing() {
        List<PassageIndex.Hit> hits = index.search(queries.analyze("Vilka tre sektorer föreslås?"), 2);

        assertThat(hits).extracting(h -> h.entry().passage().ordinal()).containsExactly(6, 5);
    }

    @Test
    void theBodyOfAReportIsQuotedBeforeItsSummaryWhenItCoversMoreOfTheQuestion() {
        PassageIndex report = PassageIndex.build(List.of(new LoadedDocument(RIKTLINJE, List.of(
                passage(0, "1 Sammanfattning", "En förvaltning med tre sektorer föreslås."),
                passage(1, "4.3 Förvaltning › Tre sektorer", "Följande indelning föreslås för den nya"
                        + " organisationen: barn, utbildning, kultur och fritid; vård och omsorg med individ- och familjeomsorg;"
                        + " samhällsbyggnad med miljö, stadsbyggnad och hållbar utveckling."),
                passage(2, "4.4 Ledning", "Kommundirektören leder förvaltningen.")))), analysis);

        List<PassageIndex.Hit> hits = report.search(queries.analyze("Vilka tre sektorer föreslås i den nya förvaltningen?"), 2);

        assertThat(hits).extracting(h -> h.entry().passage().ordinal()).containsExactly(1, 0);
        assertThat(hits.get(0).coverage()).isGreaterThan(hits.get(1).coverage());
    }

    @Test
    void theBodyOfAReportIsQuotedBeforeItsSummaryWhenItsHeadingNamesWhatIsAsked() {
        PassageIndex report = PassageIndex.build(List.of(new LoadedDocument(RIKTLINJE, List.of(
                passage(0, "1 Sammanfattning", "Tre sektorer föreslås i förvaltningen."),
                passage(1, "4.3 Förvaltning › Tre sektorer", "Den nya förvaltningen föreslås få tre sektorer, var och en"
                        + " med en sektorschef, en egen budget och ett eget ansvar för sina verksamheter och sin personal."),
                passage(2, "4.4 Ledning", "Kommundirektören leder förvaltningen.")))), analysis);

        List<PassageIndex.Hit> hits = report.search(queries.analyze("Vilka tre sektorer föreslås för förvaltningen?"), 2);

        assertThat(hits.get(0).coverage()).as("both say all of it").isEqualTo(hits.get(1).coverage());
        assertThat(hits).extracting(h -> h.entry().passage().ordinal()).containsExactly(1, 0);
    }

    @Test
    void theBodyOfAReportIsQuotedBeforeItsSummaryWhenBothSayAllOfIt() {
        PassageIndex report = PassageIndex.build(List.of(new LoadedDocument(RIKTLINJE, List.of(
                passage(0, "1 Sammanfattning", "Fullmäktige beslutade i mars 2008 om en översyn av styrmodellen."),
                passage(1, "2 Projektet › 2.1 Bakgrund", "situationen i samhället. Med detta som bakgrund beslutade"
                        + " fullmäktige den 27 mars 2008 om en översyn av styrmodellen och organisationen."),
                passage(2, "4.4 Ledning", "Kommundirektören leder förvaltningen.")))), analysis);

        List<PassageIndex.Hit> hits = report.search(queries.analyze("När beslutade fullmäktige om översynen av styrmodellen?"), 2);

        assertThat(hits.get(0).coverage()).as("both say all of it").isEqualTo(hits.get(1).coverage());
        assertThat(hits).extracting(h -> h.entry().passage().ordinal()).containsExactly(1, 0);
    }

    @Test
    void aPassageThatSaysWhatIsAskedInOneSentenceRanksAboveOneThatScattersIt() {
        PassageIndex plans = PassageIndex.build(List.of(new LoadedDocument(RIKTLINJE, List.of(
                passage(0, "Planer", "Verksamhetsplanen beskriver sektorns arbete. Den antas efter dialog."),
                passage(1, "Planer", "Sektorsplanen är klar i maj och följs upp i oktober."
                        + " Verksamhetsplanen antas av sektorschefen i december.")))), analysis);

        List<PassageIndex.Hit> hits = plans.search(queries.analyze("Vem antar verksamhetsplanen?"), 2);

        assertThat(hits).extracting(h -> h.entry().passage().ordinal()).containsExactly(1, 0);
        assertThat(hits).extracting(PassageIndex.Hit::coverage).containsOnly(1.0);
    }

    @Test
    void aWhyQuestionIsAnsweredByThePassageThatGivesAReason() {
        PassageIndex guideline = PassageIndex.build(List.of(new LoadedDocument(RIKTLINJE, List.of(
                passage(0, "Inledning", "Riktlinjen gäller samarbetet mellan förtroendevalda och tjänstepersoner i hela"
                        + " kommunen."),
                passage(1, "Inledning", "Syftet med riktlinjen är ett gott samarbete mellan förtroendevalda och"
                        + " tjänstepersoner i kommunen.")))), analysis);

        List<PassageIndex.Hit> hits = guideline.search(queries.analyze("Varför har kommunen en riktlinje om samarbetet?"), 2);

        assertThat(hits).extracting(h -> h.entry().passage().ordinal()).containsExactly(1, 0);
    }

    @Test
    void aQuestionThatNamesAMunicipalityIsAnsweredFromItsDocumentsOnly() {
        DocumentInfo other = new DocumentInfo("annan", "annan.txt", "Riktlinje för kontakter", "Grannby kommun",
                "Riktlinje", "2020-01-01", "Kommunfullmäktige", "", "");
        PassageIndex twoPlaces = PassageIndex.build(List.of(
                new LoadedDocument(RIKTLINJE, List.of(passage(0, "Kontakter", "Förtroendevalda kontaktar förvaltningschefen."))),
                new LoadedDocument(other, List.of(new Passage("annan", 0, "Kontakter med media", 0,
                        "Förtroendevalda som kontaktar media ska informera förvaltningschefen om kontakten med media.")))),
                analysis);

        List<PassageIndex.Hit> anywhere = twoPlaces.search(queries.analyze("Hur kontaktar förtroendevalda media?"), 2);
        List<PassageIndex.Hit> inExempelkommun = twoPlaces.search(
                queries.analyze("Hur kontaktar förtroendevalda media i Exempelkommun?"), 2);

        assertThat(anywhere).extracting(h -> h.entry().document().id()).startsWith("annan");
        assertThat(inExempelkommun).extracting(h -> h.entry().document().id()).containsExactly("riktlinje");
    }

    @Test
    void aMunicipalityWrittenTwoWaysInTheCatalogueIsOnePlace() {
        DocumentInfo sameWrittenShort = new DocumentInfo("kort", "kort.txt", "Minnesanteckningar", "Exempelkommun kommun",
                "Anteckningar", "2021-01-01", "", "", "");
        PassageIndex onePlace = PassageIndex.build(List.of(
                new LoadedDocument(RIKTLINJE, List.of(passage(0, "Kontakter", "Förtroendevalda kontaktar förvaltningschefen."))),
                new LoadedDocument(sameWrittenShort, List.of(new Passage("kort", 0, "Media", 0,
                        "Förtroendevalda som kontaktar media informerar förvaltningschefen.")))),
                analysis);

        List<PassageIndex.Hit> hits = onePlace.search(queries.analyze("Hur kontaktar förtroendevalda media i Exempelkommun?"), 2);

        assertThat(hits).extracting(h -> h.entry().document().id()).containsExactlyInAnyOrder("kort", "riktlinje");
    }

    private static Passage passage(int ordinal, String section, String text) {
        return new Passage("riktlinje", ordinal, section, 0, text);
    }
}
