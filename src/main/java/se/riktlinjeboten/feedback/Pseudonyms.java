package se.riktlinjeboten.feedback;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable pseudonyms for users: an HMAC of the Teams user id with a key kept in the data folder.
 * The same user gets the same pseudonym, so feedback can be grouped, but without the key the
 * pseudonym leads back to no one.
 */
final class Pseudonyms {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int SHOWN_BYTES = 8;

    private final SecretKeySpec key;

    private Pseudonyms(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    static Pseudonyms withKeyIn(Path folder) throws IOException {
        Path file = folder.resolve("pseudonym.key");
        if (!Files.exists(file)) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(folder);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.write(file, fresh);
            } catch (FileAlreadyExistsException createdMeanwhile) {
                return new Pseudonyms(Files.readAllBytes(file));
            } catch (UnsupportedOperationException notPosix) {
                Files.write(file, fresh);
            }
        }
        return new Pseudonyms(Files.readAllBytes(file));
    }

    String of(String userId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(userId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, SHOWN_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 saknas i den här Java-installationen", e);
        }
    }
}
