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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an operator sees: health and metrics on the management port only, readiness once the
 * index is built, answer latency and abstentions counted, and no question text in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "riktlinjebot.typing-delay=0")
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

    private static final WireMockServer CONNECTOR = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static {
        CONNECTOR.start();
        CONNECTOR.stubFor(post(urlPathMatching("/v3/conversations/.*/activities.*"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"reply-1\"}")));
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
    void actuatorIsOnTheManagementPortOnly() {
        assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(404);
        assertThat(get(managementPort, "/actuator/health/liveness").body()).contains("\"UP\"");
        assertThat(get(managementPort, "/actuator/health/readiness").body()).contains("\"UP\"");
    }

    @Test
    void answersAndAbstentionsAreCountedAndQuestionsAreNotLogged(CapturedOutput output) throws Exception {
        String conversation = "a:" + UUID.randomUUID();
        TeamsActivities.post(port, message(CONNECTOR.baseUrl() + "/", conversation,
                "Vem utser kommundirektören i min hemliga fråga?").toString(), null);
        messagesTo(CONNECTOR, conversation, 1);
        String other = "a:" + UUID.randomUUID();
        TeamsActivities.post(port, message(CONNECTOR.baseUrl() + "/", other,
                "Hur bokar jag en tvättstuga i mitt kvarter?").toString(), null);
        messagesTo(CONNECTOR, other, 1);

        assertThat(count("answered")).isGreaterThanOrEqualTo(1);
        assertThat(count("abstained")).isGreaterThanOrEqualTo(1);
        assertThat(output.getAll()).contains("Besvarade en fråga", "Dokumenten besvarade inte en fråga")
                .doesNotContain("hemliga", "tvättstuga");
    }

    private double count(String outcome) throws Exception {
        JsonNode metric = TeamsActivities.JSON.readTree(
                get(managementPort, "/actuator/metrics/riktlinjebot.answers?tag=outcome:" + outcome).body());
        for (JsonNode measurement : metric.path("measurements")) {
            if (measurement.path("statistic").asText().equals("COUNT")) {
                return measurement.path("value").asDouble();
            }
        }
        return 0;
    }

    private static HttpResponse<String> get(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
