package se.riktlinjeboten.bot;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.riktlinjeboten.search.Language;

/** The bot's commands, in Swedish and English, routed through one explicit table. */
enum Command {
    HELP,
    SOURCES,
    ABOUT;

    /** A command as typed, with the language its word belongs to. */
    record Typed(Command command, Language language) {
    }

    private static final Map<String, Typed> TABLE = Map.of(
            "hjälp", new Typed(HELP, Language.SWEDISH),
            "help", new Typed(HELP, Language.ENGLISH),
            "källor", new Typed(SOURCES, Language.SWEDISH),
            "sources", new Typed(SOURCES, Language.ENGLISH),
            "om", new Typed(ABOUT, Language.SWEDISH),
            "about", new Typed(ABOUT, Language.ENGLISH));

    /** The command a message is, if it is nothing but a command word (any case, optional slash or punctuation). */
    static Optional<Typed> parse(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT).replaceAll("^/+", "").replaceAll("[.!?]+$", "");
        return Optional.ofNullable(TABLE.get(word));
    }
}
