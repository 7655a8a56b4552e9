package se.riktlinjeboten.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.riktlinjeboten.document.DocumentLibrary;
import se.riktlinjeboten.document.LoadedDocument;
import se.riktlinjeboten.search.Analysis;
import se.riktlinjeboten.search.CurrentIndex;
import se.riktlinjeboten.search.KnownQuestions;
import se.riktlinjeboten.search.Lexicons;
import se.riktlinjeboten.search.PassageIndex;
import se.riktlinjeboten.search.QueryAnalyzer;

/**
 * Answer quality on the project's own question set (index-data/questions/fragor.jsonl) against
 * the served documents, lexicon and glossary. The set is also what the bot serves as known
 * questions, so each half is answered with the other half known: a question is never answered
 * with itself beside its passage. The halves are the file's first and second half, since a
 * Swedish question and its English twin, or a batch's questions on one fact, stand together.
 * The figures must stay where expected-scores.properties says, within its tolerance, in both
 * directions: a drop is a regression, a rise is an improvement that must be recorded there
 * (with a line in docs/eval-log.md saying why it moved).
 */
class AnswerQualityTest {

    private static final Path DOCUMENTS = Path.of("index-data/documents");
    private static final Path LEXICON = Path.of("index-data/lexicon");
    private static final Path QUESTIONS = Path.of("index-data/questions/fragor.jsonl");

    record Question(String id, String text, boolean answerable, List<Expected> expected) {
    }

    record Expected(String doc, String quote) {
    }

    record Scores(double top1, double mrrAt3, double abstention, double falseAbstention, List<String> misses) {
    }

    /** What a set of questions got, counted: halves add up. */
    record Counts(int answerable, int outOfScope, int top1, double reciprocalRanks, int abstained, int falselyAbstained,
            List<String> misses) {

        Counts plus(Counts other) {
            List<String> both = new ArrayList<>(misses);
            both.addAll(other.misses);
            return new Counts(answerable + other.answerable, outOfScope + other.outOfScope, top1 + other.top1,
                    reciprocalRanks + other.reciprocalRanks, abstained + other.abstained,
                    falselyAbstained + other.falselyAbstained, both);
        }

        Scores scores() {
            return new Scores((double) top1 / answerable, reciprocalRanks / answerable,
                    outOfScope == 0 ? 1 : (double) abstained / outOfScope, (double) falselyAbstained / answerable, misses);
        }
    }

    private static Scores scores;

    @BeforeAll
    static void answerEveryQuestion() throws IOException {
        Analysis analysis = new Analysis();
        List<LoadedDocument> documents = new DocumentLibrary().load(DOCUMENTS).documents();
        QueryAnalyzer queries = Lexicons.read(LEXICON).analyzer(analysis);
        List<Question> questions = questions();
        List<Question> first = questions.subList(0, questions.size() / 2);
        List<Question> second = questions.subList(questions.size() / 2, questions.size());
        scores = answeredKnowing(second, first, documents, analysis, queries)
                .plus(answeredKnowing(first, second, documents, analysis, queries))
                .scores();
        scores.misses().forEach(System.out::println);
        System.out.printf(Locale.ROOT, "answer quality: top1 %.3f, mrr@3 %.3f, abstention %.3f, false abstention %.3f%n",
                scores.top1(), scores.mrrAt3(), scores.abstention(), scores.falseAbstention());
    }

    @Test
    void figuresStayWhereTheyWereRecorded() throws IOException {
        Properties expected = new Properties();
        try (InputStream in = AnswerQualityTest.class.getResourceAsStream("/eval/expected-scores.properties")) {
            expected.load(in);
        }
        double tolerance = Double.parseDouble(expected.getProperty("tolerance"));
        assertThat(scores.top1()).as("top1").isCloseTo(value(expected, "top1"), within(tolerance));
        assertThat(scores.mrrAt3()).as("mrr@3").isCloseTo(value(expected, "mrr3"), within(tolerance));
        assertThat(scores.abstention()).as("abstention").isCloseTo(value(expected, "abstention"), within(tolerance));
        assertThat(scores.falseAbstention()).as("false abstention")
                .isCloseTo(value(expected, "false-abstention"), within(tolerance));
    }

