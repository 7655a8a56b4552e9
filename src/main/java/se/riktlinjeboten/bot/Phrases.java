package se.riktlinjeboten.bot;

import se.riktlinjeboten.search.Language;

/** Everything the bot says in its own words, in the user's language. Quotes stay in Swedish. */
record Phrases(
        String answerIntro,
        String quotedInSwedish,
        String notFound,
        String suggestions,
        String welcome,
        String helpIntro,
        String exampleQuestionsTitle,
        String documentsTitle,
        String about,
        String emptyQuestion,
        String somethingWentWrong,
        String questionTooLong,
        String slowDown,
        String wasItHelpful,
        String helpful,
        String notHelpful,
        String commentPrompt,
        String send,
        String thanks,
        String more,
        String noMore,
        String privateHint,
        String sentPrivately,
        String privateFailed,
        String sourceLabel,
        String sectionLabel,
        String pageLabel,
        String decidedByLabel) {

    static final Phrases SWEDISH = new Phrases(
            "Det här står i dokumenten:",
            "",
            "Jag hittar inget i dokumenten som besvarar den frågan.",
            "Pröva att ställa frågan med andra ord, gärna med ord som dokumenten använder "
                    + "(till exempel förtroendevald, förvaltningschef, delegation, nämnd). "
                    + "Skriv **hjälp** för exempel och **källor** för att se vilka dokument jag svarar ur.",
            "Hej! Jag är Riktlinjeboten. Ställ en fråga om hur politiker och tjänstepersoner arbetar "
                    + "tillsammans, så citerar jag det stycke i kommunens dokument som svarar på den, med källa.",
            "Ställ en fråga med egna ord, på svenska eller engelska. Jag svarar med det stycke ur "
                    + "dokumenten som besvarar frågan, ordagrant och med källa.",
            "Exempel på frågor",
            "Dokument jag svarar ur",
            "Riktlinjeboten citerar kommunens riktlinjer, överenskommelser och rapporter ordagrant, med "
                    + "dokument, kommun, avsnitt och sida, så att du kan kontrollera svaret. Den svarar bara "
                    + "med det som står i dokumenten och säger till när dokumenten inte besvarar frågan.",
            "Skriv din fråga, så letar jag upp svaret i dokumenten. Skriv **hjälp** för exempel.",
            "Något gick fel när jag skulle svara. Försök gärna igen om en stund.",
            "Frågan är för lång för mig (högst %d tecken). Skriv den gärna kortare, med det viktigaste först.",
            "Du har ställt många frågor på kort tid. Vänta en minut, så svarar jag igen.",
            "Var svaret till hjälp?",
            "👍 Bra svar",
            "👎 Inte till hjälp",
            "Vad saknades? (frivilligt)",
            "Skicka",
            "Tack för din återkoppling! Den hjälper oss att förbättra svaren.",
            "Visa fler",
            "Det finns inga fler stycken i dokumenten som svarar på frågan.",
            "I en kanal, en gruppchatt eller ett möte: skriv **privat** före frågan, så får du svaret "
                    + "i en egen chatt med mig i stället för i samtalet.",
            "Jag har skickat svaret till dig i en privat chatt.",
            "Jag kunde inte skicka svaret till dig privat. Öppna en chatt med Riktlinjeboten och ställ frågan där.",
            "Källa",
            "avsnitt",
            "s.",
            "beslutad av");

    static final Phrases ENGLISH = new Phrases(
            "This is what the documents say:",
            "(The documents are in Swedish; the quotes are given as written.)",
            "I can't find anything in the documents that answers that question.",
            "Try asking in other words, perhaps with terms the documents use "
                    + "(for example elected representative, head of administration, delegation, committee). "
                    + "Type **help** for examples and **sources** to see which documents I answer from.",
            "Hi! I'm Riktlinjeboten. Ask about how politicians and officials work together, and I will "
                    + "quote the passage of the municipality's documents that answers it, with its source.",
            "Ask in your own words, in Swedish or English. I answer with the passage of the documents "
                    + "that answers your question, word for word and with its source.",
            "Example questions",
            "Documents I answer from",
            "Riktlinjeboten quotes the municipality's guidelines, agreements and reports word for word, "
                    + "with document, municipality, section and page, so you can check the answer. It only "
                    + "answers with what the documents say, and tells you when they do not cover a question.",
            "Type your question and I will look up the answer in the documents. Type **help** for examples.",
            "Something went wrong while I was answering. Please try again in a moment.",
            "Your question is too long for me (at most %d characters). Please shorten it, main point first.",
            "You have asked many questions in a short time. Please wait a minute and I will answer again.",
            "Was this answer helpful?",
            "👍 Helpful",
            "👎 Not helpful",
            "What was missing? (optional)",
            "Send",
            "Thank you for your feedback! It helps us improve the answers.",
            "More results",
            "There are no more passages in the documents that answer the question.",
            "In a channel, group chat or meeting: start your question with **private** to get the answer "
                    + "in a chat of your own with me instead of in the conversation.",
            "I have sent you the answer in a private chat.",
            "I couldn't send you the answer privately. Open a chat with Riktlinjeboten and ask there.",
            "Source",
            "section",
            "p.",
            "decided by");

    static Phrases of(Language language) {
        return language == Language.ENGLISH ? ENGLISH : SWEDISH;
    }
}
