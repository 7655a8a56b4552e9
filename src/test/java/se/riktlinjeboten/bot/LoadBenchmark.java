package se.riktlinjeboten.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged bot under load, end to end: starts {@code target/riktlinjebot.jar}, plays the Teams
 * connector on a local port, and asks the project's evaluation questions through /api/messages
 * from 1 and then 16 conversations at once. Reports the time from process start to the first
 * answer, the time from each question to its reply reaching the connector (p50, p95, p99),
 * answers per second, errors, and the live heap after start and after the load.
 *
 * <p>Run with {@code ./mvnw -B -Pbenchmark -DskipTests verify}; not a test.
 */
public final class LoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PHASE = Duration.ofSeconds(20);
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
    private final Map<String, CompletableFuture<Long>> awaitedReplies = new ConcurrentHashMap<>();
    private final List<String> questions;
    private final int port;
    private String serviceUrl;

    private LoadBenchmark(List<String> questions, int port) {
        this.questions = questions;
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        List<String> questions = Files.readAllLines(Path.of("index-data/questions/fragor.jsonl")).stream()
                .filter(line -> !line.isBlank())
                .map(line -> read(line).path("question").asText())
                .toList();
        int port = freePort();
        LoadBenchmark benchmark = new LoadBenchmark(questions, port);
        HttpServer connector = benchmark.startConnector();
        long started = System.nanoTime();
        ProcessBuilder command = new ProcessBuilder("java", "-jar", "target/riktlinjebot.jar")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/load-benchmark-bot.log").toFile());
        command.environment().put("PORT", Integer.toString(port));
        command.environment().put("RIKTLINJEBOT_MANAGEMENT_PORT", Integer.toString(freePort()));
        // The load comes from 16 users asking without pause, far beyond a person's pace.
        command.environment().put("RIKTLINJEBOT_QUESTIONS_PER_MINUTE", "0");
        Process bot = command.start();
        try {
            benchmark.waitForFirstAnswer(started, bot);
            System.out.printf(Locale.ROOT, "live heap after start: %d MB%n", liveHeapMegabytes(bot.pid()));
            benchmark.run(16, WARM_UP, "warm-up, 16 conversations");
            benchmark.run(1, PHASE, "1 conversation");
            benchmark.run(16, PHASE, "16 conversations");
            System.out.printf(Locale.ROOT, "live heap after the load: %d MB%n", liveHeapMegabytes(bot.pid()));
        } finally {
            bot.destroy();
            bot.waitFor(10, TimeUnit.SECONDS);
            connector.stop(0);
        }
        System.exit(0);
    }

    private HttpServer startConnector() throws IOException {
        // Teams' connector answers without Nagle's delay; the JDK server would otherwise hold
        // each response body for the client's delayed ACK, 40 ms per reply.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::connectorReceived);
        server.start();
        serviceUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        return server;
    }

    private void connectorReceived(HttpExchange exchange) throws IOException {
        long received = System.nanoTime();
        try (InputStream body = exchange.getRequestBody()) {
            JsonNode activity = JSON.readTree(body.readAllBytes());
            if (activity.path("type").asText().equals("message")) {
                CompletableFuture<Long> awaited = awaitedReplies.remove(activity.path("conversation").path("id").asText());
                if (awaited != null) {
                    awaited.complete(received);
                }
            }
        }
        byte[] response = "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, response.length);
        exchange.getResponseBody().write(response);
        exchange.close();
    }

    private void waitForFirstAnswer(long started, Process bot) throws InterruptedException {
        while (bot.isAlive()) {
            try {
                ask("startup", questions.get(0));
                System.out.printf(Locale.ROOT, "first answer %.2f s after the process started%n",
                        (System.nanoTime() - started) / 1e9);
                return;
            } catch (Exception notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("the bot stopped; see target/load-benchmark-bot.log");
    }

    private void run(int conversations, Duration duration, String label) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService askers = Executors.newFixedThreadPool(conversations);
        for (int c = 0; c < conversations; c++) {
            String conversation = "load-" + label.hashCode() + "-" + c;
            int offset = c * 7;
            askers.submit(() -> {
                for (int n = offset; System.nanoTime() < end; n++) {
                    try {
                        latencies.add(ask(conversation, questions.get(n % questions.size())));
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        askers.shutdown();
        askers.awaitTermination(duration.toSeconds() + 30, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: %d answers in %d s = %.0f answers/s, %d errors; "
                        + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", label, sorted.size(), duration.toSeconds(),
                sorted.size() / (double) duration.toSeconds(), errors.get(),
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99));
    }

    /** Asks one question and returns the milliseconds until its reply reached the connector. */
    private long ask(String conversation, String question) throws Exception {
        CompletableFuture<Long> reply = new CompletableFuture<>();
        awaitedReplies.put(conversation, reply);
        long sent = System.nanoTime();
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                        .header("Content-Type", "application/json")
                        .timeout(REPLY_TIMEOUT)
                        .POST(HttpRequest.BodyPublishers.ofString(activity(conversation, question), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            awaitedReplies.remove(conversation);
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        try {
            return (reply.get(REPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) - sent) / 1000;
        } catch (TimeoutException e) {
            awaitedReplies.remove(conversation);
            throw e;
        }
    }

    private String activity(String conversation, String question) {
        ObjectNode activity = TeamsActivities.message(serviceUrl, conversation, question);
        activity.with("from").put("id", "29:" + conversation);
        return activity.toString();
    }

    private static double percentile(List<Long> sortedMicros, double p) {
        if (sortedMicros.isEmpty()) {
            return Double.NaN;
        }
        return sortedMicros.get((int) Math.min(sortedMicros.size() - 1, Math.ceil(p * sortedMicros.size()) - 1)) / 1000.0;
    }

    /** The heap still in use after a full collection, as the JDK's jcmd reports it. */
    private static long liveHeapMegabytes(long pid) throws IOException, InterruptedException {
        new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").start().waitFor();
        Process info = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").start();
        String output = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        info.waitFor();
        Matcher used = Pattern.compile("used (\\d+)K").matcher(output);
        return used.find() ? Long.parseLong(used.group(1)) >> 10 : -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException(line, e);
        }
    }
}
