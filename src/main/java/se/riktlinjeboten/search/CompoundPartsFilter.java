package se.riktlinjeboten.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Adds the parts of each compound at the compound's own position, keeping the compound too. */
final class CompoundPartsFilter extends TokenFilter {

    private final Compounds compounds;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State compoundState;

    CompoundPartsFilter(TokenStream input, Compounds compounds) {
        super(input);
        this.compounds = compounds;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(compoundState);
            term.setEmpty().append(pending.removeFirst());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        List<String> parts = compounds.split(term.toString());
        if (!parts.isEmpty()) {
            pending.addAll(parts);
            compoundState = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        compoundState = null;
    }
}
