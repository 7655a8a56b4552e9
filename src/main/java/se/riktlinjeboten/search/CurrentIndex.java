package se.riktlinjeboten.search;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The index being served. Questions read it once per answer, so a newly built index can be
 * swapped in atomically while answers in flight finish on the old one. The first index may still
 * be building while the service starts; a question that arrives then waits for it.
 */
public final class CurrentIndex {

    private static final Duration FIRST_INDEX_WAIT = Duration.ofSeconds(60);

    private final AtomicReference<PassageIndex> index = new AtomicReference<>();
    private final CompletableFuture<PassageIndex> first = new CompletableFuture<>();

    /** An index still to be built; {@link #swap} provides it. */
    CurrentIndex() {
    }

    public CurrentIndex(PassageIndex initial) {
        swap(initial);
    }

    public PassageIndex get() {
        PassageIndex current = index.get();
        return current != null ? current : awaitFirst();
    }

    /** The index, once built within {@code wait}; empty if it is not, or if it could not be built. */
    public Optional<PassageIndex> await(Duration wait) {
        PassageIndex current = index.get();
        if (current != null) {
            return Optional.of(current);
        }
        try {
            return Optional.of(first.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public boolean isReady() {
        return index.get() != null;
    }

    /** Serves {@code next} from now on and returns the index it replaces, if any. */
    PassageIndex swap(PassageIndex next) {
        PassageIndex replaced = index.getAndSet(next);
        first.complete(next);
        return replaced;
    }

    /** The first index could not be built; questions waiting for it get the reason. */
    void failFirst(Exception reason) {
        first.completeExceptionally(reason);
    }

    private PassageIndex awaitFirst() {
        try {
            return first.get(FIRST_INDEX_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Indexet kunde inte byggas: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Indexet är ännu inte byggt", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Avbruten i väntan på indexet", e);
        }
    }
}
