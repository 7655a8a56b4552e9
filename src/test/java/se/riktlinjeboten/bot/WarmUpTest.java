package se.riktlinjeboten.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static se.riktlinjeboten.bot.TeamsActivities.message;
import static se.riktlinjeboten.bot.TeamsActivities.messagesTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The rehearsal before the port opens goes through the whole bot, and leaves nothing a user or
 * an operator would see: no reply on a real connector, no count in the metrics, no question in
 * the list of unanswered ones. The first real question is then answered and counted as usual.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"riktlinjebot.warm-up=300ms", "riktlinjebot.typing-delay=0"})
@ExtendWith(OutputCaptureExtension.class)
class WarmUpTest {

    private static final WireMockServer CONNECTOR = TeamsActivities.acknowledgingConnector();
    private static final Path DATA = temporaryFolder();

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("riktlinjebot.data", DATA::toString);
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @AfterAll
    static void stopConnector() {
        CONNECTOR.stop();
    }

    @Test
    void theRehearsalLeavesNoTraceAndTheFirstQuestionIsAnsweredAsUsual(CapturedOutput output) throws Exception {
        assertThat(output.getAll()).containsPattern("Inövning före start: \\d+ frågor på \\d+ ms, 24 turer genom adaptern");
        assertThat(CONNECTOR.getAllServeEvents()).isEmpty();
        assertThat(TeamsActivities.answersCounted(managementPort, null)).isZero();
        assertThat(DATA.resolve("unanswered.jsonl")).doesNotExist();

        String conversation = "a:" + UUID.randomUUID();
        TeamsActivities.post(port, message(CONNECTOR.baseUrl() + "/", conversation,
                "Vem utser kommundirektören?").toString(), null);

        assertThat(messagesTo(CONNECTOR, conversation, 1).get(0).path("text").asText()).contains("kommundirektör");
        assertThat(TeamsActivities.answersCounted(managementPort, null)).isEqualTo(1);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("warm-up");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
