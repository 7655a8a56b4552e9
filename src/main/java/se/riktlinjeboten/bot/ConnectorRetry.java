package se.riktlinjeboten.bot;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a reply that Teams' connector turned away for now: 429 after its Retry-After, 5xx and
 * refused connections after an exponential backoff, a bounded number of times. A reply that timed
 * out is not sent again, since Teams may already have shown it. The SDK's own retry handler tries
 * again at once and ignores Retry-After, so it is switched off.
 */
final class ConnectorRetry implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRetry.class);
    private static final Set<Integer> TEMPORARY = Set.of(429, 500, 502, 503, 504);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    private final int attempts;
    private final Duration maxWait;

    ConnectorRetry(int attempts, Duration maxWait) {
        this.attempts = Math.max(1, attempts);
        this.maxWait = maxWait;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Response response;
            try {
                response = chain.proceed(chain.request());
            } catch (ConnectException refused) {
                if (attempt >= attempts) {
                    throw refused;
                }
                log.warn("Teams-anslutningen gick inte att nå; nytt försök ({} av {})", attempt + 1, attempts);
                pause(backoff(attempt));
                continue;
            }
            if (!TEMPORARY.contains(response.code()) || attempt >= attempts) {
                return response;
            }
            Duration wait = retryAfter(response).orElse(backoff(attempt));
            if (wait.compareTo(maxWait) > 0) {
                return response;
            }
            log.warn("Teams-anslutningen svarade {}; nytt försök om {} ms ({} av {})",
                    response.code(), wait.toMillis(), attempt + 1, attempts);
            response.close();
            pause(wait);
        }
    }

    private static Duration backoff(int attempt) {
        return FIRST_BACKOFF.multipliedBy(1L << (attempt - 1));
    }

    /** Retry-After in seconds; the HTTP-date form is rare from Teams and treated as absent. */
    private static Optional<Duration> retryAfter(Response response) {
        String header = response.header("Retry-After");
        if (header == null || !header.strip().matches("\\d{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
    }

    private static void pause(Duration wait) throws InterruptedIOException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("avbruten i väntan på ett nytt försök");
        }
    }
}
