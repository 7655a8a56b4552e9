package se.riktlinjeboten.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A chat page at {@code /} for trying the bot on one's own machine, in local mode only. The page
 * speaks the same protocol as Teams: it posts activities to {@code /api/messages} with a
 * serviceUrl that points back here, where this class plays the Bot Connector and keeps the
 * bot's replies until the page fetches them.
 */
@RestController
@Conditional(LocalMode.class)
class LocalChatController {

    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");
    private static final Map<String, MediaType> ASSETS = Map.of(
            "chat.js", JAVASCRIPT,
            "chat.css", MediaType.parseMediaType("text/css;charset=UTF-8"),
            "adaptivecards.min.js", JAVASCRIPT,
            "adaptivecards.LICENSE.txt", MediaType.parseMediaType("text/plain;charset=UTF-8"));
    /** The bot's replies are a few kilobytes; the store is for those, nothing larger. */
    private static final int LARGEST_ACTIVITY = 256 * 1024;
    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9:._@;=-]{1,200}");

    private final ObjectMapper json = new ObjectMapper();
    private final LocalConnector connector = new LocalConnector();

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .body(new ClassPathResource("local/index.html"));
    }

    @GetMapping("/local/{asset}")
    ResponseEntity<Resource> asset(@PathVariable String asset) {
        MediaType type = ASSETS.get(asset);
        if (type == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(type)
                .body(new ClassPathResource("local/" + asset));
    }

    /** The connector's "send to conversation" and "reply to activity", which Teams' connector also offers. */
    @PostMapping(path = {"/local/connector/v3/conversations/{conversation}/activities",
            "/local/connector/v3/conversations/{conversation}/activities/{replyTo}"})
    ResponseEntity<String> fromBot(@PathVariable String conversation, @RequestBody String activity)
            throws JsonProcessingException {
        if (!CONVERSATION_ID.matcher(conversation).matches()) {
            return refused("Ogiltigt samtals-id");
        }
        if (activity.length() > LARGEST_ACTIVITY) {
            return refused("Aktiviteten är för stor");
        }
        JsonNode parsed;
        try {
            parsed = json.readTree(activity);
        } catch (JsonProcessingException notJson) {
            return refused("Aktiviteten är inte JSON");
        }
        if (!(parsed instanceof ObjectNode sent)) {
            return refused("Aktiviteten ska vara ett JSON-objekt");
        }
        String id = "local-" + UUID.randomUUID();
        sent.put("id", id);
        connector.add(conversation, json.writeValueAsString(sent));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(json.createObjectNode().put("id", id).toString());
    }

    private static ResponseEntity<String> refused(String reason) {
        return ResponseEntity.badRequest().contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).body(reason);
    }

    /** The bot's activities in a conversation after the first {@code after}, for the page to show. */
    @GetMapping(path = "/local/conversations/{conversation}/activities", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> toPage(@PathVariable String conversation, @RequestParam(defaultValue = "0") long after)
            throws JsonProcessingException {
        LocalConnector.Page page = connector.after(conversation, Math.max(0, after));
        ObjectNode body = json.createObjectNode().put("next", page.next());
        ArrayNode activities = body.putArray("activities");
        for (String activity : page.activities()) {
            activities.add(json.readTree(activity));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body.toString());
    }
}
