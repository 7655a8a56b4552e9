package se.riktlinjeboten.bot;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Shows "typing…" while an answer is being prepared. The indicator goes out only when the
 * answer takes longer than the configured delay: a reply that is ready at once needs none, and
 * waiting for the connector to acknowledge an indicator would make every answer a round trip
 * slower. With a delay of zero it is always sent, before the answer.
 */
@Component
class TypingIndicator implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TypingIndicator.class);

    private final Duration delay;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "typing-indicator");
        thread.setDaemon(true);
        return thread;
    });

    TypingIndicator(@Value("${riktlinjebot.typing-delay:250ms}") Duration delay) {
        this.delay = delay;
    }

    /** Runs {@code work}, showing the indicator if it is not done within the delay. */
    CompletableFuture<Void> whileAnswering(TurnContext turn, Supplier<CompletableFuture<Void>> work) {
        if (delay.isZero()) {
            return send(turn).thenCompose(sent -> work.get());
        }
        ScheduledFuture<?> pending = scheduler.schedule(() -> send(turn), delay.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return work.get().whenComplete((done, error) -> pending.cancel(false));
        } catch (RuntimeException e) {
            pending.cancel(false);
            throw e;
        }
    }

    /** An indicator that cannot be sent is not worth failing the answer for. */
    private static CompletableFuture<Void> send(TurnContext turn) {
        return turn.sendActivity(new Activity(ActivityTypes.TYPING)).handle((sent, error) -> {
            if (error != null) {
                log.debug("Skrivindikatorn kunde inte skickas: {}", error.getMessage());
            }
            return null;
        });
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
