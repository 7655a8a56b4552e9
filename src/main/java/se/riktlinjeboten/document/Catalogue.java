package se.riktlinjeboten.document;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The administrator's description of the documents, {@value #FILE_NAME} in the documents folder:
 * title, municipality, kind, date, deciding body, diarienummer and source per file. A document missing from
 * the catalogue is still served, described by what it says about itself.
 */
public final class Catalogue {

    public static final String FILE_NAME = "katalog.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(
            @JsonProperty("fil") String file,
            @JsonProperty("titel") String title,
            @JsonProperty("kommun") String municipality,
            @JsonProperty("typ") String kind,
            @JsonProperty("datum") String date,
            @JsonProperty("beslutad_av") String decidedBy,
            @JsonProperty("diarienummer") String reference,
            @JsonProperty("källa") String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CatalogueFile(@JsonProperty("dokument") List<Entry> documents) {
    }

    private final Map<String, Entry> byFile;

    private Catalogue(Map<String, Entry> byFile) {
        this.byFile = byFile;
    }

    public static Catalogue empty() {
        return new Catalogue(Map.of());
    }

    /** Reads the catalogue of a documents folder; a folder without one gets an empty catalogue. */
    public static Catalogue read(Path documentsFolder) {
        Path file = documentsFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            CatalogueFile parsed = YAML.readValue(file.toFile(), CatalogueFile.class);
            List<Entry> entries = parsed == null || parsed.documents() == null ? List.of() : parsed.documents();
            return new Catalogue(entries.stream()
                    .filter(e -> e.file() != null)
                    .collect(Collectors.toMap(Entry::file, Function.identity(), (a, b) -> b)));
        } catch (IOException e) {
            throw new UncheckedIOException("Katalogen " + file + " kan inte läsas: " + e.getMessage(), e);
        }
    }

    /**
     * Describes a document, preferring the catalogue and falling back on what the document says
     * about itself.
     */
    public DocumentInfo describe(String fileName, String titleFromDocument, DocumentFacts facts) {
        String id = DocumentIds.of(fileName);
        Entry entry = byFile.getOrDefault(fileName, new Entry(fileName, null, null, null, null, null, null, null));
        return new DocumentInfo(id, fileName,
                either(entry.title(), titleFromDocument),
                either(entry.municipality(), ""),
                either(entry.kind(), ""),
                either(entry.date(), facts.date()),
                either(entry.decidedBy(), facts.decidedBy()),
                either(entry.reference(), facts.reference()),
                either(entry.source(), ""));
    }

    private static String either(String fromCatalogue, String fromDocument) {
        return Objects.requireNonNullElse(blankToNull(fromCatalogue), fromDocument);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
