package se.riktlinjeboten.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Questions people have asked, each with the passages that answer it: the words users ask in
 * ("Kan jag bara dyka upp på ett boende …?"), which the documents never use, stand beside the
 * passage they were answered by ("… verksamhetsbesöken ska samordnas med …"), so that the next
 * question in those words finds it. One JSON object a line, in files ending in .jsonl:
 * {@code {"question": "…", "expect": [{"doc": "<document id>", "quote": "<words of the passage>"}]}};
 * a question without an expected quote is one the documents do not answer, and a question asked
 * again in its words is not answered either.
 */
public final class KnownQuestions {

    private static final Logger log = LoggerFactory.getLogger(KnownQuestions.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NOT_A_WORD = Pattern.compile("[\\W_]+", Pattern.UNICODE_CHARACTER_CLASS);

    /** A question and one passage that answers it, by its document's id and some of its words. */
    public record Answered(String question, String documentId, String quote) {
    }

    private final List<Answered> answered;
    private final List<String> unanswered;

    public KnownQuestions(List<Answered> answered) {
        this(answered, List.of());
    }

    public KnownQuestions(List<Answered> answered, List<String> unanswered) {
        this.answered = List.copyOf(answered);
        this.unanswered = List.copyOf(unanswered);
    }

    public static KnownQuestions none() {
        return new KnownQuestions(List.of());
    }

    public List<Answered> answered() {
        return answered;
    }

    /** The questions the documents are known not to answer. */
    public List<String> unanswered() {
        return unanswered;
    }

    /**
     * Reads the folder's .jsonl files; a missing folder knows no question, a file that cannot be
     * read (not UTF-8, no permission) and a line that is no such object are skipped: the bot
     * answers from its documents without them.
     */
    public static KnownQuestions read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return none();
        }
        KnownQuestions known = none();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                try {
                    known = known.and(parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString()));
                } catch (IOException e) {
                    log.warn("{} kan inte läsas (är den UTF-8?) och hoppades över: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Frågemappen " + folder + " kan inte läsas", e);
        }
        return known;
    }

    private KnownQuestions and(KnownQuestions more) {
        List<Answered> allAnswered = new ArrayList<>(answered);
        allAnswered.addAll(more.answered);
        List<String> allUnanswered = new ArrayList<>(unanswered);
        allUnanswered.addAll(more.unanswered);
        return new KnownQuestions(allAnswered, allUnanswered);
    }

    static KnownQuestions parse(List<String> lines, String source) {
        List<Answered> answered = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        int skipped = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                String question = node.path("question").asText("");
                if (question.isBlank()) {
                    skipped++;
                    continue;
                }
                if (node.path("expect").isEmpty()) {
                    unanswered.add(question);
                }
                for (JsonNode expected : node.path("expect")) {
                    String quote = expected.path("quote").asText("");
                    if (!fold(quote).isEmpty()) {
                        answered.add(new Answered(question, expected.path("doc").asText(""), quote));
                    }
                }
            } catch (IOException e) {
                skipped++;
            }
        }
        if (skipped > 0) {
            log.warn("{}: {} rader är inga frågor och hoppades över", source, skipped);
        }
        return new KnownQuestions(answered, unanswered);
    }

    /** Text as a quote is compared with a passage: case, punctuation and spacing folded away. */
    static String fold(String text) {
        return NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT).replace("\u00AD", "")).replaceAll(" ").strip();
    }
}
