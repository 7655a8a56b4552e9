package se.riktlinjeboten.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static se.riktlinjeboten.bot.TeamsActivities.BOT_ID;
import static se.riktlinjeboten.bot.TeamsActivities.botAdded;
import static se.riktlinjeboten.bot.TeamsActivities.channelMessage;
import static se.riktlinjeboten.bot.TeamsActivities.message;
import static se.riktlinjeboten.bot.TeamsActivities.messagesTo;
import static se.riktlinjeboten.bot.TeamsActivities.sentTo;
import static se.riktlinjeboten.bot.TeamsActivities.shown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user's conversation with the bot through the real /api/messages endpoint, in local mode;
 * WireMock plays the Teams connector the replies are posted to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"riktlinjebot.typing-delay=0", "riktlinjebot.questions-per-minute=0"})
class ConversationTest {

    private static final WireMockServer CONNECTOR = TeamsActivities.acknowledgingConnector();

    static {
        CONNECTOR.stubFor(post(urlPathEqualTo("/v3/conversations"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"a:private-with-anna\"}")));
        CONNECTOR.stubFor(post(urlPathEqualTo("/v3/conversations"))
                .withRequestBody(matchingJsonPath("$.members[0].id", equalTo("29:no-personal-app")))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"Forbidden\"}}")));
    }

    @LocalServerPort
    int port;

    private final String serviceUrl = CONNECTOR.baseUrl() + "/";

    @BeforeEach
    void forgetEarlierReplies() {
        CONNECTOR.resetRequests();
    }

    @AfterAll
    static void stopConnector() {
        CONNECTOR.stop();
    }

    @Test
    void aSwedishQuestionIsAnsweredWithTheQuoteAndItsSource() {
        String conversation = newConversation();

        HttpResponse<String> response = ask(message(serviceUrl, conversation, "Vem utser kommundirektören?").toString());

        assertThat(response.statusCode()).isEqualTo(202);
        List<JsonNode> sent = sentTo(CONNECTOR, conversation, 2);
        assertThat(sent).extracting(a -> a.path("type").asText()).containsExactly("typing", "message");
        JsonNode reply = sent.get(1);
        String quote = "Den nya kommunallagen ställer krav på att det är styrelsen som utser direktör";
        assertThat(reply.path("text").asText())
                .contains(quote, "Uppdrag och samspel mellan politik och tjänstemän", "Gnosjö kommun");
        assertThat(reply.path("attachments")).hasSize(1);
        JsonNode card = reply.path("attachments").get(0);
        assertThat(card.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(shown(reply)).as("said once, in the text, not again in the card").containsOnlyOnce(quote);
    }

    @Test
    void anEnglishQuestionIsAnsweredInEnglishWithTheSwedishQuote() {
        String conversation = newConversation();

        ask(message(serviceUrl, conversation, "Who is responsible for the procurement process?").toString());

        String text = messagesTo(CONNECTOR, conversation, 1).get(0).path("text").asText();
        assertThat(text).startsWith("This is what the documents say")
                .contains("Upphandlingsprocessen är tjänsteorganisationens uppdrag och ansvar");
    }

    @Test
    void theMentionIsRemovedBeforeAChannelQuestionIsRead() {
        ask(channelMessage(serviceUrl, "Vem ansvarar för upphandlingsprocessen?").toString());

        JsonNode reply = messagesTo(CONNECTOR, "19:general@thread.tacv2;messageid=1", 1).get(0);
        assertThat(reply.path("text").asText())
                .contains("Upphandlingsprocessen är tjänsteorganisationens uppdrag och ansvar")
                .doesNotContain("<at>");
    }

    @Test
    void aChannelQuestionAskedPrivatelyIsAnsweredInAOneToOneChat() throws Exception {
        String channel = "19:general@thread.tacv2;messageid=1";
        ask(channelMessage(serviceUrl, "privat: Vem ansvarar för upphandlingsprocessen?").toString());

        JsonNode privateAnswer = messagesTo(CONNECTOR, "a:private-with-anna", 1).get(0);
        assertThat(privateAnswer.path("text").asText())
                .contains("Upphandlingsprocessen är tjänsteorganisationens uppdrag och ansvar");
        assertThat(privateAnswer.path("recipient").path("id").asText()).isEqualTo("29:user");
        JsonNode created = TeamsActivities.JSON.readTree(CONNECTOR.findAll(postRequestedFor(urlPathEqualTo("/v3/conversations")))
                .get(0).getBodyAsString());
        assertThat(created.path("isGroup").asBoolean()).isFalse();
        assertThat(created.path("members").get(0).path("id").asText()).isEqualTo("29:user");
        assertThat(created.path("tenantId").asText()).isEqualTo("tenant-1");

        List<JsonNode> inChannel = messagesTo(CONNECTOR, channel, 1);
        assertThat(inChannel).hasSize(1);
        assertThat(inChannel.get(0).path("text").asText()).isEqualTo("Jag har skickat svaret till dig i en privat chatt.");
        assertThat(quotedStretches(inChannel.get(0).toString())).isEmpty();
    }

    @Test
    void privateWithNoQuestionAsksForTheQuestionAndOpensNoChat() {
        ask(channelMessage(serviceUrl, "privat:").toString());

        JsonNode reply = messagesTo(CONNECTOR, "19:general@thread.tacv2;messageid=1", 1).get(0);
        assertThat(reply.path("text").asText()).startsWith("Skriv din fråga");
        assertThat(CONNECTOR.findAll(postRequestedFor(urlPathEqualTo("/v3/conversations")))).isEmpty();
    }

    @Test
    void whenTeamsRefusesAPrivateChatTheChannelIsToldWhyAndSeesNoAnswer() throws Exception {
        String channel = "19:general@thread.tacv2;messageid=1";
        var question = channelMessage(serviceUrl, "private Who is responsible for the procurement process?");
        ((ObjectNode) question.get("from")).put("id", "29:no-personal-app");

        ask(question.toString());

        JsonNode notice = messagesTo(CONNECTOR, channel, 1).get(0);
        assertThat(notice.path("text").asText()).startsWith("I couldn't send you the answer privately");
        assertThat(quotedStretches(notice.toString())).isEmpty();
    }

    @Test
    void theBotWelcomesOnceWhenItIsAddedAndNotWhenOthersJoin() {
        String conversation = newConversation();

        ask(botAdded(serviceUrl, conversation, BOT_ID).toString());
        ask(botAdded(serviceUrl, conversation, BOT_ID).toString());
        ask(botAdded(serviceUrl, conversation, "29:another-user").toString());

        List<JsonNode> welcomes = messagesTo(CONNECTOR, conversation, 1);
        assertThat(welcomes).hasSize(1);
        assertThat(shown(welcomes.get(0)))
                .contains("Riktlinjeboten", "Riktlinje för samspel mellan politik och förvaltning i Alingsås kommun");
    }

    @Test
    void aQuestionTheDocumentsDoNotCoverGetsThePlainReplyAndNoQuote() throws Exception {
        String conversation = newConversation();

        ask(message(serviceUrl, conversation, "Vad blir det för väder i morgon?").toString());

        String reply = messagesTo(CONNECTOR, conversation, 1).get(0).toString();
        assertThat(reply).contains("Jag hittar inget i dokumenten som besvarar den frågan");
        assertThat(quotedStretches(reply)).isEmpty();
    }

    @Test
    void itsOwnMessagesAreIgnored() throws Exception {
        String conversation = newConversation();
        var own = message(serviceUrl, conversation, "Vem utser kommundirektören?");
        own.putObject("from").put("id", BOT_ID);

        assertThat(ask(own.toString()).statusCode()).isEqualTo(202);

        Thread.sleep(300);
        assertThat(sentTo(CONNECTOR, conversation, 0)).isEmpty();
    }

    @Test
    void commandsAnswerInTheirOwnLanguage() {
        String sv = newConversation();
        String en = newConversation();
        String sources = newConversation();

        ask(message(serviceUrl, sv, "hjälp").toString());
        ask(message(serviceUrl, en, "Help").toString());
        ask(message(serviceUrl, sources, "källor").toString());

        assertThat(shown(messagesTo(CONNECTOR, sv, 1).get(0))).contains("Exempel på frågor", "skriv **privat** före frågan");
        assertThat(shown(messagesTo(CONNECTOR, en, 1).get(0))).contains("Example questions");
        assertThat(shown(messagesTo(CONNECTOR, sources, 1).get(0))).contains(
                "Uppdrag och samspel mellan politik och tjänstemän", "Möte om politisk organisation",
                "En organisation för framtiden", "Borlänge kommun", "Alingsås kommun");
    }

    @Test
    void badRequestsGetAClearReasonAndTheBotKeepsAnswering() {
        HttpResponse<String> notJson = ask("not json");
        HttpResponse<String> noType = ask("{}");
        HttpResponse<String> wrongTypes = ask("{\"type\": \"message\", \"text\": {\"a\": 1}, \"entities\": 5}");
        String conversation = newConversation();
        HttpResponse<String> empty = ask(message(serviceUrl, conversation, "   ").toString());

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("JSON");
        assertThat(noType.statusCode()).isEqualTo(400);
        assertThat(wrongTypes.statusCode()).isEqualTo(400);
        assertThat(empty.statusCode()).isEqualTo(202);
        assertThat(messagesTo(CONNECTOR, conversation, 1).get(0).path("text").asText()).contains("Skriv din fråga");
        aSwedishQuestionIsAnsweredWithTheQuoteAndItsSource();
    }

    @Test
    void aFailingConnectorDoesNotStopTheNextAnswer() {
        String broken = "a:broken-" + UUID.randomUUID();
        CONNECTOR.stubFor(post(urlPathMatching("/v3/conversations/" + broken + "/activities.*"))
                .willReturn(aResponse().withStatus(500)));

        HttpResponse<String> response = ask(message(serviceUrl, broken, "Vem utser kommundirektören?").toString());

        assertThat(response.statusCode()).isLessThan(500);
        aSwedishQuestionIsAnsweredWithTheQuoteAndItsSource();
    }

    @Test
    void aThumbDownWithACommentIsStoredBeforeTheThanksAndNamesNoOne() throws Exception {
        String conversation = newConversation();
        ask(message(serviceUrl, conversation, "Vem utser kommundirektören?").toString());
        JsonNode actions = messagesTo(CONNECTOR, conversation, 1).get(0).path("attachments").get(0).path("content")
                .path("actions");
        ObjectNode clicked = (ObjectNode) actions.get(1).path("card").path("actions").get(0).path("data").deepCopy();
        clicked.put("comment", "Jag ville veta vem som föreslår personen.");

        ObjectNode submit = message(serviceUrl, conversation, "");
        submit.remove("text");
        submit.set("value", clicked);
        ask(submit.toString());

        assertThat(messagesTo(CONNECTOR, conversation, 2).get(1).path("text").asText())
                .startsWith("Tack för din återkoppling!");
        List<String> stored = Files.readAllLines(Path.of("target/test-data/feedback.jsonl"));
        JsonNode last = TeamsActivities.JSON.readTree(stored.get(stored.size() - 1));
        assertThat(last.path("verdict").asText()).isEqualTo("DOWN");
        assertThat(last.path("question").asText()).isEqualTo("Vem utser kommundirektören?");
        assertThat(last.path("comment").asText()).isEqualTo("Jag ville veta vem som föreslår personen.");
        assertThat(last.path("passages").get(0).asText()).startsWith("gnosjo-2018-uppdrag-och-samspel-politik-tjansteman#");
        assertThat(last.path("user").asText()).hasSize(16).isNotEqualTo("29:user");
        assertThat(stored.get(stored.size() - 1)).doesNotContain("Anna Andersson", "29:user");
    }

    @Test
    void moreResultsShowTheNextPassagesForTheSameQuestion() {
        String conversation = newConversation();
        ask(message(serviceUrl, conversation, "Vad är förvaltningschefens ansvar?").toString());
        JsonNode first = messagesTo(CONNECTOR, conversation, 1).get(0);
        JsonNode more = first.path("attachments").get(0).path("content").path("actions").get(2);
        assertThat(more.path("title").asText()).isEqualTo("Visa fler");

        ObjectNode submit = message(serviceUrl, conversation, "");
        submit.remove("text");
        submit.set("value", more.path("data"));
        ask(submit.toString());

        String next = messagesTo(CONNECTOR, conversation, 2).get(1).path("text").asText();
        String firstQuote = first.path("text").asText().split("\n\n")[1];
        assertThat(next).startsWith("Det här står i dokumenten:").doesNotContain(firstQuote);
    }

    @Test
    void anUnansweredQuestionIsKeptForTheAdministrators() throws Exception {
        String conversation = newConversation();
        ask(message(serviceUrl, conversation, "Hur bokar jag en tvättstuga i kvarteret?").toString());
        messagesTo(CONNECTOR, conversation, 1);

        assertThat(Files.readString(Path.of("target/test-data/unanswered.jsonl")))
                .contains("Hur bokar jag en tvättstuga i kvarteret?");
    }

    @Test
    void anAnswerCarriesTeamsCitationsNumberedAsInItsText() {
        String conversation = newConversation();

        ask(message(serviceUrl, conversation, "Vem utser kommundirektören?").toString());

        JsonNode reply = messagesTo(CONNECTOR, conversation, 1).get(0);
        assertThat(reply.path("text").asText()).contains("_ [1]");
        JsonNode message = reply.path("entities").get(0);
        assertThat(message.path("type").asText()).isEqualTo("https://schema.org/Message");
        assertThat(message.path("@type").asText()).isEqualTo("Message");
        JsonNode first = message.path("citation").get(0);
        assertThat(first.path("position").asInt()).isEqualTo(1);
        assertThat(first.path("appearance").path("name").asText()).isEqualTo("Uppdrag och samspel mellan politik och tjänstemän");
        assertThat(first.path("appearance").path("abstract").asText()).hasSizeLessThanOrEqualTo(160).isNotBlank();
        assertThat(first.path("appearance").path("keywords")).extracting(JsonNode::asText).contains("Gnosjö kommun");
    }

    @Test
    void aSearchFromTheMessageBoxListsQuotesToInsert() throws Exception {
        HttpResponse<String> response = ask(searchFromMessageBox("Kan arbetsmiljöansvaret delegeras?"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = TeamsActivities.JSON.readTree(response.body()).path("composeExtension");
        assertThat(result.path("type").asText()).isEqualTo("result");
        assertThat(result.path("attachmentLayout").asText()).isEqualTo("list");
        JsonNode first = result.path("attachments").get(0);
        assertThat(first.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(first.path("content").toString())
                .contains("Arbetsgivarens ansvar för arbetsmiljön kan inte delegeras", "Alingsås kommun");
        assertThat(first.path("preview").path("content").path("title").asText())
                .startsWith("Riktlinje för samspel mellan politik och förvaltning i Alingsås kommun");
    }

    @Test
    void anEmptySearchFromTheMessageBoxListsTheDocuments() throws Exception {
        HttpResponse<String> response = ask(searchFromMessageBox(null));

        JsonNode attachments = TeamsActivities.JSON.readTree(response.body()).path("composeExtension").path("attachments");
        assertThat(attachments).hasSize(5);
        assertThat(attachments).extracting(a -> a.path("preview").path("content").path("title").asText())
                .contains("Uppdrag och samspel mellan politik och tjänstemän");
    }

    private String searchFromMessageBox(String text) {
        ObjectNode invoke = message(serviceUrl, newConversation(), "");
        invoke.put("type", "invoke").put("name", "composeExtension/query").remove("text");
        ObjectNode value = invoke.putObject("value").put("commandId", "sok");
        ArrayNode parameters = value.putArray("parameters");
        if (text == null) {
            parameters.addObject().put("name", "initialRun").put("value", "true");
        } else {
            parameters.addObject().put("name", "fraga").put("value", text);
        }
        value.putObject("queryOptions").put("skip", 0).put("count", 25);
        return invoke.toString();
    }

    @Test
    void swedishLettersSurviveEndToEnd() {
        String conversation = newConversation();

        ask(message(serviceUrl, conversation, "Kan arbetsmiljöansvaret delegeras?").toString());

        assertThat(messagesTo(CONNECTOR, conversation, 1).get(0).path("text").asText())
                .contains("Arbetsgivarens ansvar för arbetsmiljön kan inte delegeras", "Alingsås kommun");
    }

    private HttpResponse<String> ask(String body) {
        return TeamsActivities.post(port, body, null);
    }

    private static String newConversation() {
        return "a:" + UUID.randomUUID();
    }

    /** Stretches of 60 characters of any document that stand in the reply. */
    private static List<String> quotedStretches(String reply) throws Exception {
        String folded = fold(reply);
        List<String> found = new java.util.ArrayList<>();
        try (var files = Files.list(Path.of("index-data/documents"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String document = fold(Files.readString(file));
                for (int i = 0; i + 60 <= document.length(); i += 20) {
                    String stretch = document.substring(i, i + 60);
                    if (folded.contains(stretch)) {
                        found.add(stretch);
                    }
                }
            }
        }
        return found;
    }

    private static String fold(String text) {
        return text.toLowerCase().replaceAll("[\\W_]+", " ");
    }
}
