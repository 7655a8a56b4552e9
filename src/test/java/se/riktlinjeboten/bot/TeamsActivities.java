package se.riktlinjeboten.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Builds Teams activities as Teams sends them and reads what the bot posted to the connector. */
final class TeamsActivities {

    static final String BOT_ID = "28:riktlinjebot";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TeamsActivities() {
    }

    /**
     * A stand-in Teams connector, started, that acknowledges every activity posted to a
     * conversation; a test's own stubs of the same requests take precedence.
     */
    static WireMockServer acknowledgingConnector() {
        WireMockServer connector = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        connector.start();
        connector.stubFor(WireMock.post(WireMock.urlPathMatching("/v3/conversations/.*/activities.*")).atPriority(10)
                .willReturn(WireMock.aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"reply-1\"}")));
        return connector;
    }

    /** How many answers the metrics have counted, of one outcome or of any ({@code null}); 0 before the first. */
    static double answersCounted(int managementPort, String outcome) {
        String query = outcome == null ? "" : "?tag=outcome:" + outcome;
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + managementPort + "/actuator/metrics/riktlinjebot.answers" + query)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 404) {
                return 0;
            }
            for (JsonNode measurement : JSON.readTree(response.body()).path("measurements")) {
                if (measurement.path("statistic").asText().equals("COUNT")) {
                    return measurement.path("value").asDouble();
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode message(String serviceUrl, String conversationId, String text) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", "message").put("id", "msg-1").put("channelId", "msteams")
                .put("serviceUrl", serviceUrl).put("text", text).put("locale", "sv-SE");
        activity.putObject("from").put("id", "29:user").put("name", "Anna Andersson");
        activity.putObject("recipient").put("id", BOT_ID).put("name", "Riktlinjeboten");
        activity.putObject("conversation").put("id", conversationId).put("conversationType", "personal")
                .put("tenantId", "tenant-1");
        activity.putObject("channelData").putObject("tenant").put("id", "tenant-1");
        return activity;
    }

    static ObjectNode channelMessage(String serviceUrl, String question) {
        String mention = "<at>Riktlinjeboten</at>";
        ObjectNode activity = message(serviceUrl, "19:general@thread.tacv2;messageid=1", mention + " " + question);
        ((ObjectNode) activity.get("conversation")).put("conversationType", "channel").put("isGroup", true);
        ObjectNode mentionEntity = activity.putArray("entities").addObject().put("type", "mention").put("text", mention);
        mentionEntity.putObject("mentioned").put("id", BOT_ID).put("name", "Riktlinjeboten");
        ((ObjectNode) activity.get("channelData")).put("teamsChannelId", "19:general@thread.tacv2")
                .putObject("team").put("id", "19:team@thread.tacv2");
        return activity;
    }

    static ObjectNode botAdded(String serviceUrl, String conversationId, String memberId) {
        ObjectNode activity = message(serviceUrl, conversationId, null);
        activity.put("type", "conversationUpdate").remove("text");
        ArrayNode added = activity.putArray("membersAdded");
        added.addObject().put("id", memberId);
        return activity;
    }

    static HttpResponse<String> post(int port, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The activities the bot posted to a conversation, waiting briefly for at least {@code atLeast}. */
    static List<JsonNode> sentTo(WireMockServer connector, String conversationId, int atLeast) {
        long deadline = System.currentTimeMillis() + 5000;
        List<JsonNode> sent;
        do {
            sent = connector.getAllServeEvents().stream()
                    .map(e -> e.getRequest())
                    .filter(r -> r.getUrl().contains("/v3/conversations/"))
                    .filter(r -> decodedUrl(r).contains("/v3/conversations/" + conversationId + "/"))
                    .sorted((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate()))
                    .map(TeamsActivities::body)
                    .toList();
            if (sent.size() >= atLeast) {
                return sent;
            }
            sleep();
        } while (System.currentTimeMillis() < deadline);
        return sent;
    }

    static List<JsonNode> messagesTo(WireMockServer connector, String conversationId, int atLeast) {
        return sentTo(connector, conversationId, atLeast).stream()
                .filter(a -> a.path("type").asText().equals("message"))
                .toList();
    }

    /** What a Teams user reads in a message: its text, then the text of its cards. */
    static String shown(JsonNode activity) {
        StringBuilder shown = new StringBuilder(activity.path("text").asText());
        activity.path("attachments").forEach(a -> cardText(a.path("content"), shown));
        return shown.toString();
    }

    private static void cardText(JsonNode element, StringBuilder shown) {
        if (element.isObject() && "TextBlock".equals(element.path("type").asText())) {
            shown.append('\n').append(element.path("text").asText());
        }
        element.forEach(child -> cardText(child, shown));
    }

    private static String decodedUrl(LoggedRequest request) {
        return java.net.URLDecoder.decode(request.getUrl(), StandardCharsets.UTF_8);
    }

    private static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(new String(request.getBody(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
