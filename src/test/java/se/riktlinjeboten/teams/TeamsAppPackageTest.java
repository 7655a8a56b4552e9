package se.riktlinjeboten.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package an administrator uploads to Teams: the App ID and host filled in everywhere, the
 * icons Teams requires, and a manifest that both the published JSON schema and Microsoft's own
 * validator ({@code atk validate}, installed from npm by {@link TeamsTools}) accept.
 */
class TeamsAppPackageTest {

    private static final String APP_ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    private static final String HOST = "riktlinjeboten.exempelby.se";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Map<String, byte[]> entries;

    @BeforeEach
    void build() throws IOException {
        Path zip = TeamsAppPackage.build(Path.of("manifest"), folder.resolve("riktlinjebot-teams.zip"), APP_ID,
                "https://" + HOST + "/api/messages");
        entries = unzip(zip);
    }

    @Test
    void theAppIdAndHostAreFilledInEverywhere() throws IOException {
        assertThat(entries).containsOnlyKeys("manifest.json", "en-us.json", "color.png", "outline.png");
        JsonNode manifest = JSON.readTree(entries.get("manifest.json"));
        assertThat(manifest.path("id").asText()).isEqualTo(APP_ID);
        assertThat(manifest.path("bots").get(0).path("botId").asText()).isEqualTo(APP_ID);
        assertThat(manifest.path("composeExtensions").get(0).path("botId").asText()).isEqualTo(APP_ID);
        assertThat(manifest.path("validDomains").get(0).asText()).isEqualTo(HOST);
        assertThat(manifest.path("developer").path("websiteUrl").asText()).isEqualTo("https://" + HOST + "/");
        assertThat(new String(entries.get("manifest.json"), StandardCharsets.UTF_8)
                + new String(entries.get("en-us.json"), StandardCharsets.UTF_8)).doesNotContain("${{");
    }

    @Test
    void theBotHasItsCommandsInSwedishAndEnglishAndASearchExtension() throws IOException {
        JsonNode manifest = JSON.readTree(entries.get("manifest.json"));
        JsonNode english = JSON.readTree(entries.get("en-us.json"));

        assertThat(manifest.path("name").path("short").asText()).isEqualTo("Riktlinjeboten");
        assertThat(manifest.path("bots").get(0).path("scopes")).extracting(JsonNode::asText)
                .containsExactly("personal", "team", "groupChat");
        assertThat(manifest.path("bots").get(0).path("commandLists").get(0).path("commands"))
                .extracting(c -> c.path("title").asText()).containsExactly("hjälp", "källor", "om");
        assertThat(english.path("bots[0].commandLists[0].commands[0].title").asText()).isEqualTo("help");
        assertThat(english.path("bots[0].commandLists[0].commands[1].title").asText()).isEqualTo("sources");
        assertThat(english.path("bots[0].commandLists[0].commands[2].title").asText()).isEqualTo("about");
        JsonNode search = manifest.path("composeExtensions").get(0).path("commands").get(0);
        assertThat(search.path("type").asText()).isEqualTo("query");
        assertThat(search.path("initialRun").asBoolean()).isTrue();
    }

    @Test
    void theIconsHaveTheSizesTeamsRequiresAndTheOutlineIsWhiteOnTransparent() throws IOException {
        BufferedImage color = ImageIO.read(new ByteArrayInputStream(entries.get("color.png")));
        BufferedImage outline = ImageIO.read(new ByteArrayInputStream(entries.get("outline.png")));

        assertThat(color.getWidth()).isEqualTo(192);
        assertThat(color.getHeight()).isEqualTo(192);
        assertThat(outline.getWidth()).isEqualTo(32);
        assertThat(outline.getHeight()).isEqualTo(32);
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 32; y++) {
                int argb = outline.getRGB(x, y);
                boolean transparent = argb >>> 24 == 0;
                assertThat(transparent || (argb & 0xFFFFFF) == 0xFFFFFF).as("pixel %d,%d", x, y).isTrue();
            }
        }
    }

    @Test
    void aMalformedAppIdOrHostIsRefused() {
        assertThatThrownBy(() -> TeamsAppPackage.build(Path.of("manifest"), folder.resolve("x.zip"), "min-bot", HOST))
                .hasMessageContaining("GUID");
        assertThatThrownBy(() -> TeamsAppPackage.build(Path.of("manifest"), folder.resolve("x.zip"), APP_ID, "inte en värd"))
                .hasMessageContaining("värdnamn");
    }

    @Test
    void theManifestAndItsLocalizationMatchTheirPublishedSchemas() throws IOException {
        Path schemas = TeamsTools.installed().resolve("node_modules/@microsoft/app-manifest/build/json-schemas/teams/v1.19");

        assertThat(violations(schemas.resolve("MicrosoftTeams.schema.json"), entries.get("manifest.json"))).isEmpty();
        assertThat(violations(schemas.resolve("MicrosoftTeams.Localization.schema.json"), entries.get("en-us.json")))
                .isEmpty();
    }

    @Test
    void microsoftsValidatorAcceptsThePackage() throws Exception {
        Path unpacked = Files.createDirectories(folder.resolve("paket"));
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            Files.write(unpacked.resolve(entry.getKey()), entry.getValue());
        }

        TeamsTools.Result result = TeamsTools.run("atk", "validate", "--manifest-file",
                unpacked.resolve("manifest.json").toString(), "--telemetry", "false", "-i", "false");

        assertThat(result.output()).contains("All passed");
        assertThat(result.exitCode()).isZero();
    }

    private static Set<ValidationMessage> violations(Path schemaFile, byte[] document) throws IOException {
        try (InputStream schemaText = Files.newInputStream(schemaFile)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaText);
            return schema.validate(JSON.readTree(document));
        }
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                contents.put(entry.getName(), in.readAllBytes());
            }
        }
        return contents;
    }
}
