package se.riktlinjeboten.document;

import java.io.IOException;
import java.nio.file.Path;

/** Takes the text and structure out of one kind of document file. */
interface DocumentReader {

    SourceText read(Path file) throws IOException, UnreadableDocumentException;
}
