package se.riktlinjeboten.bot;

import com.auth0.jwt.exceptions.JWTDecodeException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    MessagesController(TeamsAdapter adapter, RiktlinjeBot bot) {
        this.adapter = adapter;
        this.bot = bot;
    }

    @PostMapping(path = "/api/messages")
    ResponseEntity<String> incoming(
            @RequestBody(required = false) byte[] body,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Activity activity;
        try {
            activity = parse(body);
        } catch (InvalidActivity e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
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

    private static Activity parse(byte[] body) throws InvalidActivity {
        if (body == null || body.length == 0) {
            throw new InvalidActivity("Tom begäran: en Bot Framework-aktivitet i JSON väntades");
        }
        JsonNode json;
        try {
            json = Serialization.jsonToTree(new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidActivity("Begäran är inte giltig JSON");
        }
        if (json == null || !json.isObject()) {
            throw new InvalidActivity("En aktivitet måste vara ett JSON-objekt");
        }
        Activity activity;
        try {
            activity = Serialization.safeGetAs(json, Activity.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidActivity("Aktiviteten har fält av fel typ");
        }
        if (activity == null || activity.getType() == null || activity.getType().isBlank()) {
            throw new InvalidActivity("Aktiviteten saknar type");
        }
        return activity;
    }

    private static final class InvalidActivity extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidActivity(String message) {
            super(message);
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
