package se.riktlinjeboten.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.riktlinjeboten.document.DocumentInfo;
import se.riktlinjeboten.document.LoadedDocument;
import se.riktlinjeboten.document.Passage;
import se.riktlinjeboten.document.Sentences;

/**
 * A large corpus made deterministically from the real one: passages of two to five Swedish
 * sentences drawn from the served documents, under their real headings, in documents of 200
 * passages. It has the vocabulary and the term statistics of municipal text, at any size.
 */
final class SyntheticCorpus {

    private static final int PASSAGES_PER_DOCUMENT = 200;
    private static final List<String> MUNICIPALITIES =
            List.of("Alingsås kommun", "Gnosjö kommun", "Ånge kommun", "Borlänge kommun", "Exempelby kommun");

    private SyntheticCorpus() {
    }

    static List<LoadedDocument> generate(List<LoadedDocument> served, int passages, long seed) {
        List<String> sentences = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (LoadedDocument document : served) {
            for (Passage passage : document.passages()) {
                sentences.addAll(Sentences.split(passage.text().replace('\n', ' ')));
                if (!passage.section().isEmpty()) {
                    headings.add(passage.section());
                }
            }
        }
        Random random = new Random(seed);
        List<LoadedDocument> corpus = new ArrayList<>();
        for (int d = 0; d * PASSAGES_PER_DOCUMENT < passages; d++) {
            String id = "syntetiskt-" + d;
            List<Passage> documentPassages = new ArrayList<>();
            int count = Math.min(PASSAGES_PER_DOCUMENT, passages - d * PASSAGES_PER_DOCUMENT);
            String section = headings.get(random.nextInt(headings.size()));
            for (int p = 0; p < count; p++) {
                if (random.nextInt(8) == 0) {
                    section = headings.get(random.nextInt(headings.size()));
                }
                StringBuilder text = new StringBuilder();
                for (int s = 2 + random.nextInt(4); s > 0; s--) {
                    text.append(text.length() == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
                }
                documentPassages.add(new Passage(id, p, section, 1 + p / 4, text.toString()));
            }
            DocumentInfo info = new DocumentInfo(id, id + ".pdf", "Syntetiskt styrdokument " + d,
                    MUNICIPALITIES.get(d % MUNICIPALITIES.size()), "Riktlinje", "2024-01-01", "Kommunstyrelsen", "", "");
            corpus.add(new LoadedDocument(info, documentPassages));
        }
        return corpus;
    }
}
