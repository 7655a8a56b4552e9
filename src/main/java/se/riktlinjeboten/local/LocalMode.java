package se.riktlinjeboten.local;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Local mode: no Microsoft App ID, so nothing is authenticated and the bot is for this machine only. */
class LocalMode implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String appId = context.getEnvironment().getProperty("MicrosoftAppId");
        return appId == null || appId.isBlank();
    }
}
