package se.riktlinjeboten.bot;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import se.riktlinjeboten.answer.Answer;
import se.riktlinjeboten.answer.AnswerService;
import se.riktlinjeboten.search.CurrentIndex;
import se.riktlinjeboten.search.PassageIndex;

/**
 * Rehearses answering before the service opens its port. A fresh JVM answers its first
 * questions ten to fifty times slower than later ones, until the JIT has compiled the search,
 * the reply and the connector client, so without this the first users after every start or
 * deploy would wait for it.
 *
 * <p>The rehearsal asks questions made from the documents' own sentences and headings, in
 * Swedish and English, for {@code riktlinjebot.warm-up}, and renders and serialises the
 * replies; it starts as soon as the index is built, while Spring still starts the rest of the
 * service. Then, before the port opens and when no App ID is configured,
 * it takes a few of them through the Bot Framework adapter, the bot and the connector client to
 * a connector of its own on the loopback interface. With an App ID that last part is skipped,
 * since an unsigned activity is refused, as it must be. Nothing of the rehearsal is stored,
 * counted in the metrics or sent anywhere else.
 */
@Component
@ConditionalOnWebApplication
class WarmUp implements InitializingBean, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
    /** Marks a rehearsal turn in its turn state, where no request from outside can put it. */
    private static final String REHEARSAL = WarmUp.class.getName() + ".rehearsal";
    private static final int OPENING_WORDS = 10;
    /**
     * The documents are usually indexed in a second or two; a library that takes longer opens
     * the port unrehearsed rather than keep health checks waiting, and questions wait for the
     * index as they always could.
     */
    private static final Duration INDEX_WAIT = Duration.ofSeconds(30);
    /** Turns through the adapter: fewer than one user's questions per minute, so the rate limit is never met. */
    private static final int TURNS = 24;
    private static final List<String> CONVERSATION_TYPES = List.of("personal", "channel", "groupChat");
    private static final int UNANSWERED_EVERY = 4;
    /** Questions no document answers, in Swedish and English: words of no language. */
    private static final List<String> UNANSWERED = List.of("Vad gäller för qxzvw bnmkj?", "What about qxzvw bnmkj?");

    private final AnswerService answers;
    private final CurrentIndex index;
    private final TeamsAdapter adapter;
    private final RiktlinjeBot bot;
    private final Duration budget;
    private final Replies replies = new Replies();
    private CompletableFuture<Rehearsed> rehearsedAnswers;
    private volatile boolean running;

    WarmUp(AnswerService answers, CurrentIndex index, TeamsAdapter adapter, RiktlinjeBot bot,
            @Value("${riktlinjebot.warm-up:2s}") Duration budget) {
        this.answers = answers;
        this.index = index;
        this.adapter = adapter;
        this.bot = bot;
        this.budget = budget;
    }

    /** A rehearsal turn is answered like any other, but is not counted, rate limited or listed as unanswered. */
    static boolean isRehearsal(TurnContext turn) {
        return turn.getTurnState().get(REHEARSAL) != null;
    }

    /**
     * Starts rehearsing answers as soon as the index is built, on a thread of its own, while
     * Spring is still starting the rest of the service on the other core.
     */
    @Override
    public void afterPropertiesSet() {
        if (!budget.isZero()) {
            rehearsedAnswers = CompletableFuture.supplyAsync(this::rehearseAnswers, runnable -> {
                Thread thread = new Thread(runnable, "inovning");
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    /** Waits for the rehearsed answers, then takes turns through the adapter, before the port opens. */
    @Override
    public void start() {
        running = true;
        if (rehearsedAnswers == null) {
            return;
        }
        Rehearsed rehearsed = rehearsedAnswers.join();
        if (rehearsed.index() == null) {
            return;
        }
        long started = System.nanoTime();
        int turns = adapter.authenticating() ? 0 : throughTheAdapter(rehearsed.index().entries());
        // The rehearsal leaves the young generation full of garbage; collected now, its pause
        // falls before the port opens instead of into the first users' answers.
        System.gc();
        log.info("Inövning före start: {} frågor på {} ms, {} turer genom adaptern på {} ms", rehearsed.questions(),
                rehearsed.took().toMillis(), turns, Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private record Rehearsed(PassageIndex index, int questions, Duration took) {
    }

    private Rehearsed rehearseAnswers() {
        Optional<PassageIndex> built = index.await(INDEX_WAIT);
        if (built.isEmpty()) {
            log.warn("Ingen inövning före start: indexet kunde inte byggas eller var inte klart inom {} s", INDEX_WAIT.toSeconds());
            return new Rehearsed(null, 0, Duration.ZERO);
        }
        List<String> questions = questions(built.get());
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        int asked = 0;
        while (System.nanoTime() < deadline) {
            rehearse(questions.get(asked++ % questions.size()));
        }
        return new Rehearsed(built.get(), asked, Duration.ofNanos(System.nanoTime() - started));
    }

    private void rehearse(String question) {
        Answer answer = answers.answer(question);
        Activity reply = replies.answer(answer, question);
        try {
            Serialization.safeGetAs(Serialization.jsonToTree(Serialization.toString(reply)), Activity.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Ett svar kunde inte serialiseras", e);
        }
    }

    /**
     * Full turns, with replies going to a connector that only acknowledges them. The questions
     * are passages' own opening words, which are answered, and every fourth one of letters no
     * document has, which is not, so that the reply saying so is rehearsed too; a rehearsal
     * turn is never listed among the unanswered.
     */
    private int throughTheAdapter(List<PassageIndex.Entry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        HttpServer connector;
        try {
            // The JDK's server writes a response's headers and body apart; without this each
            // acknowledgement waits out the client's delayed ACK, 40 ms a turn.
            System.setProperty("sun.net.httpserver.nodelay", "true");
            connector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            log.warn("Ingen inövning genom adaptern: {}", e.getMessage());
            return 0;
        }
        connector.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"id\":\"inovning\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        connector.start();
        String serviceUrl = "http://" + connector.getAddress().getHostString() + ":" + connector.getAddress().getPort() + "/";
        int turns = 0;
        try {
            for (; turns < TURNS; turns++) {
                String question = turns % UNANSWERED_EVERY == UNANSWERED_EVERY - 1
                        ? UNANSWERED.get(turns / UNANSWERED_EVERY % UNANSWERED.size())
                        : opening(entries.get(turns % entries.size())) + "?";
                Activity message = message(question, serviceUrl, turns);
                adapter.processIncomingActivity(null, message, turn -> {
                    turn.getTurnState().add(REHEARSAL, Boolean.TRUE);
                    return bot.onTurn(turn);
                }).get();
            }
        } catch (ExecutionException e) {
            log.warn("Inövningen genom adaptern avbröts: {}", e.getCause().getMessage());
        } catch (IOException e) {
            log.warn("Inövningen genom adaptern avbröts: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connector.stop(0);
        }
        return turns;
    }

    /** A message as Teams sends it, in a personal chat, a channel or a group chat, as the turn number decides. */
    private static Activity message(String question, String serviceUrl, int turn) throws IOException {
        ObjectNode json = Serialization.createObjectNode();
        json.put("type", "message").put("id", "inovning-" + turn).put("channelId", "msteams")
                .put("serviceUrl", serviceUrl).put("locale", "sv-SE");
        json.putObject("from").put("id", "29:inovning").put("name", "Inövning");
        json.putObject("recipient").put("id", "28:riktlinjeboten").put("name", "Riktlinjeboten");
        ObjectNode conversation = json.putObject("conversation").put("id", "inovning-" + turn).put("tenantId", "inovning");
        ObjectNode channelData = json.putObject("channelData");
        channelData.putObject("tenant").put("id", "inovning");
        String kind = CONVERSATION_TYPES.get(turn % CONVERSATION_TYPES.size());
        conversation.put("conversationType", kind).put("isGroup", !kind.equals("personal"));
        if (kind.equals("personal")) {
            json.put("text", question);
        } else {
            String mention = "<at>Riktlinjeboten</at>";
            json.put("text", mention + " " + question);
            ObjectNode entity = json.putArray("entities").addObject().put("type", "mention").put("text", mention);
            entity.putObject("mentioned").put("id", "28:riktlinjeboten").put("name", "Riktlinjeboten");
        }
        if (kind.equals("channel")) {
            channelData.put("teamsChannelId", "19:inovning@thread.tacv2").put("teamsTeamId", "19:inovning@thread.tacv2");
            channelData.putObject("channel").put("id", "19:inovning@thread.tacv2");
            channelData.putObject("team").put("id", "19:inovning@thread.tacv2");
        }
        return Serialization.safeGetAs(Serialization.jsonToTree(Serialization.toString(json)), Activity.class);
    }

    /**
     * Questions that reach every document and every kind of question: each passage's opening
     * words as they stand, and asked who, when, how many, and in English.
     */
    private static List<String> questions(PassageIndex index) {
        List<String> questions = new ArrayList<>(Replies.EXAMPLES_SV);
        questions.addAll(Replies.EXAMPLES_EN);
        List<PassageIndex.Entry> entries = index.entries();
        for (int i = 0; i < entries.size(); i++) {
            String opening = opening(entries.get(i));
            String section = entries.get(i).passage().section();
            questions.add(switch (i % 5) {
                case 0 -> opening + "?";
                case 1 -> "Vem ansvarar för " + section + "?";
                case 2 -> "När gäller " + opening + "?";
                case 3 -> "Hur många " + opening + "?";
                default -> "Who is responsible for the " + section + " and when does it apply?";
            });
        }
        return questions;
    }

    private static String opening(PassageIndex.Entry entry) {
        String[] words = entry.passage().text().split("\\s+");
        return String.join(" ", List.of(words).subList(0, Math.min(OPENING_WORDS, words.length)));
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server's phase, so that the port opens only once the rehearsal is done. */
    @Override
    public int getPhase() {
        return 0;
    }
}
