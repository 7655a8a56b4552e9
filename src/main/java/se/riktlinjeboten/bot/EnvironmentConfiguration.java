package se.riktlinjeboten.bot;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.springframework.core.env.Environment;

/**
 * The SDK's settings read from Spring's environment, so {@code MicrosoftAppId} and the other
 * Teams settings come from environment variables as operators expect. The SDK's own
 * implementation reads only a properties file inside the jar and would silently leave
 * authentication off.
 */
final class EnvironmentConfiguration implements com.microsoft.bot.integration.Configuration {

    static final String APP_ID = "MicrosoftAppId";
    static final String APP_PASSWORD = "MicrosoftAppPassword";
    static final String APP_TENANT_ID = "MicrosoftAppTenantId";
    static final String OPEN_ID_METADATA = "BotOpenIdMetadata";
    static final String CHANNEL_SERVICE = "ChannelService";

    private static final List<String> KEYS =
            List.of(APP_ID, APP_PASSWORD, APP_TENANT_ID, OPEN_ID_METADATA, CHANNEL_SERVICE);

    private final Environment environment;

    EnvironmentConfiguration(Environment environment) {
        this.environment = environment;
    }

    @Override
    public String getProperty(String key) {
        String value = environment.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public Properties getProperties() {
        Properties properties = new Properties();
        for (String key : KEYS) {
            String value = getProperty(key);
            if (value != null) {
                properties.setProperty(key, value);
            }
        }
        return properties;
    }

    @Override
    public String[] getProperties(String key) {
        String value = getProperty(key);
        return value == null ? null : Arrays.stream(value.split(",")).map(String::strip).toArray(String[]::new);
    }

    boolean authenticationEnabled() {
        return getProperty(APP_ID) != null;
    }
}
