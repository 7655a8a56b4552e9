package se.riktlinjeboten.answer;

import java.util.List;
import se.riktlinjeboten.search.Language;

/** What the bot answers a question with: quotes, best first, or none when the documents do not cover it. */
public record Answer(Language language, List<Quote> quotes) {

    public Answer {
        quotes = List.copyOf(quotes);
    }

    public boolean found() {
        return !quotes.isEmpty();
    }
}
