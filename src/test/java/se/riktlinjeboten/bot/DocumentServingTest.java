package se.riktlinjeboten.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static se.riktlinjeboten.bot.TeamsActivities.message;
import static se.riktlinjeboten.bot.TeamsActivities.messagesTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.riktlinjeboten.document.TestDocuments;

/**
 * A municipality's own folder of a PDF, a Word document and a web page, served through Teams:
 * quotes carry their section and page, and a document added, or broken, while the bot runs is
 * picked up without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"riktlinjebot.typing-delay=0", "riktlinjebot.watch-interval=200ms",
                "riktlinjebot.questions-per-minute=0"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentServingTest {

    private static final WireMockServer CONNECTOR = TeamsActivities.acknowledgingConnector();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path DOCUMENTS = createDocuments();
    private static final String PARKING_QUESTION = "Var parkerar förtroendevalda under sammanträden?";

    @DynamicPropertySource
    static void documents(DynamicPropertyRegistry registry) {
        registry.add("riktlinjebot.documents", DOCUMENTS::toString);
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @AfterAll
    static void stopConnector() {
        CONNECTOR.stop();
    }

    @Test
    @Order(1)
    void aPdfIsQuotedWithItsSectionAndPage() {
        String reply = answer("Vem ordnar ett besök på ett äldreboende?");

        assertThat(reply).contains("En förtroendevald som vill göra ett verksamhetsbesök på ett äldreboende "
                + "kontaktar först förvaltningschefen", "Riktlinje för besök och kontakter",
                "avsnitt ”2 Besök i verksamheten”", "s. 2", "2024-03-12");
    }

    @Test
    @Order(2)
    void aWordDocumentIsQuotedWithItsHeading() {
        String reply = answer("Kan arbetsmiljöansvaret delegeras?");

        assertThat(reply).contains("Arbetsmiljöansvaret kan fördelas till förvaltningschefen men inte delegeras",
                "Överenskommelse om roller", "avsnitt ”Arbetsmiljöansvar”");
    }

    @Test
    @Order(3)
    void aWebPageIsQuotedWithItsHeading() {
        String reply = answer("Vem beslutar om arvoden till förtroendevalda?");

        assertThat(reply).contains("Förtroendevalda får arvode enligt arvodesreglementet",
                "avsnitt ”Arvoden till förtroendevalda”");
    }

    @Test
    @Order(4)
    void aDocumentAddedWhileRunningIsAnsweredWithinSeconds() throws IOException {
        assertThat(answer(PARKING_QUESTION)).doesNotContain("avgiftsfritt");

        Files.writeString(DOCUMENTS.resolve("parkering.txt"), "Parkering vid stadshuset\n\n"
                + "Förtroendevalda parkerar avgiftsfritt på stadshusets gård under sammanträden.\n");

        long added = System.nanoTime();
        String reply = answer(PARKING_QUESTION);
        while (!reply.contains("avgiftsfritt") && System.nanoTime() - added < 10_000_000_000L) {
            sleep(200);
            reply = answer(PARKING_QUESTION);
        }
        assertThat(reply).contains("Förtroendevalda parkerar avgiftsfritt på stadshusets gård under sammanträden.");
    }

    @Test
    @Order(5)
    void aFailedRebuildKeepsTheLastGoodIndexServingAndShowsInHealth() throws IOException {
        Files.writeString(DOCUMENTS.resolve("katalog.yaml"), "dokument: [ fil: oavslutad");

        long broken = System.nanoTime();
        while (!health().contains("senasteOmindexeringMisslyckades") && System.nanoTime() - broken < 10_000_000_000L) {
            sleep(200);
        }
        assertThat(health()).contains("senasteOmindexeringMisslyckades", "katalog.yaml");
        assertThat(answer(PARKING_QUESTION)).contains("Förtroendevalda parkerar avgiftsfritt");
    }

    @Test
    @Order(6)
    void aRemovedDocumentIsNoLongerQuoted() throws IOException {
        Files.delete(DOCUMENTS.resolve("katalog.yaml"));
        Files.delete(DOCUMENTS.resolve("parkering.txt"));

        long removed = System.nanoTime();
        String reply = answer(PARKING_QUESTION);
        while (reply.contains("avgiftsfritt") && System.nanoTime() - removed < 10_000_000_000L) {
            sleep(200);
            reply = answer(PARKING_QUESTION);
        }
        assertThat(reply).doesNotContain("avgiftsfritt");
        assertThat(health()).doesNotContain("senasteOmindexeringMisslyckades");
    }

    private String answer(String question) {
        String conversation = "a:" + UUID.randomUUID();
        TeamsActivities.post(port, message(CONNECTOR.baseUrl() + "/", conversation, question).toString(), null);
        JsonNode reply = messagesTo(CONNECTOR, conversation, 1).get(0);
        return reply.path("text").asText();
    }

    private String health() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/actuator/health")).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path createDocuments() {
        try {
            Path folder = Files.createTempDirectory("riktlinjebot-dokument");
            TestDocuments.guidelinePdf(folder.resolve("riktlinje.pdf"));
            TestDocuments.agreementDocx(folder.resolve("roller.docx"));
            TestDocuments.politicsPageHtml(folder.resolve("politik.html"));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
