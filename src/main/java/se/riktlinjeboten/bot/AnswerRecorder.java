package se.riktlinjeboten.bot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.riktlinjeboten.answer.Answer;
import se.riktlinjeboten.answer.Quote;

/**
 * Metrics and a log line for every answer, without the question: politicians' questions can be
 * sensitive. The text of questions is logged only on the {@value #QUESTIONS_LOGGER} logger at
 * DEBUG, switched on for troubleshooting.
 */
@Component
class AnswerRecorder {

    static final String QUESTIONS_LOGGER = "se.riktlinjeboten.questions";

    private static final Logger log = LoggerFactory.getLogger(AnswerRecorder.class);
    private static final Logger questions = LoggerFactory.getLogger(QUESTIONS_LOGGER);

    private final Timer answered;
    private final Timer abstained;
    private final Counter errors;
    private final Counter limited;

    AnswerRecorder(MeterRegistry registry) {
        this.answered = answerTimer(registry, "answered");
        this.abstained = answerTimer(registry, "abstained");
        this.errors = Counter.builder("riktlinjebot.errors")
                .description("Activities that failed while being handled").register(registry);
        this.limited = Counter.builder("riktlinjebot.rate.limited")
                .description("Questions turned away by the per-user rate limit").register(registry);
    }

    private static Timer answerTimer(MeterRegistry registry, String outcome) {
        return Timer.builder("riktlinjebot.answers")
                .description("Time to choose the quotes for a question")
                .tag("outcome", outcome)
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
    }

    void answer(String question, Answer answer, Duration took) {
        (answer.found() ? answered : abstained).record(took);
        log.atInfo()
                .addKeyValue("language", answer.language())
                .addKeyValue("found", answer.found())
                .addKeyValue("confidence", answer.found() ? Math.round(answer.quotes().get(0).confidence() * 100) / 100.0 : 0)
                .addKeyValue("documents", answer.quotes().stream().map(q -> q.document().id()).distinct()
                        .collect(Collectors.joining(",")))
                .addKeyValue("ms", took.toMillis())
                .log(answer.found() ? "Besvarade en fråga" : "Dokumenten besvarade inte en fråga");
        questions.debug("Fråga: {} -> {}", question,
                answer.quotes().stream().map(Quote::answeringSentence).collect(Collectors.joining(" | ")));
    }

    void rateLimited() {
        limited.increment();
    }

    void error() {
        errors.increment();
    }
}
