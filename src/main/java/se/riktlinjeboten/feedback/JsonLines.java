package se.riktlinjeboten.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only file of one JSON record per line. Each record is on disk (fsync) before
 * {@link #append} returns, so what was acknowledged survives a crash; a line cut short by a crash
 * mid-write is skipped when reading, and the records before and after it are kept.
 */
final class JsonLines<T> {

    private static final Logger log = LoggerFactory.getLogger(JsonLines.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path file;
    private final Class<T> type;

    JsonLines(Path file, Class<T> type) {
        this.file = file;
        this.type = type;
    }

    synchronized void append(T record) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] line = (JSON.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            channel.position(channel.size());
            if (channel.size() > 0 && !endsWithNewline(channel)) {
                channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
            }
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Every readable record, oldest first. */
    synchronized List<T> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<T> records = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                records.add(JSON.readValue(line, type));
            } catch (IOException torn) {
                log.warn("En ofullständig rad i {} hoppades över", file.getFileName());
            }
        }
        return records;
    }

    /** A crash can leave a last line without its newline; the next record must not run on from it. */
    private static boolean endsWithNewline(FileChannel channel) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, channel.size() - 1);
        return last.get(0) == '\n';
    }
}
