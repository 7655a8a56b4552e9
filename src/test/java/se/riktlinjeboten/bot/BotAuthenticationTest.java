package se.riktlinjeboten.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static se.riktlinjeboten.bot.TeamsActivities.message;
import static se.riktlinjeboten.bot.TeamsActivities.messagesTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a Microsoft App ID configured, only requests with a valid Bot Framework token are served,
 * and replies carry a token the bot obtained from its tenant. WireMock plays the channel's OpenID
 * metadata and keys, the Microsoft login endpoint and the Teams connector. Passing this also
 * proves the SDK works with the upgraded okhttp, retrofit, msal4j, java-jwt and jwks-rsa.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BotAuthenticationTest {

    private static final String APP_ID = "6f1c2a52-0000-4000-8000-00000000b07a";
    private static final String APP_SECRET = "s3cret-client-secret-value";
    private static final String TENANT = "7a7a0000-1111-4222-8333-444455556666";
    private static final String OUTGOING_TOKEN = "token-from-the-tenant";
    private static final WireMockServer MICROSOFT =
            new WireMockServer(WireMockConfiguration.options().dynamicPort().dynamicHttpsPort());

    static {
        trustWireMocksCertificate();
        MICROSOFT.start();
    }

    /** Plain HTTP for the channel's metadata and the connector; only the login endpoint needs HTTPS. */
    private static final String HTTP_BASE = "http://localhost:" + MICROSOFT.port();

    static {
        MICROSOFT.stubFor(get(urlPathEqualTo("/v1/.well-known/openidconfiguration")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"issuer\":\"https://api.botframework.com\",\"jwks_uri\":\""
                        + HTTP_BASE + "/v1/.well-known/keys\"}")));
        MICROSOFT.stubFor(get(urlPathEqualTo("/v1/.well-known/keys")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(BotFrameworkTokens.jwks())));
        MICROSOFT.stubFor(post(urlPathEqualTo("/" + TENANT + "/oauth2/v2.0/token")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                        + "\"access_token\":\"" + OUTGOING_TOKEN + "\"}")));
        MICROSOFT.stubFor(post(urlPathMatching("/v3/conversations/.*/activities.*")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"id\":\"r1\"}")));
    }

    @DynamicPropertySource
    static void microsoftApp(DynamicPropertyRegistry registry) {
        registry.add("MicrosoftAppId", () -> APP_ID);
        registry.add("MicrosoftAppPassword", () -> APP_SECRET);
        registry.add("MicrosoftAppTenantId", () -> TENANT);
        registry.add("BotOpenIdMetadata", () -> HTTP_BASE + "/v1/.well-known/openidconfiguration");
        registry.add("riktlinjebot.login-authority", () -> "https://localhost:" + MICROSOFT.httpsPort());
        registry.add("riktlinjebot.allowed-service-hosts", () -> "localhost");
    }

    @LocalServerPort
    int port;

    private final String serviceUrl = HTTP_BASE + "/";

    @BeforeEach
    void forgetEarlierRequests() {
        MICROSOFT.resetRequests();
    }

    @AfterAll
    static void stop() {
        MICROSOFT.stop();
    }

    @Test
    void theLocalPageAndItsConnectorDoNotExistWithAnAppId() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of("/", "/local/chat.js", "/local/conversations/x/activities")) {
            var response = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void aRequestWithoutTokenIsRefused() {
        assertRefused(null);
    }

    @Test
    void aTokenForAnotherBotIsRefused() {
        assertRefused("Bearer " + BotFrameworkTokens.valid("some-other-app", serviceUrl));
    }

    @Test
    void aTokenWithABadSignatureIsRefused() {
        assertRefused("Bearer " + BotFrameworkTokens.signedWithAnotherKey(APP_ID, serviceUrl));
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertRefused("Bearer " + BotFrameworkTokens.expired(APP_ID, serviceUrl));
    }

    @Test
    void aMalformedTokenIsRefused() {
        assertRefused("Bearer not-a-jwt");
    }

    @Test
    void aTokenForAnotherServiceUrlIsRefused() {
        assertRefused("Bearer " + BotFrameworkTokens.valid(APP_ID, "https://smba.example.com/"));
    }

    @Test
    void aValidTokenIsServedAndTheReplyCarriesTheTenantsToken(CapturedOutput output) {
        String conversation = "a:" + UUID.randomUUID();
        String body = message(serviceUrl, conversation, "Vem utser kommundirektören?").toString();

        HttpResponse<String> response = TeamsActivities.post(port, body,
                "Bearer " + BotFrameworkTokens.valid(APP_ID, serviceUrl));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(messagesTo(MICROSOFT, conversation, 1).get(0).path("text").asText())
                .contains("styrelsen som utser direktör");
        MICROSOFT.verify(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities.*"))
                .withHeader("Authorization", equalTo("Bearer " + OUTGOING_TOKEN)));
        MICROSOFT.verify(postRequestedFor(urlPathEqualTo("/" + TENANT + "/oauth2/v2.0/token"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_id=" + APP_ID)));
        assertThat(output.getAll()).doesNotContain(APP_SECRET).doesNotContain(OUTGOING_TOKEN);
    }

    @Test
    void aServiceUrlOutsideTeamsIsRefusedAndNeverGetsTheToken() {
        String foreign = "http://127.0.0.1:" + MICROSOFT.port() + "/";
        String conversation = "a:" + UUID.randomUUID();
        String body = message(foreign, conversation, "Vem utser kommundirektören?").toString();

        HttpResponse<String> response = TeamsActivities.post(port, body,
                "Bearer " + BotFrameworkTokens.valid(APP_ID, foreign));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("serviceUrl är inte en Teams-värd");
        assertThat(MICROSOFT.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*")))).isEmpty();
    }

    private void assertRefused(String authorization) {
        String conversation = "a:" + UUID.randomUUID();
        String body = message(serviceUrl, conversation, "Vem utser kommundirektören?").toString();

        HttpResponse<String> response = TeamsActivities.post(port, body, authorization);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(MICROSOFT.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*")))).isEmpty();
    }

    /** WireMock's HTTPS certificate is self-signed; MSAL insists on HTTPS, so this test trusts it. */
    private static void trustWireMocksCertificate() {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
            SSLContext.setDefault(context);
            HttpsURLConnection.setDefaultSSLSocketFactory(context.getSocketFactory());
            HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> host.equals("localhost"));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
