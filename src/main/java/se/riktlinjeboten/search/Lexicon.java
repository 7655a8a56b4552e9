package se.riktlinjeboten.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Word lists an administrator can read and extend: each line maps a phrase to the words the
 * documents use for it, {@code phrase = term, term, ...}. A phrase with nothing after its
 * {@code =} is a way of asking that says nothing about what is asked. Lines starting with #
 * are comments.
 */
public final class Lexicon {

    /** A phrase and the document terms it stands for, both as written in the file. */
    public record Entry(String phrase, List<String> meanings) {

        public Entry {
            meanings = List.copyOf(meanings);
        }
    }

    private final List<Entry> entries;

    public Lexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Lexicon empty() {
        return new Lexicon(List.of());
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Reads a lexicon file; a missing file is an empty lexicon. */
    public static Lexicon read(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Ordlistan " + file + " kan inte läsas", e);
        }
    }

    /** A phrase listed twice means everything both lines say: an administrator may add a line rather than edit one. */
    static Lexicon parse(List<String> lines, String source) {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(
                        source + " rad " + (n + 1) + ": väntade 'fras = term, term', fick '" + line + "'");
            }
            String phrase = line.substring(0, eq).strip().toLowerCase();
            List<String> meanings = Arrays.stream(line.substring(eq + 1).split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(String::toLowerCase)
                    .toList();
            entries.computeIfAbsent(phrase, p -> new ArrayList<>()).addAll(meanings);
        }
        return new Lexicon(entries.entrySet().stream()
                .map(e -> new Entry(e.getKey(), e.getValue().stream().distinct().toList()))
                .toList());
    }
}
