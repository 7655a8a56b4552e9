package se.riktlinjeboten.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import se.riktlinjeboten.document.DocumentInfo;
import se.riktlinjeboten.document.LoadedDocument;
import se.riktlinjeboten.document.Passage;
import se.riktlinjeboten.search.Query.Alternative;
import se.riktlinjeboten.search.Query.Concept;

/**
 * The passages of all documents in a Lucene index, ranked for a question by BM25 over the
 * passage, its heading and its document's title, with a boost for the question's words standing
 * close together, then re-ranked by how much of the question a passage covers.
 */
public final class PassageIndex implements Closeable {

    /** A passage with the document it comes from. */
    public record Entry(Passage passage, DocumentInfo document) {
    }

    /**
     * A ranked passage. {@code coverage} is the share of the question's informative weight
     * (inverse document frequency) that the passage matches, from 0 to 1: the same scale for
     * every question, which makes it usable as a confidence.
     */
    public record Hit(Entry entry, float score, double coverage) {
    }

    private static final int CANDIDATES = 30;
    private static final float HEADING_BOOST = 0.5f;
    private static final float TITLE_BOOST = 0.2f;
    private static final float PROXIMITY_BOOST = 0.3f;
    private static final int PROXIMITY_SLOP = 6;
    private static final double COVERAGE_SHARE = 0.6;

    private final Analysis analysis;
    private final List<Entry> entries;
    private final List<DocumentInfo> documents;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private PassageIndex(Analysis analysis, List<Entry> entries, List<DocumentInfo> documents,
            Directory directory) throws IOException {
        this.analysis = analysis;
        this.entries = entries;
        this.documents = documents;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    public static PassageIndex build(List<LoadedDocument> loaded, Analysis analysis) {
        List<Entry> entries = new ArrayList<>();
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.analyzer()))) {
            for (LoadedDocument document : loaded) {
                for (Passage passage : document.passages()) {
                    Document doc = new Document();
                    doc.add(new TextField(Fields.TEXT, passage.text(), Field.Store.NO));
                    doc.add(new TextField(Fields.HEADING, passage.section(), Field.Store.NO));
                    doc.add(new TextField(Fields.TITLE, document.info().title(), Field.Store.NO));
                    doc.add(new StoredField(Fields.KEY, entries.size()));
                    writer.addDocument(doc);
                    entries.add(new Entry(passage, document.info()));
                }
            }
            writer.commit();
            return new PassageIndex(analysis, List.copyOf(entries),
                    loaded.stream().map(LoadedDocument::info).toList(), directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Indexet kunde inte byggas", e);
        }
    }

    public int passageCount() {
        return entries.size();
    }

    public List<DocumentInfo> documents() {
        return documents;
    }

    /** The best passages for a query, best first; empty when nothing matches at all. */
    public List<Hit> search(Query query, int limit) {
        if (query.isEmpty() || entries.isEmpty()) {
            return List.of();
        }
        try {
            ScoreDoc[] top = searcher.search(luceneQuery(query), CANDIDATES).scoreDocs;
            if (top.length == 0) {
                return List.of();
            }
            double[] weights = conceptWeights(query);
            float best = top[0].score;
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc scoreDoc : top) {
                int key = searcher.storedFields().document(scoreDoc.doc).getField(Fields.KEY).numericValue().intValue();
                Entry entry = entries.get(key);
                hits.add(new Hit(entry, scoreDoc.score / best, coverage(query, weights, entry)));
            }
            hits.sort(Comparator.comparingDouble(PassageIndex::rank).reversed());
            return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double rank(Hit hit) {
        return COVERAGE_SHARE * hit.coverage() + (1 - COVERAGE_SHARE) * hit.score();
    }

    private org.apache.lucene.search.Query luceneQuery(Query query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (Concept concept : query.concepts()) {
            List<org.apache.lucene.search.Query> alternatives = new ArrayList<>();
            for (Alternative alternative : concept.alternatives()) {
                org.apache.lucene.search.Query inFields = new DisjunctionMaxQuery(List.of(
                        match(Fields.TEXT, alternative.terms()),
                        new BoostQuery(match(Fields.HEADING, alternative.terms()), HEADING_BOOST),
                        new BoostQuery(match(Fields.TITLE, alternative.terms()), TITLE_BOOST)), 0.1f);
                alternatives.add(new BoostQuery(inFields, alternative.weight()));
            }
            builder.add(new DisjunctionMaxQuery(alternatives, 0f), BooleanClause.Occur.SHOULD);
        }
        List<Concept> concepts = query.concepts();
        for (int i = 0; i + 1 < concepts.size(); i++) {
            List<String> left = concepts.get(i).alternatives().get(0).terms();
            List<String> right = concepts.get(i + 1).alternatives().get(0).terms();
            PhraseQuery near = new PhraseQuery(PROXIMITY_SLOP, Fields.TEXT,
                    left.get(left.size() - 1), right.get(0));
            builder.add(new BoostQuery(near, PROXIMITY_BOOST), BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    private static org.apache.lucene.search.Query match(String field, List<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        return new PhraseQuery(2, field, terms.toArray(String[]::new));
    }

    /** How informative each concept is: the inverse document frequency of its best-known way of saying it. */
    private double[] conceptWeights(Query query) throws IOException {
        double[] weights = new double[query.concepts().size()];
        int n = reader.numDocs();
        for (int c = 0; c < weights.length; c++) {
            int bestDf = 0;
            for (Alternative alternative : query.concepts().get(c).alternatives()) {
                int df = Integer.MAX_VALUE;
                for (String term : alternative.terms()) {
                    df = Math.min(df, reader.docFreq(new Term(Fields.TEXT, term)));
                }
                bestDf = Math.max(bestDf, df);
            }
            weights[c] = Math.log(1 + (n - bestDf + 0.5) / (bestDf + 0.5));
        }
        return weights;
    }

    private double coverage(Query query, double[] weights, Entry entry) {
        Set<String> terms = new HashSet<>(analysis.terms(entry.passage().text()));
        terms.addAll(analysis.terms(entry.passage().section()));
        terms.addAll(analysis.terms(entry.document().title()));
        double total = 0;
        double matched = 0;
        for (int c = 0; c < weights.length; c++) {
            total += weights[c];
            boolean found = query.concepts().get(c).alternatives().stream()
                    .anyMatch(a -> terms.containsAll(a.terms()));
            if (found) {
                matched += weights[c];
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
