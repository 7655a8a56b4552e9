package se.riktlinjeboten.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLibraryTest {

    @TempDir
    Path folder;

    @Test
    void aBadDocumentIsReportedAndTheOthersAreStillRead() throws Exception {
        Files.writeString(folder.resolve("riktlinje.txt"), "Kontakter\n\nPolitiker kontaktar förvaltningschefen.\n");
        Files.writeString(folder.resolve("tom.txt"), "");
        Files.write(folder.resolve("export.txt"),
                "Ansvar\n\nNämnden äger frågan och förvaltningen verkställer.\n".getBytes(Charset.forName("windows-1252")));

        DocumentLibrary.Contents contents = new DocumentLibrary().load(folder);

        assertThat(contents.documents()).extracting(d -> d.info().id()).containsExactly("export", "riktlinje");
        assertThat(contents.documents().get(0).passages().get(0).text())
                .isEqualTo("Nämnden äger frågan och förvaltningen verkställer.");
        assertThat(contents.problems()).extracting(DocumentLibrary.Problem::file).containsExactly("tom.txt");
    }

    @Test
    void aMissingFolderIsAClearError() {
        assertThatThrownBy(() -> new DocumentLibrary().load(folder.resolve("finns-inte")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Dokumentmappen finns inte");
    }

    @Test
    void aDocumentMissingFromTheCatalogueIsTitledByItsFirstHeading() throws Exception {
        Files.writeString(folder.resolve("ny.md"), "Ny riktlinje om möten\n\nMöten bokas i god tid.\n",
                StandardCharsets.UTF_8);

        DocumentInfo info = new DocumentLibrary().load(folder).documents().get(0).info();

        assertThat(info.title()).isEqualTo("Ny riktlinje om möten");
    }
}
