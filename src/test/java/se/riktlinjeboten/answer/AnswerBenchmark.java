package se.riktlinjeboten.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.riktlinjeboten.document.DocumentLibrary;
import se.riktlinjeboten.document.LoadedDocument;
import se.riktlinjeboten.search.Analysis;
import se.riktlinjeboten.search.CurrentIndex;
import se.riktlinjeboten.search.KnownQuestions;
import se.riktlinjeboten.search.Lexicons;
import se.riktlinjeboten.search.PassageIndex;
import se.riktlinjeboten.search.QueryAnalyzer;

/**
 * The time to answer one question, from its text to the chosen quotes, on the served documents
 * and on a synthetic corpus of 100,000 passages, in a JVM limited to 512 MB of heap. The
 * questions are the project's own evaluation set, Swedish and English, in turn.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Dfile.encoding=UTF-8"})
public class AnswerBenchmark {

    private static final Path DOCUMENTS = Path.of("index-data/documents");
    private static final Path LEXICON = Path.of("index-data/lexicon");
    private static final Path QUESTIONS = Path.of("index-data/questions/fragor.jsonl");

    /** "served": the documents in index-data; a number: that many synthetic passages. */
    @Param({"served", "100000"})
    public String corpus;

    private AnswerService answers;
    private PassageIndex index;
    private List<String> questions;
    private int next;

    @Setup
    public void setUp() throws IOException {
        Analysis analysis = new Analysis();
        List<LoadedDocument> served = new DocumentLibrary().load(DOCUMENTS).documents();
        List<LoadedDocument> documents = corpus.equals("served")
                ? served
                : SyntheticCorpus.generate(served, Integer.parseInt(corpus), 20261125L);
        QueryAnalyzer queries = Lexicons.read(LEXICON).analyzer(analysis);
        // As served: the known questions stand beside their passages, and are what is asked.
        index = PassageIndex.build(documents, analysis, KnownQuestions.read(QUESTIONS.getParent()), queries);
        answers = new AnswerService(new CurrentIndex(index), queries, analysis, new AnswerSettings(0.5, 3, 0.8, 0.4));
        ObjectMapper json = new ObjectMapper();
        questions = Files.readAllLines(QUESTIONS).stream()
                .filter(line -> !line.isBlank())
                .map(line -> readQuestion(json, line))
                .toList();
        System.out.printf("%n%s: %d passages, %d questions, heap used after indexing %d MB%n", corpus,
                index.passageCount(), questions.size(), usedHeapMegabytes());
    }

    @Benchmark
    public Answer answer() {
        String question = questions.get(next);
        next = (next + 1) % questions.size();
        return answers.answer(question);
    }

    @TearDown
    public void tearDown() throws IOException {
        System.out.printf("%n%s: heap used after the run %d MB%n", corpus, usedHeapMegabytes());
        index.close();
    }

    private static String readQuestion(ObjectMapper json, String line) {
        try {
            return json.readTree(line).path("question").asText();
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a question: " + line, e);
        }
    }

    private static long usedHeapMegabytes() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }
}
