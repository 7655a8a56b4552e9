package se.riktlinjeboten.bot;

import com.auth0.jwt.exceptions.JWTDecodeException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoint Teams posts activities to. The body is read raw and parsed with the SDK's own
 * Jackson 2 mapper, because the web layer's Jackson 3 cannot bind the SDK's {@link Activity}.
 */
@RestController
class MessagesController {

    private static final Logger log = LoggerFactory.getLogger(MessagesController.class);

    private final TeamsAdapter adapter;
    private final RiktlinjeBot bot;
    private final EdgeSettings settings;

    MessagesController(TeamsAdapter adapter, RiktlinjeBot bot, EdgeSettings settings) {
        this.adapter = adapter;
        this.bot = bot;
        this.settings = settings;
    }

    @PostMapping(path = "/api/messages")
    ResponseEntity<String> incoming(
            HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Activity activity;
        try {
            requireJson(request.getContentType());
            activity = parse(readBody(request));
            admit(activity);
        } catch (Refusal e) {
            return problem(e.status, e.getMessage());
        }
        try {
            InvokeResponse response = adapter.processIncomingActivity(authorization, activity, bot).get();
            if (response == null) {
                return ResponseEntity.accepted().build();
            }
            String json = response.getBody() == null ? null : Serialization.toString(response.getBody());
            return ResponseEntity.status(response.getStatus()).contentType(MediaType.APPLICATION_JSON).body(json);
        } catch (JWTDecodeException e) {
            return unauthorized(e);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = rootCause(e);
            if (cause instanceof AuthenticationException || cause instanceof JWTDecodeException) {
                return unauthorized(cause);
            }
            if (cause instanceof IllegalArgumentException) {
                return problem(HttpStatus.BAD_REQUEST, "Ogiltig aktivitet: " + cause.getMessage());
            }
            log.error("Aktiviteten kunde inte behandlas", cause);
            return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internt fel");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "Servern stängs");
        } catch (JsonProcessingException e) {
            log.error("Svaret på en invoke kunde inte serialiseras", e);
            return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internt fel");
        }
    }

    private static void requireJson(String contentType) throws Refusal {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            type = null;
        }
        if (type == null || !(type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json"))) {
            throw new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type måste vara application/json");
        }
    }

    /** The body, read no further than the size limit, so that an oversized request costs no memory. */
    private byte[] readBody(HttpServletRequest request) throws Refusal {
        long limit = settings.maxRequestSize().toBytes();
        Refusal tooLarge = new Refusal(HttpStatus.CONTENT_TOO_LARGE,
                "Begäran är större än " + settings.maxRequestSize().toKilobytes() + " kB");
        if (request.getContentLengthLong() > limit) {
            throw tooLarge;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limit) + 1);
            if (body.length > limit) {
                throw tooLarge;
            }
            return body;
        } catch (IOException e) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "Begäran kunde inte läsas");
        }
    }

    private static Activity parse(byte[] body) throws Refusal {
        if (body.length == 0) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "Tom begäran: en Bot Framework-aktivitet i JSON väntades");
        }
        JsonNode json;
        try {
            json = Serialization.jsonToTree(new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "Begäran är inte giltig JSON");
        }
        if (json == null || !json.isObject()) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "En aktivitet måste vara ett JSON-objekt");
        }
        Activity activity;
        try {
            activity = Serialization.safeGetAs(json, Activity.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "Aktiviteten har fält av fel typ");
        }
        if (activity == null || activity.getType() == null || activity.getType().isBlank()) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "Aktiviteten saknar type");
        }
        return activity;
    }

    /** Only the allowed tenants are served, and replies go only where the bot's token may go. */
    private void admit(Activity activity) throws Refusal {
        if (!settings.allowedTenants().isEmpty() && !settings.allowedTenants().contains(tenantOf(activity))) {
            throw new Refusal(HttpStatus.FORBIDDEN, "Organisationen (tenant) betjänas inte av den här boten");
        }
        if (activity.getServiceUrl() != null && !adapter.mayReplyTo(activity.getServiceUrl())) {
            log.warn("Begäran avvisades (403): serviceUrl på en värd utanför Teams");
            throw new Refusal(HttpStatus.FORBIDDEN, "serviceUrl är inte en Teams-värd");
        }
    }

    private static String tenantOf(Activity activity) {
        if (activity.getConversation() != null && activity.getConversation().getTenantId() != null) {
            return activity.getConversation().getTenantId();
        }
        try {
            TeamsChannelData channelData = activity.getChannelData(TeamsChannelData.class);
            return channelData == null || channelData.getTenant() == null ? "" : channelData.getTenant().getId();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return "";
        }
    }

    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient HttpStatus status;

        Refusal(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException
                || cause instanceof AuthenticationException && cause.getCause() instanceof AuthenticationException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static ResponseEntity<String> unauthorized(Throwable reason) {
        String why = reason instanceof JWTDecodeException ? "token som inte kan avkodas" : reason.getMessage();
        log.info("Begäran avvisades (401): {}", why);
        return problem(HttpStatus.UNAUTHORIZED, "Ogiltig eller saknad Bot Framework-token");
    }

    private static ResponseEntity<String> problem(HttpStatus status, String detail) {
        var node = Serialization.createObjectNode();
        node.put("status", status.value());
        node.put("error", detail);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(node.toString());
    }
}
