package se.riktlinjeboten.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bot in Microsoft 365 Agents Playground, Microsoft's offline Teams client: installed in a
 * personal chat, asked in the personal chat, @mentioned in a group chat and in a channel,
 * searched from the message box, and given feedback with a click, all through the playground's
 * own API and the WebSocket on which it shows the bot's messages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"riktlinjebot.questions-per-minute=0"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaygroundTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(15);

    /** Not a @TempDir: with one test instance for the class, the context starts before JUnit makes those. */
    private static final Path DATA = Path.of("target/playground/data").toAbsolutePath();

    @LocalServerPort
    int port;

    /** HTTP/1.1: the playground's server hands any request with an h2c Upgrade header to its WebSocket. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<JsonNode> shown = new CopyOnWriteArrayList<>();
    private Process playground;
    private String playgroundUrl;
    private WebSocket stream;
    private JsonNode config;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(DATA);
        Files.deleteIfExists(DATA.resolve("feedback.jsonl"));
        registry.add("riktlinjebot.data", DATA::toString);
    }

    @BeforeAll
    void startPlayground() throws Exception {
        Path tools = TeamsTools.installed().toAbsolutePath();
        Path work = Files.createDirectories(Path.of("target/playground")).toAbsolutePath();
        int playgroundPort = freePort();
        playgroundUrl = "http://127.0.0.1:" + playgroundPort;
        ProcessBuilder builder = new ProcessBuilder("node",
                tools.resolve("node_modules/@microsoft/m365agentsplayground/cli.js").toString(), "start",
                "-e", "http://127.0.0.1:" + port + "/api/messages", "-c", "msteams",
                "-p", String.valueOf(playgroundPort), "--disable-telemetry")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("playground-output.log").toFile());
        builder.environment().put("TEAMSAPPTESTER_BROWSER", "none");
        builder.environment().put("M365_AGENTS_PLAYGROUND_LOGFILE", work.resolve("playground.log").toString());
        // The playground takes the users' locale from the process, so its Teams speaks Swedish.
        builder.environment().put("LANG", "sv_SE.UTF-8");
        builder.environment().put("LC_ALL", "sv_SE.UTF-8");
        playground = builder.start();
        config = awaitConfig(work).path("config");
        stream = http.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + playgroundPort + "/_ws_conversation/v1/conversations/stream"),
                        new Collector())
                .join();
    }

    @AfterAll
    void stopPlayground() {
        if (stream != null) {
            stream.abort();
        }
        if (playground != null) {
            playground.descendants().forEach(ProcessHandle::destroy);
            playground.destroy();
        }
    }

    @Test
    void installingTheAppInAPersonalChatBringsTheWelcome() throws Exception {
        String personal = personalChat();

        send("/_debug/conversation/" + personal + "/installation", JSON.createObjectNode());

        JsonNode welcome = awaitMessage(personal, m -> shownText(m).contains("Riktlinjeboten"));
        assertThat(shownText(welcome)).contains("Hej! Jag är Riktlinjeboten", "Dokument jag svarar ur",
                "Uppdrag och samspel mellan politik och tjänstemän, Gnosjö kommun, 2018-11-29");
    }

    @Test
    void aQuestionInThePersonalChatIsAnsweredWithTheQuoteAndButtons() throws Exception {
        String personal = personalChat();

        post(personal, currentUser(), "Vem utser kommundirektören?", false);

        JsonNode answer = awaitMessage(personal, m -> m.path("text").asText().contains("Den nya kommunallagen"));
        assertThat(answer.path("text").asText()).contains("Det här står i dokumenten:",
                "**Den nya kommunallagen ställer krav på att det är styrelsen som utser direktör",
                "Källa: Uppdrag och samspel mellan politik och tjänstemän, Gnosjö kommun", "[1]");
        JsonNode buttons = awaitMessage(personal, m -> m.toString().contains("Visa fler")
                && m.toString().contains("Vem utser kommundirektören?"));
        assertThat(buttons.toString()).contains("👍 Bra svar", "👎 Inte till hjälp");
    }

    @Test
    void anAtMentionInAGroupChatIsAnsweredWithoutTheMention() throws Exception {
        String group = groupChat();

        post(group, "user-id-1", "Vem ansvarar för upphandlingsprocessen?", true);

        JsonNode answer = awaitMessage(group, m -> m.path("text").asText().contains("Upphandlingsprocessen"));
        assertThat(answer.path("text").asText())
                .contains("Upphandlingsprocessen är tjänsteorganisationens uppdrag och ansvar").doesNotContain("<at>");
    }

    @Test
    void anAtMentionInAChannelIsAnsweredInTheThread() throws Exception {
        String channel = generalChannel();

        String thread = post(channel, "user-id-2", "Får en förtroendevald ge direktiv till en tjänsteperson?", true)
                .path("postConversationId").asText();

        JsonNode answer = awaitMessage(thread, m -> m.path("text").asText().startsWith("Det här står i dokumenten"));
        assertThat(answer.path("text").asText()).contains("Källa:");
    }

    @Test
    void aPrivateQuestionInAChannelIsAnsweredInAPersonalChat() throws Exception {
        String channel = generalChannel();

        String thread = post(channel, "user-id-3", "privat Vem ansvarar för upphandlingsprocessen?", true)
                .path("postConversationId").asText();

        JsonNode notice = awaitMessage(thread, m -> m.path("text").asText().contains("privat"));
        assertThat(notice.path("text").asText()).isEqualTo("Jag har skickat svaret till dig i en privat chatt.");
        JsonNode answer = awaitAnywhere(m -> !m.path("conversation").asText().startsWith(channel)
                && m.path("text").asText().contains("Upphandlingsprocessen är tjänsteorganisationens uppdrag"));
        assertThat(answer.path("conversation").asText()).doesNotStartWith(channel);
    }

    @Test
    void aSearchFromTheMessageBoxReturnsQuotesToInsert() throws Exception {
        ObjectNode invoke = JSON.createObjectNode().put("name", "composeExtension/query");
        ObjectNode value = invoke.putObject("value").put("commandId", "searchQuery");
        value.putArray("parameters").addObject().put("name", "searchQuery").put("value", "besöka en verksamhet");
        invoke.putObject("from").put("id", currentUser());
        invoke.putObject("conversation").put("id", groupChat());

        JsonNode result = send("/_conversation/v1/invoke", invoke).path("composeExtension");

        assertThat(result.path("type").asText()).isEqualTo("result");
        assertThat(result.path("attachments").size()).isBetween(1, 8);
        JsonNode first = result.path("attachments").get(0);
        assertThat(first.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(first.path("preview").path("content").path("title").asText()).isNotBlank();
        assertThat(first.path("content").toString()).contains("Källa:", "verksamhet");
    }

    @Test
    void aThumbDownWithACommentIsStoredAndThanked() throws Exception {
        String personal = personalChat();
        post(personal, currentUser(), "Kan arbetsmiljöansvaret delegeras?", false);
        JsonNode card = awaitMessage(personal, m -> m.toString().contains("Kan arbetsmiljöansvaret delegeras?")
                && m.toString().contains("Visa fler"));
        JsonNode thumbDown = card.path("attachments").get(0).path("content").path("actions").get(1)
                .path("card").path("actions").get(0).path("data");

        ObjectNode submit = JSON.createObjectNode().put("replyToId", card.path("messageId").asText());
        submit.putObject("conversation").put("id", personal);
        submit.putObject("from").put("id", currentUser());
        submit.set("value", ((ObjectNode) thumbDown.deepCopy()).put("comment", "Svaret gällde fel nämnd."));
        send("/_conversation/v1/submit", submit);

        awaitMessage(personal, m -> m.path("text").asText().startsWith("Tack för din återkoppling"));
        assertThat(Files.readString(DATA.resolve("feedback.jsonl"), StandardCharsets.UTF_8))
                .contains("Kan arbetsmiljöansvaret delegeras?", "\"DOWN\"", "Svaret gällde fel nämnd.")
                .doesNotContain("Alex Wilber", currentUser());
    }

    private String personalChat() {
        return config.path("personalChat").path("id").asText();
    }

    private String groupChat() {
        return config.path("groupChats").get(0).path("id").asText();
    }

    private String generalChannel() {
        return config.path("teams").get(0).path("channels").get(0).path("id").asText();
    }

    private String currentUser() {
        return config.path("currentUser").path("id").asText();
    }

    private JsonNode post(String conversation, String user, String text, boolean mention) throws Exception {
        ObjectNode message = JSON.createObjectNode().put("textFormat", "plain");
        message.putObject("from").put("id", user);
        String botTag = "<at>" + config.path("bot").path("name").asText() + "</at>";
        message.put("text", mention ? botTag + " " + text : text);
        if (mention) {
            ObjectNode mentioned = message.putArray("mentions").addObject().put("text", botTag);
            mentioned.putObject("mentioned").put("id", config.path("bot").path("id").asText());
        }
        return send("/_conversation/v1/conversations/" + conversation + "/messages", message);
    }

    private JsonNode send(String path, JsonNode body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(playgroundUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private JsonNode awaitMessage(String conversation, Predicate<JsonNode> wanted) throws InterruptedException {
        return awaitAnywhere(m -> m.path("conversation").asText().equals(conversation) && wanted.test(m));
    }

    /** A message the playground showed, with the conversation it was shown in under "conversation". */
    private JsonNode awaitAnywhere(Predicate<JsonNode> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode message : shown) {
                if (wanted.test(message)) {
                    return message;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Playgrounden visade inget sådant meddelande; den visade: " + shown);
    }

    private static String shownText(JsonNode message) {
        StringBuilder text = new StringBuilder(message.path("text").asText());
        message.findValues("text").forEach(t -> text.append('\n').append(t.asText()));
        return text.toString();
    }

    private JsonNode awaitConfig(Path work) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!playground.isAlive()) {
                throw new IllegalStateException("Playgrounden avslutades: "
                        + Files.readString(work.resolve("playground-output.log")));
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(playgroundUrl + "/_internal/v1/config")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 200) {
                    return JSON.readTree(response.body());
                }
                Thread.sleep(200);
            } catch (IOException notYetListening) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("Playgrounden startade inte inom 60 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Keeps each message the playground pushes, tagged with its conversation. */
    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode event = JSON.readTree(partial.toString());
                    if ("createMessage".equals(event.path("action").asText())) {
                        ObjectNode message = (ObjectNode) event.path("message").deepCopy();
                        message.put("conversation", event.path("actionConversationId").asText());
                        shown.add(message);
                    }
                } catch (IOException notJson) {
                    // The stream carries other kinds of events too; only messages matter here.
                }
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }
}
