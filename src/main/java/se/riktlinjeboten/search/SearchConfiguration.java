package se.riktlinjeboten.search;

import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import se.riktlinjeboten.document.DocumentLibrary;

/** Reads the documents, the lexicons and the known questions at start and builds the index that answers are taken from. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    /**
     * Where the documents and the word lists are.
     *
     * @param documents the folder of documents to serve ({@code RIKTLINJEBOT_DOCUMENTS})
     * @param lexicon the folder of the Swedish lexicon and the English glossary
     * @param questions the folder of known questions with the passages that answer them
     * @param maxDocumentSize larger document files are reported and not read
     * @param watchInterval how often the documents folder is looked at for changes (0 = never)
     */
    @ConfigurationProperties("riktlinjebot")
    record Locations(
            @DefaultValue("index-data/documents") Path documents,
            @DefaultValue("index-data/lexicon") Path lexicon,
            @DefaultValue("index-data/questions") Path questions,
            @DefaultValue("40MB") DataSize maxDocumentSize,
            @DefaultValue("2s") Duration watchInterval) {
    }

    @Bean
    Analysis analysis() {
        return new Analysis();
    }

    @Bean
    QueryAnalyzer queryAnalyzer(Analysis analysis, Locations locations) {
        Lexicons lexicons = Lexicons.read(locations.lexicon());
        log.info("Ordlistor: {} svenska uttryck, {} engelska uttryck, {} ord med synonymer från {}",
                lexicons.swedish().entries().size(), lexicons.english().entries().size(),
                lexicons.thesaurus().entries().size(), locations.lexicon().toAbsolutePath());
        return lexicons.analyzer(analysis);
    }

    @Bean(destroyMethod = "close")
    IndexMaintenance indexMaintenance(Analysis analysis, QueryAnalyzer queries, Locations locations) {
        KnownQuestions known = KnownQuestions.read(locations.questions());
        log.info("Kända frågor: {} svar från {}", known.answered().size(), locations.questions().toAbsolutePath());
        return IndexMaintenance.start(new DocumentLibrary(locations.maxDocumentSize().toBytes()),
                locations.documents(), analysis, known, queries, locations.watchInterval());
    }

    @Bean
    IndexCommand indexCommand(Analysis analysis, Locations locations) {
        return new IndexCommand(new DocumentLibrary(locations.maxDocumentSize().toBytes()), analysis);
    }

    @Bean
    CurrentIndex currentIndex(IndexMaintenance maintenance) {
        return maintenance.index();
    }
}
