package se.riktlinjeboten.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad document gets its own clear message, and every good document beside it is
 * still read. The files are real: written here the way the broken originals come about.
 */
class BadDocumentsTest {

    private static final String GOOD = "Kontakter\n\nEn förtroendevald kontaktar förvaltningschefen före ett besök.\n";

    @TempDir
    Path folder;

    @BeforeEach
    void aGoodDocumentBesideTheBadOnes() throws IOException {
        Files.writeString(folder.resolve("bra.txt"), GOOD, StandardCharsets.UTF_8);
        TestDocuments.guidelinePdf(folder.resolve("riktlinje.pdf"));
    }

    @Test
    void aCorruptPdfIsReported() throws IOException {
        byte[] pdf = Files.readAllBytes(TestDocuments.guidelinePdf(folder.resolve("original.pdf")));
        Files.delete(folder.resolve("original.pdf"));
        Files.write(folder.resolve("trasig.pdf"), Arrays.copyOf(pdf, 400));

        assertThat(problemsAfterLoading()).hasEntrySatisfying("trasig.pdf",
                message -> assertThat(message).startsWith("PDF-filen är skadad eller ofullständig"));
    }

    @Test
    void anEncryptedPdfIsReported() throws IOException {
        TestDocuments.encryptedPdf(folder.resolve("lasad.pdf"));

        assertThat(problemsAfterLoading())
                .containsEntry("lasad.pdf", "PDF-filen är lösenordsskyddad och kan inte läsas");
    }

    @Test
    void aScannedPdfWithoutTextIsReportedNotIndexedEmpty() throws IOException {
        TestDocuments.scannedPdf(folder.resolve("inskannad.pdf"));

        assertThat(problemsAfterLoading()).containsEntry("inskannad.pdf",
                "PDF-filen saknar textlager (inskannad?); den behöver tolkas med OCR innan boten kan citera den");
    }

    @Test
    void anEmptyFileIsReported() throws IOException {
        Files.createFile(folder.resolve("tom.docx"));

        assertThat(problemsAfterLoading()).containsEntry("tom.docx", "filen är tom");
    }

    @Test
    void binaryJunkNamedTxtIsReported() throws IOException {
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        Files.write(folder.resolve("skräp.txt"), junk);

        assertThat(problemsAfterLoading()).containsEntry("skräp.txt", "filen innehåller binära data, inte text");
    }

    @Test
    void aFiftyMegabyteDocumentIsRefusedWithItsSize() throws IOException {
        byte[] line = "Nämnden ansvarar för verksamhetens mål och ekonomi.\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(folder.resolve("enorm.txt"))) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }

        assertThat(problemsAfterLoading()).containsEntry("enorm.txt",
                "filen är för stor (50 MB; gränsen är 40 MB, riktlinjebot.max-document-size)");
    }

    @Test
    void aFileThatDisappearsDuringIndexingIsReported() throws IOException {
        Files.writeString(folder.resolve("flyttas.txt"), GOOD, StandardCharsets.UTF_8);
        DocumentLibrary.Listener removeWhileTheFirstIsRead = new DocumentLibrary.Listener() {
            @Override
            public void reading(Path file, int number, int total) {
                if (number == 1) {
                    delete(folder.resolve("flyttas.txt"));
                }
            }
        };

        DocumentLibrary.Contents contents = new DocumentLibrary().load(folder, removeWhileTheFirstIsRead);

        assertThat(contents.problems()).containsExactly(
                new DocumentLibrary.Problem("flyttas.txt", "filen försvann medan den lästes in"));
        assertThat(contents.documents()).extracting(d -> d.info().file()).containsExactly("bra.txt", "riktlinje.pdf");
    }

    @Test
    void textInIso88591AndWindows1252IsReadWithItsSwedishLetters() throws IOException {
        Files.write(folder.resolve("latin1.txt"), "Rutiner\n\nÄrenden på nämndens möte förbereds av sekreteraren.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.write(folder.resolve("cp1252.txt"), "Ersättning\n\nArvode betalas ut – enligt reglementet – varje månad.\n"
                .getBytes(Charset.forName("windows-1252")));

        DocumentLibrary.Contents contents = new DocumentLibrary().load(folder);

        assertThat(contents.problems()).isEmpty();
        assertThat(contents.documents()).flatExtracting(LoadedDocument::passages).extracting(Passage::text).contains(
                "Ärenden på nämndens möte förbereds av sekreteraren.",
                "Arvode betalas ut – enligt reglementet – varje månad.");
    }

    @Test
    void anOldWordFileIsReportedWithWhatToDo() throws IOException {
        Files.write(folder.resolve("gammal.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

        assertThat(problemsAfterLoading())
                .containsEntry("gammal.doc", "formatet .doc läses inte; spara dokumentet som PDF eller .docx");
    }

    private Map<String, String> problemsAfterLoading() {
        DocumentLibrary.Contents contents = new DocumentLibrary().load(folder);
        assertThat(contents.documents()).extracting(d -> d.info().file()).containsExactly("bra.txt", "riktlinje.pdf");
        return contents.problems().stream()
                .collect(Collectors.toMap(DocumentLibrary.Problem::file, DocumentLibrary.Problem::message));
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
