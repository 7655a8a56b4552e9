package se.riktlinjeboten.bot;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;

/**
 * Signs tokens the way the Bot Framework channel service does, with a key that a test serves as
 * the channel's OpenID key set. One key for the whole test JVM: the SDK caches fetched keys.
 */
final class BotFrameworkTokens {

    static final String KEY_ID = "test-key-1";
    static final String ISSUER = "https://api.botframework.com";
    static final KeyPair KEYS = newKeyPair();
    private static final KeyPair OTHER_KEYS = newKeyPair();

    private BotFrameworkTokens() {
    }

    /** The key set, with the endorsement the SDK requires for the msteams channel. */
    static String jwks() {
        RSAPublicKey key = (RSAPublicKey) KEYS.getPublic();
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return """
                {"keys":[{"kty":"RSA","use":"sig","kid":"%s","n":"%s","e":"%s","endorsements":["msteams"]}]}"""
                .formatted(KEY_ID, url.encodeToString(unsigned(key.getModulus().toByteArray())),
                        url.encodeToString(unsigned(key.getPublicExponent().toByteArray())));
    }

    static String valid(String audience, String serviceUrl) {
        return sign(KEYS, audience, serviceUrl, Instant.now().plusSeconds(3600));
    }

    static String expired(String audience, String serviceUrl) {
        return sign(KEYS, audience, serviceUrl, Instant.now().minusSeconds(3600));
    }

    static String signedWithAnotherKey(String audience, String serviceUrl) {
        return sign(OTHER_KEYS, audience, serviceUrl, Instant.now().plusSeconds(3600));
    }

    private static String sign(KeyPair keys, String audience, String serviceUrl, Instant expires) {
        return JWT.create()
                .withKeyId(KEY_ID)
                .withIssuer(ISSUER)
                .withAudience(audience)
                .withClaim("serviceurl", serviceUrl)
                .withIssuedAt(expires.minusSeconds(7200))
                .withNotBefore(expires.minusSeconds(7200))
                .withExpiresAt(expires)
                .sign(Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()));
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
