package se.riktlinjeboten.document;

/**
 * A document file that cannot be served, with the reason in words an administrator can act on
 * ("PDF-filen är lösenordsskyddad"). The library reports it for that file and goes on.
 */
public final class UnreadableDocumentException extends Exception {

    public UnreadableDocumentException(String reason) {
        super(reason);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
