package se.riktlinjeboten.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.restclient.ServiceResponseBuilder;
import com.microsoft.bot.restclient.retry.RetryStrategy;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ResourceResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Retrofit;
import se.riktlinjeboten.search.Language;

/**
 * The SDK's adapter with three changes. Outgoing calls authenticate as a single-tenant app (the
 * SDK would ask the botframework.com tenant for tokens, which new Azure bots are not in). Replies
 * go only to Teams' own hosts when the bot authenticates, since the bot's token goes with them.
 * And replies are posted with bounded timeouts, retries that respect Retry-After, and enough
 * parallel requests: okhttp's default of five per host would cap the bot at five replies in flight.
 */
class TeamsAdapter extends BotFrameworkHttpAdapter {

    private static final Logger log = LoggerFactory.getLogger(TeamsAdapter.class);
    private static final int REPLIES_IN_FLIGHT = 128;
    private static final RetryStrategy NO_SDK_RETRIES = new RetryStrategy("ingen", false) {
        @Override
        public boolean shouldRetry(int retryCount, okhttp3.Response response) {
            return false;
        }
    };

    /**
     * The SDK's serialisation of requests to the connector without its flattening step. That
     * step exists for Azure models with dotted property names, which no Bot Framework activity
     * has, and for every object of every reply it made a JSON tree, copied it and compiled
     * regular expressions for each of its keys: the largest share of a reply's CPU time.
     */
    private static final JacksonAdapter SERIALIZER = new JacksonAdapter() {
        @Override
        public ObjectMapper serializer() {
            return simpleMapper();
        }
    };

    private final String password;
    private final String tenantId;
    private final String loginAuthority;
    private final boolean authenticating;
    private final ServiceHosts serviceHosts;
    private final AnswerRecorder recorder;
    private final EdgeSettings.Connector connector;
    private final Dispatcher dispatcher = new Dispatcher();
    private final ConnectionPool connections = new ConnectionPool(32, 5, TimeUnit.MINUTES);
    private final Map<String, ConnectorClient> clients = new ConcurrentHashMap<>();
    /**
     * What every connector client is derived from, so that they share one TLS socket factory:
     * a client built from scratch loads the platform's trust store again for each serviceUrl.
     */
    private final OkHttpClient baseHttp;

    TeamsAdapter(EnvironmentConfiguration configuration, String loginAuthority, EdgeSettings settings,
            AnswerRecorder recorder) {
        super(configuration);
        this.recorder = recorder;
        this.password = configuration.getProperty(EnvironmentConfiguration.APP_PASSWORD);
        this.tenantId = configuration.getProperty(EnvironmentConfiguration.APP_TENANT_ID);
        this.loginAuthority = loginAuthority.replaceAll("/+$", "");
        this.authenticating = configuration.authenticationEnabled();
        this.serviceHosts = new ServiceHosts(settings.allowedServiceHosts());
        this.connector = settings.connector();
        this.baseHttp = new OkHttpClient.Builder()
                .callTimeout(connector.timeout().multipliedBy(connector.attempts()).plus(connector.maxRetryWait()))
                .build();
        dispatcher.setMaxRequests(REPLIES_IN_FLIGHT);
        dispatcher.setMaxRequestsPerHost(REPLIES_IN_FLIGHT);
        setOnTurnError(this::onTurnError);
    }

    /** Whether requests must carry a Bot Framework token: a Microsoft App ID is configured. */
    boolean authenticating() {
        return authenticating;
    }

    /** Whether replies may go to this serviceUrl: any in local mode, Teams' own hosts otherwise. */
    boolean mayReplyTo(String serviceUrl) {
        return !authenticating || serviceHosts.allows(serviceUrl);
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        String authority = loginAuthority + "/" + (tenantId == null ? "botframework.com" : tenantId);
        return CompletableFuture.completedFuture(new MicrosoftAppCredentials(appId, password, tenantId, scope) {
            @Override
            public String oAuthEndpoint() {
                return authority;
            }
        });
    }

    /**
     * The SDK sends on a pool thread, and for an invoke that means writing the response into the
     * turn's state there, while the request thread closes that state as soon as the pipeline has
     * started: now and then the close meets the write (ConcurrentModificationException) and the
     * search from the message box fails with a 500. The response is written here, on the turn's
     * own thread, before the close.
     */
    @Override
    public CompletableFuture<ResourceResponse[]> sendActivities(TurnContext context, List<Activity> activities) {
        if (activities.size() == 1 && activities.get(0).isType(ActivityTypes.INVOKE_RESPONSE)) {
            Activity response = activities.get(0);
            context.getTurnState().add(BotFrameworkAdapter.INVOKE_RESPONSE_KEY, response);
            return CompletableFuture.completedFuture(
                    new ResourceResponse[] {new ResourceResponse(Objects.requireNonNullElse(response.getId(), ""))});
        }
        return super.sendActivities(context, activities);
    }

    @Override
    protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(String serviceUrl, AppCredentials credentials) {
        if (!mayReplyTo(serviceUrl)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "serviceUrl är inte en Teams-värd (riktlinjebot.allowed-service-hosts): " + serviceUrl));
        }
        AppCredentials using = credentials != null ? credentials : MicrosoftAppCredentials.empty();
        String key = serviceUrl + "|" + using.getAppId() + "|" + using.oAuthScope();
        return CompletableFuture.completedFuture(clients.computeIfAbsent(key, k -> connectorClient(serviceUrl, using)));
    }

    private ConnectorClient connectorClient(String serviceUrl, AppCredentials credentials) {
        OkHttpClient.Builder http = baseHttp.newBuilder();
        RestClient client = new RestClient.Builder(http, new Retrofit.Builder())
                .withBaseUrl(serviceUrl)
                .withCredentials(credentials)
                .withSerializerAdapter(SERIALIZER)
                .withResponseBuilderFactory(new ServiceResponseBuilder.Factory())
                .withConnectionTimeout(connector.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .withReadTimeout(connector.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .withDispatcher(dispatcher)
                .withConnectionPool(connections)
                .withRetryStrategy(NO_SDK_RETRIES)
                .withInterceptor(new ConnectorRetry(connector.attempts(), connector.maxRetryWait()))
                .build();
        return new RestConnectorClient(client);
    }

    private CompletableFuture<Void> onTurnError(TurnContext turn, Throwable error) {
        recorder.error();
        log.error("Ett fel inträffade när en aktivitet av typen {} behandlades",
                turn.getActivity().getType(), error);
        if (!turn.getActivity().isType("message")) {
            return CompletableFuture.completedFuture(null);
        }
        Activity apology = Activity.createMessageActivity();
        apology.setText(Phrases.of(Language.detect(Objects.requireNonNullElse(turn.getActivity().getText(), "")))
                .somethingWentWrong());
        return turn.sendActivity(apology)
                .handle((sent, sendError) -> {
                    if (sendError != null) {
                        log.warn("Felmeddelandet kunde inte skickas: {}", sendError.getMessage());
                    }
                    return null;
                });
    }
}
