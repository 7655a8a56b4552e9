package se.riktlinjeboten.bot;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The hosts a serviceUrl may name when the bot authenticates: the SDK attaches the bot's token to
 * every reply, so a serviceUrl on any other host would receive it.
 */
final class ServiceHosts {

    private final List<String> patterns;

    ServiceHosts(List<String> patterns) {
        this.patterns = patterns.stream().map(p -> p.strip().toLowerCase(Locale.ROOT)).filter(p -> !p.isEmpty()).toList();
    }

    boolean allows(String serviceUrl) {
        String host;
        try {
            host = URI.create(serviceUrl).getHost();
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        return patterns.stream().anyMatch(p -> p.startsWith("*.") ? name.endsWith(p.substring(1)) : name.equals(p));
    }
}
