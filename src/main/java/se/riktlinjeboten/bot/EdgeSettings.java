package se.riktlinjeboten.bot;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits at the Teams edge: what a request may be, who may send it, and how replies reach Teams.
 *
 * @param maxRequestSize larger request bodies are refused with 413 before they are read
 * @param maxQuestionLength a longer question gets a request to shorten it, not a search
 * @param questionsPerMinute questions one user may ask per minute before being asked to wait
 * @param allowedTenants Microsoft 365 tenants whose activities are served; empty serves all
 * @param allowedServiceHosts hosts (a leading {@code *.} for any subdomain) the bot sends replies,
 *     and with them its token, to when an App ID is set; Teams' own by default
 * @param connector timeouts and retries for posting replies
 */
@ConfigurationProperties("riktlinjebot")
record EdgeSettings(
        @DefaultValue("256KB") DataSize maxRequestSize,
        @DefaultValue("1000") int maxQuestionLength,
        @DefaultValue("30") int questionsPerMinute,
        @DefaultValue List<String> allowedTenants,
        @DefaultValue({"smba.trafficmanager.net", "*.botframework.com", "*.teams.microsoft.com",
                "*.botframework.us", "*.botframework.azure.us", "*.teams.microsoft.us"}) List<String> allowedServiceHosts,
        @DefaultValue Connector connector) {

    /**
     * @param timeout longest wait for Teams' connector to accept or answer one reply
     * @param attempts tries per reply when the connector is busy (429) or failing (5xx)
     * @param maxRetryWait a Retry-After longer than this is not waited for
     */
    record Connector(
            @DefaultValue("10s") Duration timeout,
            @DefaultValue("3") int attempts,
            @DefaultValue("10s") Duration maxRetryWait) {
    }
}
