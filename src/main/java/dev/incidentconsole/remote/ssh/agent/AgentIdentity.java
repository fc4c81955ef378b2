package dev.incidentconsole.remote.ssh.agent;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * One key an ssh-agent holds: its public key blob in SSH wire format and the comment it was added with. The
 * private half stays in the agent; this is all a client ever sees of it.
 */
public final class AgentIdentity {

    private final byte[] blob;
    private final String comment;
    private final String keyType;

    AgentIdentity(byte[] blob, String comment) throws IOException {
        this.blob = blob.clone();
        this.comment = comment;
        this.keyType = typeOf(blob);
    }

    /** The public key as the SSH wire format encodes it (what an authorized_keys line holds in Base64). */
    public byte[] blob() {
        return blob.clone();
    }

    public String comment() {
        return comment;
    }

    /** The key type named inside the blob, such as {@code ssh-ed25519}, {@code ssh-rsa} or a certificate type. */
    public String keyType() {
        return keyType;
    }

    /** The SHA-256 fingerprint in OpenSSH's form ({@code SHA256:} and unpadded Base64), as ssh-add -l shows it. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String typeOf(byte[] blob) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(blob);
        if (buffer.remaining() < 4) {
            throw new IOException("a key blob of " + blob.length + " bytes names no key type");
        }
        int length = buffer.getInt();
        if (length <= 0 || length > buffer.remaining() || length > 256) {
            throw new IOException("a key blob names its key type with a bad length (" + length + ")");
        }
        byte[] name = new byte[length];
        buffer.get(name);
        return new String(name, StandardCharsets.US_ASCII);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgentIdentity that && Arrays.equals(blob, that.blob) && comment.equals(that.comment);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(blob) * 31 + comment.hashCode();
    }

    @Override
    public String toString() {
        return keyType + " " + fingerprint() + (comment.isEmpty() ? "" : " (" + comment + ")");
    }
}
