package se.riktlinjeboten.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static se.riktlinjeboten.bot.TeamsActivities.message;
import static se.riktlinjeboten.bot.TeamsActivities.messagesTo;

import com.github.tomakehurst.wiremock.WireMockServer;
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

    private static final WireMockServer CONNECTOR = TeamsActivities.acknowledgingConnector();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

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

        assertThat(TeamsActivities.answersCounted(managementPort, "answered")).isGreaterThanOrEqualTo(1);
        assertThat(TeamsActivities.answersCounted(managementPort, "abstained")).isGreaterThanOrEqualTo(1);
        assertThat(output.getAll()).contains("Besvarade en fråga", "Dokumenten besvarade inte en fråga")
                .doesNotContain("hemliga", "tvättstuga");
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
