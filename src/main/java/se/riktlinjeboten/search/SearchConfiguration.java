package se.riktlinjeboten.search;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.riktlinjeboten.document.DocumentLibrary;

/** Reads the documents and the lexicons at start and builds the index that answers are taken from. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    /**
     * Where the documents and the word lists are.
     *
     * @param documents the folder of documents to serve ({@code RIKTLINJEBOT_DOCUMENTS})
     * @param lexicon the folder of the Swedish lexicon and the English glossary
     */
    @ConfigurationProperties("riktlinjebot")
    record Locations(
            @DefaultValue("index-data/documents") Path documents,
            @DefaultValue("index-data/lexicon") Path lexicon) {
    }

    @Bean
    Analysis analysis() {
        return new Analysis();
    }

    @Bean
    QueryAnalyzer queryAnalyzer(Analysis analysis, Locations locations) {
        Lexicon swedish = Lexicon.read(locations.lexicon().resolve("synonymer.txt"));
        Lexicon english = Lexicon.read(locations.lexicon().resolve("engelska.txt"));
        log.info("Ordlistor: {} svenska uttryck, {} engelska uttryck från {}",
                swedish.entries().size(), english.entries().size(), locations.lexicon().toAbsolutePath());
        return new QueryAnalyzer(analysis, swedish, english);
    }

    @Bean
    CurrentIndex currentIndex(Analysis analysis, Locations locations) {
        DocumentLibrary.Contents contents = new DocumentLibrary().load(locations.documents());
        PassageIndex index = PassageIndex.build(contents.documents(), analysis);
        log.info("Indexerade {} dokument ({} avsnitt) från {}", contents.documents().size(),
                index.passageCount(), locations.documents().toAbsolutePath());
        contents.problems().forEach(p -> log.warn("Dokumentet {} indexerades inte: {}", p.file(), p.message()));
        return new CurrentIndex(index);
    }
}
