package se.riktlinjeboten.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static se.riktlinjeboten.bot.TeamsActivities.message;
import static se.riktlinjeboten.bot.TeamsActivities.messagesTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The rehearsal before the port opens goes through the whole bot, and leaves nothing a user or
 * an operator would see: no reply on a real connector, no count in the metrics, no question in
 * the list of unanswered ones. The first real question is then answered and counted as usual.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"riktlinjebot.warm-up=300ms", "riktlinjebot.typing-delay=0"})
@ExtendWith(OutputCaptureExtension.class)
class WarmUpTest {

    private static final WireMockServer CONNECTOR = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path DATA = temporaryFolder();

    static {
        CONNECTOR.start();
        CONNECTOR.stubFor(post(urlPathMatching("/v3/conversations/.*/activities.*"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"reply-1\"}")));
    }

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("riktlinjebot.data", DATA::toString);
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
    void theRehearsalLeavesNoTraceAndTheFirstQuestionIsAnsweredAsUsual(CapturedOutput output) throws Exception {
        assertThat(output.getAll()).containsPattern("Inövning före start: \\d+ frågor på \\d+ ms, 24 turer genom adaptern");
        assertThat(CONNECTOR.getAllServeEvents()).isEmpty();
        assertThat(answersCounted()).isZero();
        assertThat(DATA.resolve("unanswered.jsonl")).doesNotExist();

        String conversation = "a:" + UUID.randomUUID();
        TeamsActivities.post(port, message(CONNECTOR.baseUrl() + "/", conversation,
                "Vem utser kommundirektören?").toString(), null);

        assertThat(messagesTo(CONNECTOR, conversation, 1).get(0).path("text").asText()).contains("kommundirektör");
        assertThat(answersCounted()).isEqualTo(1);
    }

    private double answersCounted() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + managementPort + "/actuator/metrics/riktlinjebot.answers")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return 0;
        }
        JsonNode metric = TeamsActivities.JSON.readTree(response.body());
        for (JsonNode measurement : metric.path("measurements")) {
            if (measurement.path("statistic").asText().equals("COUNT")) {
                return measurement.path("value").asDouble();
            }
        }
        return 0;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("warm-up");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
