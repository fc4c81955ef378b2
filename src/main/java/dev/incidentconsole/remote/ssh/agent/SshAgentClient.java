package dev.incidentconsole.remote.ssh.agent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Talks to a running ssh-agent over the socket SSH_AUTH_SOCK names (draft-miller-ssh-agent): lists the keys it
 * holds and asks it to sign. Each call opens its own short connection, so one client may be shared by threads.
 * Every failure is an IOException whose message names the socket and what went wrong.
 */
public final class SshAgentClient {

    /** The agent is local: anything slower than this is a stopped or wedged agent. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** Sign flag asking for an RSA signature with SHA-256 ({@code rsa-sha2-256}). */
    public static final int RSA_SHA2_256 = 2;
    /** Sign flag asking for an RSA signature with SHA-512 ({@code rsa-sha2-512}). */
    public static final int RSA_SHA2_512 = 4;

    static final byte FAILURE = 5;
    static final byte REQUEST_IDENTITIES = 11;
    static final byte IDENTITIES_ANSWER = 12;
    static final byte SIGN_REQUEST = 13;
    static final byte SIGN_RESPONSE = 14;
    static final byte EXTENSION_FAILURE = 28;
    /** OpenSSH's agent holds at most this many keys. */
    private static final int MAX_IDENTITIES = 2048;

    private final Path socket;
    private final Duration timeout;

    public SshAgentClient(Path socket) {
        this(socket, DEFAULT_TIMEOUT);
    }

    public SshAgentClient(Path socket, Duration timeout) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    public Path socket() {
        return socket;
    }

    /** The keys the agent holds, in the agent's order (which is the order OpenSSH's ssh offers them). */
    public List<AgentIdentity> identities() throws IOException {
        ByteBuffer reply = AgentConnection.exchange(socket, new byte[] {REQUEST_IDENTITIES}, timeout);
        byte type = reply.get();
        if (type == FAILURE || type == EXTENSION_FAILURE) {
            throw new IOException("ssh-agent at " + socket + " refused to list its keys (SSH_AGENT_FAILURE)");
        }
        expect(type, IDENTITIES_ANSWER, "the request for its keys");
        try {
            int count = reply.getInt();
            if (count < 0 || count > MAX_IDENTITIES) {
                throw malformed("the request for its keys", "it claims " + Integer.toUnsignedString(count) + " keys");
            }
            List<AgentIdentity> identities = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                byte[] blob = readString(reply);
                String comment = new String(readString(reply), StandardCharsets.UTF_8);
                try {
                    identities.add(new AgentIdentity(blob, comment));
                } catch (IOException e) {
                    throw malformed("the request for its keys", e.getMessage());
                }
            }
            return List.copyOf(identities);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw malformed("the request for its keys", "it ends too early");
        }
    }

    /**
     * Asks the agent to sign {@code data} with {@code key}. Returns the signature as SSH encodes it: the
     * signature algorithm name and the signature bytes, each as an SSH string, ready to go into a request.
     *
     * @param flags 0, or {@link #RSA_SHA2_256} or {@link #RSA_SHA2_512} for RSA keys
     */
    public byte[] sign(AgentIdentity key, byte[] data, int flags) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.write(SIGN_REQUEST);
        writeString(request, key.blob());
        writeString(request, data);
        request.writeBytes(ByteBuffer.allocate(4).putInt(flags).array());
        ByteBuffer reply = AgentConnection.exchange(socket, request.toByteArray(), timeout);
        byte type = reply.get();
        if (type == FAILURE || type == EXTENSION_FAILURE) {
            throw new IOException("ssh-agent at " + socket + " refused to sign with " + key + " (SSH_AGENT_FAILURE:"
                    + " the key was removed, the agent is locked, or a confirmation was declined)");
        }
        String what = "the request to sign with " + key;
        expect(type, SIGN_RESPONSE, what);
        try {
            byte[] signature = readString(reply);
            signatureAlgorithm(signature); // checks the shape before anyone sends it
            return signature;
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw malformed(what, "it ends too early");
        }
    }

    /** The algorithm name at the head of a signature {@link #sign} returned, such as {@code rsa-sha2-512}. */
    public static String signatureAlgorithm(byte[] signature) {
        ByteBuffer buffer = ByteBuffer.wrap(signature);
        String name = new String(readString(buffer), StandardCharsets.US_ASCII);
        readString(buffer);
        return name;
    }

    private void expect(byte actual, byte expected, String what) throws IOException {
        if (actual != expected) {
            throw new IOException("ssh-agent at " + socket + " answered " + what + " with message type "
                    + Byte.toUnsignedInt(actual) + " instead of " + expected + " (is " + socket + " an ssh-agent socket?)");
        }
    }

    private IOException malformed(String what, String detail) {
        return new IOException("ssh-agent at " + socket + " sent a malformed answer to " + what + ": " + detail);
    }

    private static byte[] readString(ByteBuffer buffer) {
        int length = buffer.getInt();
        if (length < 0 || length > buffer.remaining()) {
            throw new BufferUnderflowException();
        }
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return bytes;
    }

    private static void writeString(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
