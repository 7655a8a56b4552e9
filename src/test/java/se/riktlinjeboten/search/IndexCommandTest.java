package se.riktlinjeboten.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.riktlinjeboten.document.DocumentLibrary;
import se.riktlinjeboten.document.TestDocuments;

/** {@code index}: a line per document, a summary, and an exit code a script can rely on. */
class IndexCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final IndexCommand command = new IndexCommand(new DocumentLibrary(), new Analysis());

    @Test
    void everyDocumentIndexedExitsZeroWithPagesAndPassages() throws IOException {
        TestDocuments.guidelinePdf(folder.resolve("riktlinje.pdf"));
        TestDocuments.politicsPageHtml(folder.resolve("politik.html"));

        int exit = run();

        assertThat(exit).isEqualTo(IndexCommand.ALL_INDEXED);
        assertThat(output()).contains("[1/2] politik.html … 3 avsnitt", "[2/2] riktlinje.pdf … 3 sidor, 5 avsnitt",
                "2 av 2 dokument indexerade, 3 sidor, 8 avsnitt.");
        assertThat(errors()).isEmpty();
    }

    @Test
    void aFailedDocumentExitsTwoAndTheRestIsIndexed() throws IOException {
        TestDocuments.guidelinePdf(folder.resolve("riktlinje.pdf"));
        TestDocuments.scannedPdf(folder.resolve("inskannad.pdf"));

        int exit = run();

        assertThat(exit).isEqualTo(IndexCommand.SOME_FAILED);
        assertThat(output()).contains("[1/2] inskannad.pdf … FEL: PDF-filen saknar textlager",
                "1 av 2 dokument indexerade, 3 sidor, 5 avsnitt.");
        assertThat(errors()).contains("1 dokument kunde inte läsas:", "inskannad.pdf: PDF-filen saknar textlager");
    }

    @Test
    void aMissingFolderIsFatal() {
        int exit = command.run(folder.resolve("finns-inte"), print(out), print(err));

        assertThat(exit).isEqualTo(IndexCommand.FATAL);
        assertThat(errors()).contains("Dokumentmappen finns inte");
    }

    @Test
    void aBrokenCatalogueIsFatal() throws IOException {
        TestDocuments.guidelinePdf(folder.resolve("riktlinje.pdf"));
        Files.writeString(folder.resolve("katalog.yaml"), "dokument: [ fil: oavslutad");

        assertThat(run()).isEqualTo(IndexCommand.FATAL);
        assertThat(errors()).contains("Indexeringen misslyckades: Katalogen");
    }

    private int run() {
        return command.run(folder, print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
