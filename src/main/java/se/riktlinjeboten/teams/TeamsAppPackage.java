package se.riktlinjeboten.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the Teams app package an administrator uploads: the manifest and its localisation from
 * {@code manifest/} with the bot's App ID and public host filled in, and the two icons, zipped.
 * The repository holds no App ID; the build takes it from {@code MicrosoftAppId}.
 */
public final class TeamsAppPackage {

    static final String APP_ID_PLACEHOLDER = "${{MICROSOFT_APP_ID}}";
    static final String HOST_PLACEHOLDER = "${{BOT_HOST}}";
    /** An App ID for a package that is only validated, never uploaded. */
    static final String VALIDATION_APP_ID = "00000000-0000-0000-0000-000000000000";
    static final String VALIDATION_HOST = "riktlinjeboten.example.se";

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
    private static final List<String> JSON_FILES = List.of("manifest.json", "en-us.json");
    private static final List<String> ICONS = List.of("color.png", "outline.png");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TeamsAppPackage() {
    }

    /** {@code manifest-folder output.zip app-id host}; an empty or unresolved id or host builds a validation package. */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("Användning: TeamsAppPackage MANIFESTMAPP UTFIL.zip APP-ID VÄRD");
        }
        String appId = given(args[2]);
        String host = given(args[3]);
        if (appId == null || host == null) {
            System.out.printf("VARNING: MicrosoftAppId eller RIKTLINJEBOT_PUBLIC_HOST saknas; paketet %s får app-id %s "
                    + "och värden %s och duger bara för validering, inte för att laddas upp.%n", args[1], VALIDATION_APP_ID,
                    VALIDATION_HOST);
        }
        Path zip = build(Path.of(args[0]), Path.of(args[1]), Objects.requireNonNullElse(appId, VALIDATION_APP_ID),
                Objects.requireNonNullElse(host, VALIDATION_HOST));
        System.out.println("Teams-paketet: " + zip.toAbsolutePath());
    }

    /** Fills in the App ID and host and writes the zip; fails on an ill-formed value or a placeholder left over. */
    public static Path build(Path manifestFolder, Path zip, String appId, String host) throws IOException {
        if (!GUID.matcher(appId).matches()) {
            throw new IllegalArgumentException("App-id:t ska vara ett GUID: " + appId);
        }
        String hostName = host.replaceFirst("^https?://", "").replaceFirst("/.*$", "").toLowerCase();
        if (!HOST.matcher(hostName).matches()) {
            throw new IllegalArgumentException("Värden ska vara ett värdnamn som bot.kommun.se: " + host);
        }
        Map<String, String> values = Map.of(APP_ID_PLACEHOLDER, appId, HOST_PLACEHOLDER, hostName);
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            for (String name : JSON_FILES) {
                JsonNode filled = fill(JSON.readTree(manifestFolder.resolve(name).toFile()), values);
                entries.putNextEntry(new ZipEntry(name));
                entries.write(JSON.writeValueAsBytes(filled));
                entries.closeEntry();
            }
            for (String icon : ICONS) {
                entries.putNextEntry(new ZipEntry(icon));
                entries.write(Files.readAllBytes(manifestFolder.resolve(icon)));
                entries.closeEntry();
            }
        }
        return zip;
    }

    /** Every string in the tree with its placeholders replaced; a placeholder this build does not know is an error. */
    static JsonNode fill(JsonNode node, Map<String, String> values) {
        if (node.isTextual()) {
            String text = node.asText();
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace(value.getKey(), value.getValue());
            }
            if (text.contains("${{")) {
                throw new IllegalArgumentException("Okänd platshållare i manifestet: " + text);
            }
            return TextNode.valueOf(text);
        }
        if (node instanceof ObjectNode object) {
            ObjectNode filled = JSON.createObjectNode();
            object.properties().forEach(field -> filled.set(field.getKey(), fill(field.getValue(), values)));
            return filled;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode filled = JSON.createArrayNode();
            array.forEach(element -> filled.add(fill(element, values)));
            return filled;
        }
        return node;
    }

    private static String given(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? null : value.strip();
    }
}
