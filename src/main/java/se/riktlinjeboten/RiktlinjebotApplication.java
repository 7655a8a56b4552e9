package se.riktlinjeboten;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import se.riktlinjeboten.search.SearchCommand;

/**
 * Serves the bot; with {@code search "fråga"} as arguments, prints the ranked passages for a
 * question instead.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RiktlinjebotApplication {

    public static void main(String[] args) {
        if (args.length >= 2 && args[0].equals("search")) {
            search(String.join(" ", Arrays.copyOfRange(args, 1, args.length)));
            return;
        }
        SpringApplication.run(RiktlinjebotApplication.class, args);
    }

    private static void search(String question) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RiktlinjebotApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN")
                .run()) {
            context.getBean(SearchCommand.class).run(question, System.out);
        }
    }
}
