package se.riktlinjeboten.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static se.riktlinjeboten.bot.TeamsActivities.message;
import static se.riktlinjeboten.bot.TeamsActivities.messagesTo;
import static se.riktlinjeboten.bot.TeamsActivities.sentTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whatever is thrown at /api/messages gets a 4xx with a reason or a polite reply, never a 5xx,
 * never the sender's markup in a card; a failing Teams connector costs bounded time; and after
 * each of these the bot still answers the next question.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "riktlinjebot.typing-delay=0", "riktlinjebot.questions-per-minute=3", "riktlinjebot.allowed-tenants=tenant-1",
        "riktlinjebot.connector.timeout=1s", "riktlinjebot.connector.max-retry-wait=2s"})
class HostileInputTest {

    private static final WireMockServer CONNECTOR = TeamsActivities.acknowledgingConnector();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String QUOTE = "Den nya kommunallagen ställer krav på att det är styrelsen som utser direktör";

    @LocalServerPort
    int port;

    private final String serviceUrl = CONNECTOR.baseUrl() + "/";

    @AfterEach
    void theBotStillAnswers() {
        String conversation = newConversation();
        ObjectNode question = message(serviceUrl, conversation, "Vem utser kommundirektören?");
        question.with("from").put("id", "29:" + conversation);
        assertThat(send(question.toString()).statusCode()).isEqualTo(202);
        assertThat(messagesTo(CONNECTOR, conversation, 1).get(0).path("text").asText()).contains(QUOTE);
    }

