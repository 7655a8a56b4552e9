package se.riktlinjeboten.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every supported document in a folder. A document that cannot be read is reported and
 * skipped; the others are still served.
 */
public final class DocumentLibrary {

    private static final Logger log = LoggerFactory.getLogger(DocumentLibrary.class);
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public record Problem(String file, String message) {
    }

    public record Contents(List<LoadedDocument> documents, List<Problem> problems) {
    }

    private final TextDocumentParser parser = new TextDocumentParser();

    public Contents load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Dokumentmappen finns inte: " + folder.toAbsolutePath());
        }
        Catalogue catalogue = Catalogue.read(folder);
        List<LoadedDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : supportedFiles(folder)) {
            String name = file.getFileName().toString();
            try {
                String text = readText(file);
                TextDocumentParser.ParsedDocument parsed = parser.parse(DocumentIds.of(name), text);
                if (parsed.passages().isEmpty()) {
                    problems.add(new Problem(name, "dokumentet innehåller ingen text"));
                    continue;
                }
                documents.add(new LoadedDocument(catalogue.describe(name, parsed.title()), parsed.passages()));
            } catch (IOException | RuntimeException e) {
                log.warn("Dokumentet {} kunde inte läsas: {}", name, e.getMessage());
                problems.add(new Problem(name, e.getMessage()));
            }
        }
        return new Contents(documents, problems);
    }

    private static List<Path> supportedFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> TEXT_EXTENSIONS.contains(extension(f)))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Dokumentmappen kan inte läsas: " + folder, e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** UTF-8 when the bytes are valid UTF-8; otherwise Windows-1252, common in Swedish exports. */
    static String readText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }
}
