package se.riktlinjeboten.search;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import se.riktlinjeboten.document.DocumentLibrary;
import se.riktlinjeboten.document.LoadedDocument;

/**
 * {@code java -jar riktlinjebot.jar index [--documents DIR]}: reads and indexes every document
 * with a line of progress per document, then a summary. The exit code tells a script how it went.
 */
public final class IndexCommand {

    public static final int ALL_INDEXED = 0;
    public static final int FATAL = 1;
    public static final int SOME_FAILED = 2;

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final DocumentLibrary library;
    private final Analysis analysis;

    public IndexCommand(DocumentLibrary library, Analysis analysis) {
        this.library = library;
        this.analysis = analysis;
    }

    public int run(Path folder, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        DocumentLibrary.Contents contents;
        try {
            out.printf("Indexerar %s%n", folder.toAbsolutePath());
            contents = library.load(folder, new Progress(out));
            try (PassageIndex index = PassageIndex.build(contents.documents(), analysis)) {
                out.printf(SWEDISH, "%nKlart på %.1f s: %d av %d dokument indexerade, %d sidor, %d avsnitt.%n",
                        (System.nanoTime() - started) / 1e9, contents.documents().size(),
                        contents.documents().size() + contents.problems().size(), contents.pages(),
                        index.passageCount());
            }
        } catch (Exception e) {
            err.printf("Indexeringen misslyckades: %s%n", e.getMessage());
            return FATAL;
        }
        if (contents.documents().isEmpty() && contents.problems().isEmpty()) {
            err.printf("Mappen innehåller inga dokument (.pdf, .docx, .html, .htm, .txt, .md).%n");
            return FATAL;
        }
        if (!contents.problems().isEmpty()) {
            err.printf("%d dokument kunde inte läsas:%n", contents.problems().size());
            contents.problems().forEach(p -> err.printf("  %s: %s%n", p.file(), p.message()));
            return SOME_FAILED;
        }
        return ALL_INDEXED;
    }

    private record Progress(PrintStream out) implements DocumentLibrary.Listener {

        @Override
        public void reading(Path file, int number, int total) {
            out.printf("[%d/%d] %s … ", number, total, file.getFileName());
            out.flush();
        }

        @Override
        public void read(LoadedDocument document) {
            String pages = document.pages() > 0 ? document.pages() + " sidor, " : "";
            out.printf("%s%d avsnitt%n", pages, document.passages().size());
        }

        @Override
        public void failed(DocumentLibrary.Problem problem) {
            out.printf("FEL: %s%n", problem.message());
        }
    }
}