    @AfterAll
    static void stopConnector() {
        CONNECTOR.stop();
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWithItsReason() {
        HttpResponse<String> response = send("type=message&text=hej", "application/x-www-form-urlencoded");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("Content-Type måste vara application/json");
    }

    @Test
    void anActivityOfAnUnknownTypeIsAcceptedAndIgnored() {
        String conversation = newConversation();
        ObjectNode activity = message(serviceUrl, conversation, "Vem utser kommundirektören?").put("type", "hologram");

        assertThat(send(activity.toString()).statusCode()).isEqualTo(202);
        assertThat(sentTo(CONNECTOR, conversation, 0)).isEmpty();
    }

    @Test
    void aOneMegabyteBodyIsRefusedUnread() {
        String huge = message(serviceUrl, newConversation(), "a".repeat(1024 * 1024)).toString();

        HttpResponse<String> response = send(huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Begäran är större än 256 kB");
    }

    @Test
    void aHundredKilobyteQuestionIsAskedToBeShorter() {
        assertThat(reply("Vem utser kommundirektören? " + "bla ".repeat(25_000)))
                .isEqualTo("Frågan är för lång för mig (högst 1000 tecken). Skriv den gärna kortare, med det viktigaste först.");
    }

    @Test
    void aQuestionOfOneLongWordWithoutSwedishLettersIsAnswered() {
        assertThat(reply("Vem utser kommundirektoren? " + "a".repeat(900))).contains(QUOTE);
    }

    @Test
    void onlyEmojiGetsAPoliteReply() {
        assertThat(reply("🙂🙂👍🏛️")).contains("Jag hittar inget i dokumenten som besvarar den frågan.");
    }

    @Test
    void nullBytesInTheQuestionDoNoHarm() {
        assertThat(reply("Vem utser\u0000 kommundirektören?\u0000")).contains(QUOTE);
    }

    @Test
    void luceneQuerySyntaxIsReadAsWords() {
        assertThat(reply("title:(AND OR * ~ \" kommundirektör^9 [a TO z] \\")).doesNotContain("Något gick fel");
    }

    @Test
    void markupInTheQuestionIsNeverEchoedIntoTheReply() {
        String conversation = newConversation();
        send(message(serviceUrl, conversation, "<script>alert('x')</script> <b>arvode</b> "
                + "{\"type\":\"AdaptiveCard\",\"body\":[{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"}]}").toString());

        String reply = messagesTo(CONNECTOR, conversation, 1).get(0).toString();
        assertThat(reply).doesNotContain("<script>", "alert(", "<b>arvode", "evil.example");
    }

    @Test
    void aUserAskingTooFastIsAskedToWaitWhileOthersAreAnswered() {
        String conversation = newConversation();
        for (int i = 0; i < 3; i++) {
            assertThat(replyFrom("29:ivrig", conversation, "Vem utser kommundirektören?", i + 1)).contains(QUOTE);
        }

        assertThat(replyFrom("29:ivrig", conversation, "Vem utser kommundirektören?", 4))
                .isEqualTo("Du har ställt många frågor på kort tid. Vänta en minut, så svarar jag igen.");
    }

    @Test
    void anotherTenantIsRefused() {
        String conversation = newConversation();
        ObjectNode activity = message(serviceUrl, conversation, "Vem utser kommundirektören?");
        activity.with("conversation").put("tenantId", "tenant-other");
        activity.with("channelData").with("tenant").put("id", "tenant-other");

        HttpResponse<String> response = send(activity.toString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(sentTo(CONNECTOR, conversation, 0)).isEmpty();
    }

    @Test
    void aBusyConnectorIsTriedAgainAfterItsRetryAfter() {
        String conversation = newConversation();
        CONNECTOR.stubFor(post(urlPathMatching("/v3/conversations/" + conversation + "/activities.*"))
                .inScenario(conversation).whenScenarioStateIs(STARTED).willSetStateTo("ledig")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));

        long started = System.nanoTime();
        String reply = reply(conversation, "Vem utser kommundirektören?");

        assertThat(reply).contains(QUOTE);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        // "typing…", the answer, and the one post turned away with 429 and sent again
        assertThat(CONNECTOR.findAll(postRequestedFor(urlPathMatching("/v3/conversations/" + conversation + "/.*"))))
                .hasSize(3);
    }

    @Test
    void aFailingConnectorIsTriedABoundedNumberOfTimes() throws InterruptedException {
        String conversation = newConversation();
        CONNECTOR.stubFor(post(urlPathMatching("/v3/conversations/" + conversation + "/activities.*"))
                .willReturn(aResponse().withStatus(500)));

        HttpResponse<String> response = send(message(serviceUrl, conversation, "Vem utser kommundirektören?").toString());
        Thread.sleep(2_000);

        assertThat(response.statusCode()).isLessThan(500);
        // every activity the bot tried to post ("typing…", the answer, the apology) was tried exactly three times
        Map<String, Long> attempts = sentTo(CONNECTOR, conversation, 6).stream()
                .collect(Collectors.groupingBy(a -> a.path("type").asText() + ":" + a.path("text").asText(),
                        Collectors.counting()));
        assertThat(attempts.values()).isNotEmpty().allMatch(n -> n == 3);
    }

    @Test
    void aConnectorThatNeverAnswersCostsBoundedTimeAndNoThreads() {
        String conversation = newConversation();
        CONNECTOR.stubFor(post(urlPathMatching("/v3/conversations/" + conversation + "/activities.*"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));
        askWithinSeconds(conversation, 3);
        long threadsAfterFirst = botThreads();

        askWithinSeconds(conversation, 6);

        assertThat(botThreads()).as(HostileInputTest::threadNames).isLessThanOrEqualTo(threadsAfterFirst + 5);
    }

    private void askWithinSeconds(String conversation, int times) {
        for (int i = 0; i < times; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = send(message(serviceUrl, conversation, "Vem utser kommundirektören?").toString());
            assertThat(response.statusCode()).isLessThan(500);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        }
    }

    private static String threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toList().toString();
    }

    /** Live threads, without WireMock's, which sleep through the connector's delay on its side. */
    private static long botThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !t.getName().startsWith("qtp"))
                .count();
    }

    private String reply(String question) {
        return reply(newConversation(), question);
    }

    private String reply(String conversation, String question) {
        ObjectNode activity = message(serviceUrl, conversation, question);
        activity.with("from").put("id", "29:" + conversation);
        assertThat(send(activity.toString()).statusCode()).isEqualTo(202);
        return TeamsActivities.shown(messagesTo(CONNECTOR, conversation, 1).get(0));
    }

    private String replyFrom(String user, String conversation, String question, int nth) {
        ObjectNode activity = message(serviceUrl, conversation, question);
        activity.with("from").put("id", user);
        assertThat(send(activity.toString()).statusCode()).isEqualTo(202);
        return TeamsActivities.shown(messagesTo(CONNECTOR, conversation, nth).get(nth - 1));
    }

    private HttpResponse<String> send(String body) {
        return send(body, "application/json; charset=utf-8");
    }

    private HttpResponse<String> send(String body, String contentType) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
                            .header("Content-Type", contentType)
                            .timeout(Duration.ofSeconds(20))
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newConversation() {
        return "a:" + UUID.randomUUID();
    }
}
