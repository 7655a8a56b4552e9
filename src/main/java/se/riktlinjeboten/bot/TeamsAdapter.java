package se.riktlinjeboten.bot;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import se.riktlinjeboten.search.Language;
import org.slf4j.LoggerFactory;

/**
 * The SDK's adapter, authenticating outgoing calls as a single-tenant app: the SDK would
 * otherwise ask the botframework.com tenant for tokens, which new Azure bots are not in.
 */
class TeamsAdapter extends BotFrameworkHttpAdapter {

    private static final Logger log = LoggerFactory.getLogger(TeamsAdapter.class);

    private final String password;
    private final String tenantId;
    private final String loginAuthority;

    TeamsAdapter(EnvironmentConfiguration configuration, String loginAuthority) {
        super(configuration);
        this.password = configuration.getProperty(EnvironmentConfiguration.APP_PASSWORD);
        this.tenantId = configuration.getProperty(EnvironmentConfiguration.APP_TENANT_ID);
        this.loginAuthority = loginAuthority.replaceAll("/+$", "");
        setOnTurnError(this::onTurnError);
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

    private CompletableFuture<Void> onTurnError(TurnContext turn, Throwable error) {
        log.error("Ett fel inträffade när en aktivitet av typen {} behandlades",
                turn.getActivity().getType(), error);
        if (!turn.getActivity().isType("message")) {
            return CompletableFuture.completedFuture(null);
        }
        Activity apology = Activity.createMessageActivity();
        apology.setText(Phrases.of(Language.detect(java.util.Objects.requireNonNullElse(turn.getActivity().getText(), ""))).somethingWentWrong());
        return turn.sendActivity(apology)
                .handle((sent, sendError) -> {
                    if (sendError != null) {
                        log.warn("Felmeddelandet kunde inte skickas: {}", sendError.getMessage());
                    }
                    return null;
                });
    }
}
