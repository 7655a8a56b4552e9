package se.riktlinjeboten.document;

import java.util.List;
import java.util.Objects;

/**
 * What a reader took out of a document file, before it is cut into passages: the document's own
 * title when its metadata has one, and its text as blocks in reading order.
 *
 * @param title the title from the file's metadata, or empty
 */
public record SourceText(String title, List<Block> blocks) {

    /**
     * A paragraph, list or heading as the file marks it.
     *
     * @param page the page the block is on, or 0 when the format has no fixed pages
     * @param heading true when the file itself marks the block as a heading (a Word heading
     *     style, an HTML {@code h1}–{@code h6}); false leaves the decision to the text's shape
     */
    public record Block(int page, String text, boolean heading) {

        public Block {
            Objects.requireNonNull(text, "text");
        }

        public static Block text(int page, String text) {
            return new Block(page, text, false);
        }

        public static Block heading(int page, String text) {
            return new Block(page, text, true);
        }
    }

    public SourceText {
        title = Objects.requireNonNullElse(title, "").strip();
        blocks = List.copyOf(blocks);
    }

    public boolean hasText() {
        return blocks.stream().anyMatch(b -> !b.text().isBlank());
    }
}
