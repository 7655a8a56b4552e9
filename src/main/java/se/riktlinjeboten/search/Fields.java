package se.riktlinjeboten.search;

/** Names of the Lucene fields a passage is indexed under. */
final class Fields {

    /** The passage's own words. */
    static final String TEXT = "text";
    /** The questions people asked that the passage is known to answer. */
    static final String ASKED = "asked";
    /** The heading of the section the passage stands under. */
    static final String HEADING = "heading";
    /** The title of the document. */
    static final String TITLE = "title";
    /** The municipality the document is about, as written in its catalogue entry (not analysed). */
    static final String MUNICIPALITY = "municipality";
    /** Position of the passage in the index's passage list (stored only). */
    static final String KEY = "key";

    private Fields() {
    }
}
