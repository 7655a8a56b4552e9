package se.riktlinjeboten.search;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar riktlinjebot.jar search "fråga"}: shows an administrator how a question is
 * understood and which passages rank highest, with their scores and sources.
 */
@Component
public class SearchCommand {

    private static final int SHOWN = 8;

    private final CurrentIndex index;
    private final QueryAnalyzer queryAnalyzer;

    SearchCommand(CurrentIndex index, QueryAnalyzer queryAnalyzer) {
        this.index = index;
        this.queryAnalyzer = queryAnalyzer;
    }

    public void run(String question, PrintStream out) {
        PassageIndex current = index.get();
        Query query = queryAnalyzer.analyze(question, current::hasTerm);
        out.printf("Fråga: %s%nSpråk: %s, frågar efter: %s%nBegrepp:%n", question, query.language(), query.asks());
        for (Query.Concept concept : query.concepts()) {
            out.printf("  %s -> %s%n", concept.asked(), concept.alternatives().stream()
                    .map(a -> String.join(a.phrase() ? " " : "+", a.terms()) + "^" + a.weight())
                    .collect(Collectors.joining(", ")));
        }
        List<PassageIndex.Hit> hits = current.search(query, SHOWN);
        if (hits.isEmpty()) {
            out.println("Inga träffar.");
        }
        int n = 1;
        for (PassageIndex.Hit hit : hits) {
            var passage = hit.entry().passage();
            out.printf(Locale.ROOT, "%n%d. täckning %.2f, poäng %.2f  %s | %s%s%n   %s%n", n++, hit.coverage(),
                    hit.score(), hit.entry().document().title(), passage.section(),
                    passage.hasPage() ? " | s. " + passage.page() : "",
                    abbreviate(passage.text().replace('\n', ' ')));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 220 ? text : text.substring(0, 220) + " …";
    }
}
