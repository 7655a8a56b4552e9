package se.riktlinjeboten.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text and Markdown files. Swedish municipal systems still export Windows-1252 and ISO-8859-1,
 * so a file that is not valid UTF-8 is read as Windows-1252 (a superset of ISO-8859-1's
 * printable characters); a UTF-16 file is recognised by its byte order mark.
 */
final class PlainTextReader implements DocumentReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Share of control characters above which a file is taken for binary data, not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    @Override
    public SourceText read(Path file) throws IOException, UnreadableDocumentException {
        String text = decode(Files.readAllBytes(file));
        if (looksBinary(text)) {
            throw new UnreadableDocumentException("filen innehåller binära data, inte text");
        }
        return TextDocumentParser.plainText(text);
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] bytes, int first, int second) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == first && (bytes[1] & 0xFF) == second;
    }

    private static boolean looksBinary(String text) {
        long controls = text.chars()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        return text.indexOf('\0') >= 0 || controls > text.length() * MAX_CONTROL_SHARE;
    }
}