    private static double value(Properties properties, String key) {
        return Double.parseDouble(properties.getProperty(key));
    }

    private static AnswerSettings defaults() throws IOException {
        Properties application = new Properties();
        try (InputStream in = AnswerQualityTest.class.getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        return new AnswerSettings(
                Double.parseDouble(application.getProperty("riktlinjebot.answer.min-confidence")),
                Integer.parseInt(application.getProperty("riktlinjebot.answer.max-quotes")),
                Double.parseDouble(application.getProperty("riktlinjebot.answer.follow-up-ratio")),
                Double.parseDouble(application.getProperty("riktlinjebot.answer.long-question-confidence")));
    }

    /** The questions answered with the known ones beside their passages. */
    private static Counts answeredKnowing(List<Question> known, List<Question> asked, List<LoadedDocument> documents,
            Analysis analysis, QueryAnalyzer queries) throws IOException {
        List<KnownQuestions.Answered> answered = new ArrayList<>();
        known.forEach(q -> q.expected().forEach(e -> answered.add(new KnownQuestions.Answered(q.text(), e.doc(), e.quote()))));
        List<String> unanswered = known.stream().filter(q -> q.expected().isEmpty()).map(Question::text).toList();
        try (PassageIndex index = PassageIndex.build(documents, analysis, new KnownQuestions(answered, unanswered), queries)) {
            return score(asked, new AnswerService(new CurrentIndex(index), queries, analysis, defaults()), index, queries);
        }
    }

    static Counts score(List<Question> questions, AnswerService answers, PassageIndex index, QueryAnalyzer queries) {
        int answerable = 0;
        int outOfScope = 0;
        int top1 = 0;
        double reciprocalRanks = 0;
        int abstained = 0;
        int falselyAbstained = 0;
        List<String> misses = new ArrayList<>();
        for (Question question : questions) {
            Answer answer = answers.answer(question.text());
            if (!question.answerable()) {
                outOfScope++;
                if (!answer.found()) {
                    abstained++;
                } else {
                    misses.add("QUOTED   " + question.id() + " " + question.text());
                }
                continue;
            }
            answerable++;
            if (!answer.found()) {
                falselyAbstained++;
            }
            if (answer.found() && answers(question, answer.quotes().get(0).passage().text())) {
                top1++;
            } else {
                misses.add((answer.found() ? "WRONG    " : "ABSTAINED") + " " + question.id() + " " + question.text());
            }
            List<PassageIndex.Hit> ranked = index.search(queries.analyze(question.text(), index::hasTerm), 3);
            for (int rank = 0; rank < ranked.size(); rank++) {
                if (answers(question, ranked.get(rank).entry().passage().text())) {
                    reciprocalRanks += 1.0 / (rank + 1);
                    break;
                }
            }
        }
        return new Counts(answerable, outOfScope, top1, reciprocalRanks, abstained, falselyAbstained, misses);
    }

    private static boolean answers(Question question, String passage) {
        String folded = fold(passage);
        return question.expected().stream().anyMatch(e -> folded.contains(fold(e.quote())));
    }

    /** As the evaluation harness compares text: case, punctuation and spacing folded away. */
    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\u00AD", "").replaceAll("[\\W_]+", " ").strip();
    }

    static List<Question> questions() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Question> questions = new ArrayList<>();
        for (String line : Files.readAllLines(QUESTIONS, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            List<Expected> expected = new ArrayList<>();
            node.path("expect").forEach(e -> expected.add(new Expected(e.path("doc").asText(), e.path("quote").asText())));
            questions.add(new Question(node.path("id").asText(), node.path("question").asText(),
                    node.path("answerable").asBoolean(true), expected));
        }
        assertThat(Files.isDirectory(DOCUMENTS)).as("documents folder").isTrue();
        return questions;
    }
}
