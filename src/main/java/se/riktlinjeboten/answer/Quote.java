package se.riktlinjeboten.answer;

import se.riktlinjeboten.document.DocumentInfo;
import se.riktlinjeboten.document.Passage;

/**
 * A passage given as (part of) an answer. {@code answeringSentence} is the sentence of the
 * passage that best answers the question, exactly as it stands in {@code passage.text()}.
 */
public record Quote(Passage passage, DocumentInfo document, String answeringSentence, double confidence) {
}
