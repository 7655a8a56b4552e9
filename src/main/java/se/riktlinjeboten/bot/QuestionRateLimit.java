package se.riktlinjeboten.bot;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * At most {@code perMinute} questions per user and minute, refilled continuously (a token bucket),
 * so that one user, or a script, cannot take the bot from everyone else.
 */
final class QuestionRateLimit {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    /** Users remembered before idle ones, whose buckets are full again, are forgotten. */
    private static final int REMEMBERED_USERS = 10_000;

    private record Bucket(double tokens, long at) {
    }

    private final int perMinute;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    QuestionRateLimit(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    QuestionRateLimit(int perMinute, LongSupplier nanoClock) {
        this.perMinute = perMinute;
        this.clock = nanoClock;
    }

    /** Takes one question from the user's allowance; false when it is used up. */
    boolean allow(String user) {
        if (perMinute <= 0) {
            return true;
        }
        long now = clock.getAsLong();
        if (buckets.size() > REMEMBERED_USERS) {
            buckets.values().removeIf(b -> refilled(b, now) >= perMinute);
        }
        boolean[] allowed = new boolean[1];
        buckets.compute(user, (key, bucket) -> {
            double tokens = bucket == null ? perMinute : refilled(bucket, now);
            allowed[0] = tokens >= 1;
            return new Bucket(allowed[0] ? tokens - 1 : tokens, now);
        });
        return allowed[0];
    }

    private double refilled(Bucket bucket, long now) {
        return Math.min(perMinute, bucket.tokens() + (now - bucket.at()) * (double) perMinute / MINUTE_NANOS);
    }
}
