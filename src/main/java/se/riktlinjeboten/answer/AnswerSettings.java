package se.riktlinjeboten.answer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How answers are chosen.
 *
 * @param minConfidence the share of a question's weight a passage must cover to be quoted
 * @param maxQuotes at most this many passages in one answer
 * @param followUpRatio a further passage is shown only if it ranks at least this close to the first
 * @param longQuestionConfidence what {@code minConfidence} falls to for a long question, evenly
 *        from five concepts to nine: a long question also says who asks and why, which no
 *        passage repeats
 */
@ConfigurationProperties("riktlinjebot.answer")
public record AnswerSettings(
        @DefaultValue("0.5") double minConfidence,
        @DefaultValue("3") int maxQuotes,
        @DefaultValue("0.8") double followUpRatio,
        @DefaultValue("0.4") double longQuestionConfidence) {
}
