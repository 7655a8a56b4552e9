package se.riktlinjeboten.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.riktlinjeboten.document.Catalogue;
import se.riktlinjeboten.document.DocumentLibrary;

/**
 * Keeps the served index in step with the documents folder. The folder is looked at every
 * {@code interval} rather than watched through file-system events, because municipal file
 * shares (SMB, NFS) deliver none; a change is indexed once the folder has looked the same on two
 * looks in a row, so a file still being copied is not read half-written. The new index is built
 * aside and swapped in; if building fails, the last good index keeps serving.
 */
public final class IndexMaintenance implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);
    /** Answers in flight on a replaced index finish well within this. */
    private static final Duration RETIREMENT = Duration.ofSeconds(30);

    /**
     * What is being served and how the last rebuild went.
     *
     * @param builtAt when the index being served was built, or null before the first is
     * @param lastFailure why the last rebuild failed, or empty when it succeeded
     */
    public record Status(Instant builtAt, int documents, int passages, List<DocumentLibrary.Problem> problems,
            String lastFailure, Instant lastFailureAt) {
    }

    private final DocumentLibrary library;
    private final Path folder;
    private final Analysis analysis;
    private final KnownQuestions known;
    private final QueryAnalyzer queries;
    private final CurrentIndex current;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dokumentbevakning");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Status status;
    private List<String> builtFrom;
    private List<String> lastSeen;

    private IndexMaintenance(DocumentLibrary library, Path folder, Analysis analysis, KnownQuestions known,
            QueryAnalyzer queries) {
        this.library = library;
        this.folder = folder;
        this.analysis = analysis;
        this.known = known;
        this.queries = queries;
        this.current = new CurrentIndex();
        this.status = new Status(null, 0, 0, List.of(), "", null);
    }

    /**
     * Indexes the folder in the background, with the known questions, read by {@code queries}, beside
     * the passages that answer them, so that the service starts meanwhile, and then follows it every
     * {@code interval}. A folder that does not exist fails at once.
     */
    public static IndexMaintenance start(DocumentLibrary library, Path folder, Analysis analysis, KnownQuestions known,
            QueryAnalyzer queries, Duration interval) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Dokumentmappen finns inte: " + folder.toAbsolutePath());
        }
        IndexMaintenance maintenance = new IndexMaintenance(library, folder, analysis, known, queries);
        maintenance.scheduler.execute(maintenance::buildFirst);
        if (!interval.isZero()) {
            maintenance.scheduler.scheduleWithFixedDelay(maintenance::look,
                    interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
        return maintenance;
    }

    private void buildFirst() {
        try {
            builtFrom = snapshot();
            lastSeen = builtFrom;
            DocumentLibrary.Contents contents = library.load(folder);
            current.swap(PassageIndex.build(contents.documents(), analysis, known, queries));
            status = built(contents);
            log.info("Indexerade {} dokument ({} avsnitt) från {}", contents.documents().size(),
                    contents.passages(), folder.toAbsolutePath());
        } catch (RuntimeException e) {
            current.failFirst(e);
            failed(e);
        }
    }

    public CurrentIndex index() {
        return current;
    }

    public Status status() {
        return status;
    }

    private void look() {
        try {
            List<String> seen = snapshot();
            boolean settled = seen.equals(lastSeen);
            lastSeen = seen;
            if (settled && !seen.equals(builtFrom)) {
                builtFrom = seen;
                rebuild();
            }
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void rebuild() {
        log.info("Dokumentmappen har ändrats; indexerar om {}", folder.toAbsolutePath());
        DocumentLibrary.Contents contents = library.load(folder);
        if (contents.documents().isEmpty()) {
            throw new IllegalStateException("inget dokument i mappen kunde läsas");
        }
        PassageIndex replaced = current.swap(PassageIndex.build(contents.documents(), analysis, known, queries));
        status = built(contents);
        log.info("Nytt index i bruk: {} dokument, {} avsnitt", contents.documents().size(), contents.passages());
        scheduler.schedule(() -> closeQuietly(replaced), RETIREMENT.toSeconds(), TimeUnit.SECONDS);
    }

    private Status built(DocumentLibrary.Contents contents) {
        return new Status(Instant.now(), contents.documents().size(), contents.passages(), contents.problems(), "", null);
    }

    private void failed(RuntimeException e) {
        log.error(current.isReady() ? "Omindexeringen misslyckades; det tidigare indexet används: {}"
                : "Indexet kunde inte byggas: {}", e.getMessage(), e);
        Status last = status;
        status = new Status(last.builtAt(), last.documents(), last.passages(), last.problems(),
                String.valueOf(e.getMessage()), Instant.now());
    }

    /** Names, sizes and modification times of the files that make up the index. */
    private List<String> snapshot() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> library.concerns(f) || f.getFileName().toString().equals(Catalogue.FILE_NAME))
                    .map(IndexMaintenance::describe)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Dokumentmappen kan inte läsas: " + folder, e);
        }
    }

    private static String describe(Path file) {
        try {
            return file.getFileName() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException vanished) {
            return file.getFileName() + "|borta";
        }
    }

    private static void closeQuietly(PassageIndex index) {
        try {
            index.close();
        } catch (IOException e) {
            log.warn("Ett ersatt index kunde inte stängas: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
