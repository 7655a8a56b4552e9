package se.riktlinjeboten.teams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Microsoft's Teams tools and playwright-core from npm, installed once per build into
 * {@code target/teams-tools} from the pinned {@code src/test/teams/package-lock.json}, and
 * Debian's Chromium for the browser tests, so a fresh machine with Node.js needs nothing
 * installed by hand. {@code --ignore-scripts} because the toolkit's keytar build fails without a
 * desktop keyring, and the validator does not need it.
 */
public final class TeamsTools {

    public record Result(int exitCode, String output) {
    }

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Path SOURCE = Path.of("src/test/teams");
    private static final Path TOOLS = Path.of("target/teams-tools");

    private TeamsTools() {
    }

    public static synchronized Path installed() throws IOException {
        Path lock = TOOLS.resolve("package-lock.json");
        boolean current = Files.isDirectory(TOOLS.resolve("node_modules/@microsoft/app-manifest"))
                && Files.isRegularFile(lock)
                && Arrays.equals(Files.readAllBytes(lock), Files.readAllBytes(SOURCE.resolve("package-lock.json")));
        if (!current) {
            Files.createDirectories(TOOLS);
            for (String file : List.of("package.json", "package-lock.json")) {
                Files.copy(SOURCE.resolve(file), TOOLS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            Result install = execute(TOOLS, 10, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
            if (install.exitCode() != 0) {
                throw new IllegalStateException("npm ci i " + TOOLS + " misslyckades:\n" + install.output());
            }
        }
        // The playground reports to Application Insights unless its key is blank; the tests run offline.
        Files.writeString(TOOLS.resolve("node_modules/@microsoft/m365agentsplayground/dist/server/config.json"),
                "{\"aiKey\":\"\"}");
        return TOOLS;
    }

    /** Debian's Chromium, installed with apt when it is missing (CI machines start without it). */
    public static synchronized Path chromium() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            Result install = aptInstallChromium("apt-get");
            if (install.exitCode() != 0) {
                install = aptInstallChromium("sudo", "-n", "apt-get");
            }
            if (install.exitCode() != 0 || !Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException("Chromium kunde inte installeras med apt-get (kör testerna som root "
                        + "eller installera paketet chromium):\n" + install.output());
            }
        }
        return CHROMIUM;
    }

    /** Installs chromium, refreshing the package lists first when they are too old to have it. */
    private static Result aptInstallChromium(String... aptGet) throws IOException {
        List<String> install = new ArrayList<>(List.of(aptGet));
        install.addAll(List.of("install", "-y", "--no-install-recommends", "chromium"));
        Result result = execute(Path.of("."), 10, install.toArray(String[]::new));
        if (result.exitCode() != 0) {
            List<String> update = new ArrayList<>(List.of(aptGet));
            update.add("update");
            execute(Path.of("."), 5, update.toArray(String[]::new));
            result = execute(Path.of("."), 10, install.toArray(String[]::new));
        }
        return result;
    }

    /** Runs a script of ours under {@code src/test/teams} with Node.js, beside the installed packages. */
    public static Result node(int minutes, String script, String... args) throws IOException {
        Path installed = installed();
        Files.copy(SOURCE.resolve(script), installed.resolve(script), StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        return execute(installed, minutes, command.toArray(String[]::new));
    }

    /** Runs one of the installed tools ({@code node_modules/.bin}) with telemetry and update checks off. */
    static Result run(String tool, String... args) throws IOException {
        Path installed = installed();
        List<String> command = new ArrayList<>();
        command.add(installed.resolve("node_modules/.bin").resolve(tool).toAbsolutePath().toString());
        command.addAll(List.of(args));
        return execute(installed, 2, command.toArray(String[]::new));
    }

    /** Output goes to a file, so that a tool that hangs cannot hold the test past its timeout. */
    private static Result execute(Path directory, int minutes, String... command) throws IOException {
        Path output = Files.createTempFile("teams-tools", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().put("NO_UPDATE_NOTIFIER", "1");
        builder.environment().put("TEAMSFX_TELEMETRY_TEST", "1");
        Process process = builder.start();
        try {
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " svarade inte inom " + minutes + " min");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("avbruten", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
