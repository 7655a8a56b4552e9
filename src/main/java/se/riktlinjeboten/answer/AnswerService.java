package se.riktlinjeboten.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import se.riktlinjeboten.document.Sentences;
import se.riktlinjeboten.search.Analysis;
import se.riktlinjeboten.search.CurrentIndex;
import se.riktlinjeboten.search.PassageIndex;
import se.riktlinjeboten.search.PassageIndex.Hit;
import se.riktlinjeboten.search.Query;
import se.riktlinjeboten.search.QueryAnalyzer;

/** Answers a question with the passages that answer it, or with nothing when none does. */
@Service
public class AnswerService {

    private static final int CANDIDATES = 10;

    private final CurrentIndex index;
    private final QueryAnalyzer queryAnalyzer;
    private final Analysis analysis;
    private final AnswerSettings settings;

    AnswerService(CurrentIndex index, QueryAnalyzer queryAnalyzer, Analysis analysis, AnswerSettings settings) {
        this.index = index;
        this.queryAnalyzer = queryAnalyzer;
        this.analysis = analysis;
        this.settings = settings;
    }

    public Answer answer(String question) {
        Query query = queryAnalyzer.analyze(question);
        PassageIndex current = index.get();
        List<Hit> hits = current.search(query, CANDIDATES);
        if (hits.isEmpty() || hits.get(0).coverage() < settings.minConfidence()) {
            return new Answer(query.language(), List.of());
        }
        Set<String> queryTerms = queryTerms(query);
        List<Quote> quotes = new ArrayList<>();
        Hit first = hits.get(0);
        for (Hit hit : hits) {
            if (quotes.size() == settings.maxQuotes()) {
                break;
            }
            boolean strongEnough = hit.coverage() >= settings.minConfidence()
                    && hit.coverage() >= first.coverage() * settings.followUpRatio();
            if (hit == first || (strongEnough && addsSomething(hit, quotes))) {
                quotes.add(new Quote(hit.entry().passage(), hit.entry().document(),
                        answeringSentence(hit.entry().passage().text(), queryTerms), hit.coverage()));
            }
        }
        return new Answer(query.language(), quotes);
    }

    /**
     * Every passage that answers the question well enough to quote, best first: what a search
     * from Teams' message box lists, where the user picks the quote to share.
     */
    public List<Quote> search(String question, int limit) {
        Query query = queryAnalyzer.analyze(question);
        Set<String> queryTerms = queryTerms(query);
        List<Quote> quotes = new ArrayList<>();
        for (Hit hit : index.get().search(query, limit)) {
            if (hit.coverage() >= settings.minConfidence() && addsSomething(hit, quotes)) {
                quotes.add(new Quote(hit.entry().passage(), hit.entry().document(),
                        answeringSentence(hit.entry().passage().text(), queryTerms), hit.coverage()));
            }
        }
        return quotes;
    }

    /** A further passage must say something the earlier ones do not: another passage, other words. */
    private boolean addsSomething(Hit hit, List<Quote> quotes) {
        String text = hit.entry().passage().text();
        return quotes.stream().noneMatch(q -> q.passage().text().contains(text) || text.contains(q.passage().text()));
    }

    private static Set<String> queryTerms(Query query) {
        Set<String> terms = new HashSet<>();
        query.concepts().forEach(c -> c.alternatives().forEach(a -> terms.addAll(a.terms())));
        return terms;
    }

    /** The sentence sharing the most of the question's terms; the first such on a tie. */
    private String answeringSentence(String passage, Set<String> queryTerms) {
        String best = null;
        long bestCount = -1;
        for (String sentence : Sentences.split(passage)) {
            long count = new HashSet<>(analysis.terms(sentence)).stream().filter(queryTerms::contains).count();
            if (count > bestCount) {
                best = sentence;
                bestCount = count;
            }
        }
        return best == null ? passage : best;
    }
}
