package se.riktlinjeboten.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.riktlinjeboten.teams.TeamsTools;

/**
 * The local page in headless Chromium: a newcomer is welcomed, asks, sees the quote with its
 * answering sentence in bold and its numbered sources, clicks "Visa fler" and 👎 with a comment,
 * all through the same /api/messages protocol Teams uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"riktlinjebot.questions-per-minute=0"})
class LocalPageTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("riktlinjebot.data", data::toString);
    }

    @BeforeAll
    static void browser() throws Exception {
        TeamsTools.chromium();
    }

    @Test
    void aNewcomerChatsWithTheBotAndSeesTheCardsRendered() throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target/screenshots")).toAbsolutePath();

        TeamsTools.Result run = TeamsTools.node(3, "local-page.mjs", "http://localhost:" + port + "/", screenshots.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode seen = new ObjectMapper().readTree(lastLine(run.output()));
        assertThat(seen.path("failure").asText()).as(run.output()).isEmpty();
        assertThat(seen.path("pageErrors")).isEmpty();
        assertThat(seen.path("welcome").asText()).contains("Hej! Jag är Riktlinjeboten", "Exempel på frågor",
                "Riktlinje för samspel mellan politik och förvaltning i Alingsås kommun");
        assertThat(seen.path("question").asText()).isEqualTo("Vem utser kommundirektören?");
        assertThat(seen.path("answer").asText()).contains("Det här står i dokumenten:",
                "Källa: Uppdrag och samspel mellan politik och tjänstemän, Gnosjö kommun");
        assertThat(texts(seen.path("bold"))).contains(
                "Den nya kommunallagen ställer krav på att det är styrelsen som utser direktör och att direktören "
                        + "är chef för den förvaltning som är underställd styrelsen.");
        assertThat(texts(seen.path("citations"))).first().asString()
                .startsWith("Uppdrag och samspel mellan politik och tjänstemän");
        assertThat(texts(seen.path("buttons"))).containsExactly("👍 Bra svar", "👎 Inte till hjälp", "Visa fler");
        assertThat(seen.path("more").asText()).contains("Källa:")
                .doesNotContain("Den nya kommunallagen ställer krav på att det är styrelsen som utser direktör");
        assertThat(seen.path("afterFeedback").asText()).contains("Tack för din återkoppling");
        assertThat(Files.readString(data.resolve("feedback.jsonl")))
                .contains("Jag ville veta vem som anställer kommundirektören.", "\"DOWN\"");
        assertThat(seen.path("outOfScope").asText()).contains("Jag hittar inget i dokumenten");
        assertThat(seen.path("scriptElements").asInt()).isZero();
        assertThat(screenshots.resolve("local-page-answer.png")).isNotEmptyFile();
    }

    @Test
    void theLocalConnectorRefusesWhatIsNoActivityAndKeepsServing() throws Exception {
        String connector = "http://localhost:" + port + "/local/connector/v3/conversations/";
        assertThat(post(connector + "local-x/activities", "{not json").statusCode()).isEqualTo(400);
        assertThat(post(connector + "local-x/activities", "[1, 2]").statusCode()).isEqualTo(400);
        assertThat(post(connector + "local-x/activities", "{\"text\":\"" + "x".repeat(300_000) + "\"}").statusCode())
                .isEqualTo(400);
        assertThat(post(connector + "local%20x%3Cscript%3E/activities", "{}").statusCode()).isEqualTo(400);

        assertThat(post(connector + "local-x/activities", "{\"type\":\"message\",\"text\":\"Hej på dig\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> shown = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/local/conversations/local-x/activities?after=0")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode page = new ObjectMapper().readTree(shown.body());
        assertThat(page.path("activities")).hasSize(1);
        assertThat(page.path("activities").get(0).path("text").asText()).isEqualTo("Hej på dig");
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText().strip()));
        return texts;
    }
}
