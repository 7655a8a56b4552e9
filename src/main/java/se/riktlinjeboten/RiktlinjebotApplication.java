package se.riktlinjeboten;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import se.riktlinjeboten.feedback.FeedbackCommand;
import se.riktlinjeboten.search.IndexCommand;
import se.riktlinjeboten.search.SearchCommand;

/**
 * Serves the bot. Administrator commands run instead when named: {@code index [--documents DIR]}
 * reads and indexes the documents and reports on each, {@code search "fråga"} prints the ranked
 * passages for a question, {@code feedback [N]} lists recent negative feedback and unanswered
 * questions.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RiktlinjebotApplication {

    private static final int RECENT = 20;

    public static void main(String[] args) {
        if (args.length >= 1 && args[0].equals("index")) {
            System.exit(index(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length >= 1 && args[0].equals("feedback")) {
            feedback(args.length >= 2 ? Integer.parseInt(args[1]) : RECENT);
            return;
        }
        if (args.length >= 2 && args[0].equals("search")) {
            search(String.join(" ", Arrays.copyOfRange(args, 1, args.length)));
            return;
        }
        SpringApplication.run(RiktlinjebotApplication.class, args);
    }

    private static int index(String[] args) {
        List<String> properties = new ArrayList<>();
        if (args.length == 2 && args[0].equals("--documents")) {
            properties.add("riktlinjebot.documents=" + Path.of(args[1]).toAbsolutePath());
        } else if (args.length != 0) {
            System.err.println("Användning: java -jar riktlinjebot.jar index [--documents MAPP]");
            return IndexCommand.FATAL;
        }
        try (ConfigurableApplicationContext context = commandContext(properties)) {
            String folder = context.getEnvironment().getProperty("riktlinjebot.documents");
            return context.getBean(IndexCommand.class).run(Path.of(folder), System.out, System.err);
        } catch (RuntimeException e) {
            System.err.println("Indexeringen kunde inte starta: " + e.getMessage());
            return IndexCommand.FATAL;
        }
    }

    private static void feedback(int limit) {
        try (ConfigurableApplicationContext context = commandContext(List.of())) {
            context.getBean(FeedbackCommand.class).run(limit, System.out);
        } catch (IOException e) {
            System.err.println("Återkopplingen kunde inte läsas: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void search(String question) {
        try (ConfigurableApplicationContext context = commandContext(List.of())) {
            context.getBean(SearchCommand.class).run(question, System.out);
        }
    }

    /** A context without the web server, creating only the beans a command asks for. */
    private static ConfigurableApplicationContext commandContext(List<String> properties) {
        List<String> all = new ArrayList<>(properties);
        all.addAll(List.of("logging.level.root=ERROR", "spring.main.lazy-initialization=true",
                "riktlinjebot.watch-interval=0"));
        return new SpringApplicationBuilder(RiktlinjebotApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(all.toArray(String[]::new))
                .run();
    }
}
