package se.riktlinjeboten.document;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every document in a folder: PDF, Word (.docx), web pages (.html, .htm), text and
 * Markdown. A document that cannot be read is reported with a reason an administrator can act
 * on, and the others are still served.
 */
public final class DocumentLibrary {

    /** Larger files are refused rather than risk the memory of the service that answers. */
    public static final long DEFAULT_MAX_BYTES = 40L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(DocumentLibrary.class);
    private static final Set<String> OLD_FORMATS = Set.of("doc", "rtf", "odt", "pages", "wpd");

    public record Problem(String file, String message) {
    }

    public record Contents(List<LoadedDocument> documents, List<Problem> problems) {

        public Contents {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }

        public int pages() {
            return documents.stream().mapToInt(LoadedDocument::pages).sum();
        }

        public int passages() {
            return documents.stream().mapToInt(d -> d.passages().size()).sum();
        }
    }

    /** Follows a load document by document, for a progress display. */
    public interface Listener {

        Listener NONE = new Listener() {
        };

        default void reading(Path file, int number, int total) {
        }

        default void read(LoadedDocument document) {
        }

        default void failed(Problem problem) {
        }
    }

    private final TextDocumentParser parser = new TextDocumentParser();
    private final Map<String, DocumentReader> readers;
    private final long maxBytes;

    public DocumentLibrary() {
        this(DEFAULT_MAX_BYTES);
    }

    public DocumentLibrary(long maxBytes) {
        this.maxBytes = maxBytes;
        DocumentReader text = new PlainTextReader();
        DocumentReader html = new HtmlReader();
        this.readers = Map.of("txt", text, "md", text, "pdf", new PdfReader(), "docx", new DocxReader(),
                "html", html, "htm", html);
    }

    /** Whether a file in the documents folder is one the library reads, or reports. */
    public boolean concerns(Path file) {
        String name = file.getFileName().toString();
        String extension = extension(name);
        return !name.startsWith(".") && !name.startsWith("~$")
                && (readers.containsKey(extension) || OLD_FORMATS.contains(extension));
    }

    public Contents load(Path folder) {
        return load(folder, Listener.NONE);
    }

    public Contents load(Path folder, Listener listener) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Dokumentmappen finns inte: " + folder.toAbsolutePath());
        }
        Catalogue catalogue = Catalogue.read(folder);
        List<LoadedDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Path> files = documentFiles(folder);
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = file.getFileName().toString();
            listener.reading(file, i + 1, files.size());
            try {
                LoadedDocument document = read(file, catalogue);
                documents.add(document);
                listener.read(document);
            } catch (UnreadableDocumentException e) {
                Problem problem = new Problem(name, e.getMessage());
                log.warn("Dokumentet {} indexerades inte: {}", name, problem.message());
                problems.add(problem);
                listener.failed(problem);
            }
        }
        return new Contents(documents, problems);
    }

    LoadedDocument read(Path file, Catalogue catalogue) throws UnreadableDocumentException {
        String name = file.getFileName().toString();
        String extension = extension(name);
        if (OLD_FORMATS.contains(extension)) {
            throw new UnreadableDocumentException(
                    "formatet ." + extension + " läses inte; spara dokumentet som PDF eller .docx");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableDocumentException("filen är tom");
            }
            if (size > maxBytes) {
                throw new UnreadableDocumentException(String.format(Locale.ROOT,
                        "filen är för stor (%d MB; gränsen är %d MB, riktlinjebot.max-document-size)",
                        megabytes(size), megabytes(maxBytes)));
            }
            SourceText source = readers.get(extension).read(file);
            TextDocumentParser.ParsedDocument parsed = parser.parse(DocumentIds.of(name), source);
            if (parsed.passages().isEmpty()) {
                throw new UnreadableDocumentException("dokumentet innehåller ingen text");
            }
            DocumentFacts facts = DocumentFacts.find(parsed.passages());
            return new LoadedDocument(catalogue.describe(name, parsed.title(), facts), parsed.passages());
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException("filen försvann medan den lästes in", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableDocumentException("filen får inte läsas (behörighet saknas)", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("filen kunde inte läsas: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException("filen kunde inte tolkas: " + e, e);
        }
    }

    private List<Path> documentFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(this::concerns).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Dokumentmappen kan inte läsas: " + folder, e);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 19)) >> 20;
    }
}
