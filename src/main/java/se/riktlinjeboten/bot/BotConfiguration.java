package se.riktlinjeboten.bot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Wires the Bot Framework SDK to Spring's settings. */
@Configuration(proxyBeanMethods = false)
class BotConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BotConfiguration.class);

    @Bean
    EnvironmentConfiguration botSettings(Environment environment) {
        return new EnvironmentConfiguration(environment);
    }

    @Bean
    TeamsAdapter teamsAdapter(EnvironmentConfiguration settings,
            @Value("${riktlinjebot.login-authority:https://login.microsoftonline.com}") String loginAuthority,
            EdgeSettings edge, AnswerRecorder recorder) {
        if (settings.authenticationEnabled()) {
            log.info("Autentisering på: bara begäranden med giltig Bot Framework-token för app-id {} besvaras",
                    settings.getProperty(EnvironmentConfiguration.APP_ID));
            if (settings.getProperty(EnvironmentConfiguration.APP_TENANT_ID) == null) {
                log.warn("MicrosoftAppTenantId saknas: utgående anrop autentiseras mot botframework.com-tenanten, "
                        + "vilket bara fungerar för äldre multi-tenant-botar");
            }
        } else {
            log.warn("LOKALT LÄGE: MicrosoftAppId är inte satt, så alla begäranden till /api/messages besvaras "
                    + "utan autentisering. Använd bara så här på din egen dator; sätt MicrosoftAppId, "
                    + "MicrosoftAppPassword och MicrosoftAppTenantId för att köra mot Teams.");
        }
        return new TeamsAdapter(settings, loginAuthority, edge, recorder);
    }
}
