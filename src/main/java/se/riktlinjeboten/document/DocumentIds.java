package se.riktlinjeboten.document;

/** A document's id is its file name without the extension, as the evaluation names it. */
final class DocumentIds {

    private DocumentIds() {
    }

    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
