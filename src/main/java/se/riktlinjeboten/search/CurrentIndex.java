package se.riktlinjeboten.search;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The index being served. Questions read it once per answer, so a newly built index can be
 * swapped in atomically while answers in flight finish on the old one.
 */
public final class CurrentIndex {

    private final AtomicReference<PassageIndex> index;

    public CurrentIndex(PassageIndex initial) {
        this.index = new AtomicReference<>(initial);
    }

    public PassageIndex get() {
        return index.get();
    }

    /** Serves {@code next} from now on and returns the index it replaces. */
    PassageIndex swap(PassageIndex next) {
        return index.getAndSet(next);
    }
}
