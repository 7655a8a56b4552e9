package se.riktlinjeboten.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The index in {@code /actuator/health}: what is served, which documents could not be read, and
 * whether the last rebuild failed (the bot is then still up, answering from the last good index).
 * Until the first index is built the service is out of service, and not ready for traffic.
 */
@Component("index")
class IndexHealth implements HealthIndicator {

    private final IndexMaintenance maintenance;

    IndexHealth(IndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public Health health() {
        IndexMaintenance.Status status = maintenance.status();
        if (!maintenance.index().isReady()) {
            Health.Builder notReady = Health.outOfService().withDetail("index", "byggs");
            if (!status.lastFailure().isEmpty()) {
                notReady.withDetail("fel", status.lastFailure());
            }
            return notReady.build();
        }
        Map<String, String> problems = new LinkedHashMap<>();
        status.problems().forEach(p -> problems.put(p.file(), p.message()));
        Health.Builder health = Health.up()
                .withDetail("dokument", status.documents())
                .withDetail("avsnitt", status.passages())
                .withDetail("byggt", status.builtAt().toString())
                .withDetail("olästaDokument", problems);
        if (!status.lastFailure().isEmpty()) {
            health.withDetail("senasteOmindexeringMisslyckades", status.lastFailureAt() + ": " + status.lastFailure());
        }
        return health.build();
    }
}
