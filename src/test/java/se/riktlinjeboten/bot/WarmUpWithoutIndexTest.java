package se.riktlinjeboten.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static se.riktlinjeboten.bot.TeamsActivities.message;
import static se.riktlinjeboten.bot.TeamsActivities.messagesTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * When the documents cannot be indexed at start (here a broken catalogue), there is nothing to
 * rehearse: the service still opens its port, says so in the log, and answers a question with
 * a clear reply instead of failing the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"riktlinjebot.warm-up=300ms", "riktlinjebot.typing-delay=0", "riktlinjebot.watch-interval=0"})
@ExtendWith(OutputCaptureExtension.class)
class WarmUpWithoutIndexTest {

    private static final WireMockServer CONNECTOR = TeamsActivities.acknowledgingConnector();
    private static final Path DOCUMENTS = brokenLibrary();

    @DynamicPropertySource
    static void documents(DynamicPropertyRegistry registry) {
        registry.add("riktlinjebot.documents", DOCUMENTS::toString);
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stopConnector() {
        CONNECTOR.stop();
    }

    @Test
    void theServiceStartsUnrehearsedAndStillReplies(CapturedOutput output) {
        assertThat(output.getAll()).contains("Ingen inövning före start");

        String conversation = "a:" + UUID.randomUUID();
        int status = TeamsActivities.post(port, message(CONNECTOR.baseUrl() + "/", conversation,
                "Vem utser kommundirektören?").toString(), null).statusCode();

        assertThat(status).isBetween(200, 299);
        assertThat(messagesTo(CONNECTOR, conversation, 1)).singleElement()
                .satisfies(reply -> assertThat(reply.path("text").asText()).startsWith("Något gick fel"));
    }

    private static Path brokenLibrary() {
        try {
            Path folder = Files.createTempDirectory("trasig-katalog");
            Files.writeString(folder.resolve("riktlinje.txt"), "Riktlinje\n\nKommunstyrelsen utser kommundirektören.");
            Files.writeString(folder.resolve("katalog.yaml"), "dokument: [ fil: oavslutad");
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
