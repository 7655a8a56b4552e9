package se.riktlinjeboten.feedback;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where feedback and unanswered questions are kept ({@code RIKTLINJEBOT_DATA}). */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    @Bean
    FeedbackStore feedbackStore(@Value("${riktlinjebot.data:data}") Path dataFolder) {
        return new FeedbackStore(dataFolder);
    }

    @Bean
    FeedbackCommand feedbackCommand(FeedbackStore store) {
        return new FeedbackCommand(store);
    }
}
