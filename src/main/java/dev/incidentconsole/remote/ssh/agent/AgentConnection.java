package dev.incidentconsole.remote.ssh.agent;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One request and its reply over an ssh-agent's Unix domain socket, framed as the agent protocol frames every
 * message (uint32 length, then the type byte and payload). Every wait, connecting included, ends at one deadline:
 * a stopped or wedged agent costs the caller the timeout, never a hang.
 */
final class AgentConnection {

    /** OpenSSH's agent refuses messages above 256 KiB; nothing legitimate comes close. */
    static final int MAX_MESSAGE = 256 * 1024;

    private AgentConnection() {
    }

    /** Sends {@code request} (type byte and payload) and returns the reply (type byte and payload). */
    static ByteBuffer exchange(Path socket, byte[] request, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!Files.exists(socket)) {
            throw new IOException("ssh-agent socket " + socket + " does not exist (SSH_AUTH_SOCK names an agent that"
                    + " is not running)");
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
             Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            SelectionKey key = channel.register(selector, 0);
            connect(channel, key, socket, deadline, timeout);
            ByteBuffer out = ByteBuffer.allocate(4 + request.length).putInt(request.length).put(request).flip();
            while (out.hasRemaining()) {
                if (channel.write(out) == 0) {
                    await(key, SelectionKey.OP_WRITE, deadline, socket, timeout);
                }
            }
            ByteBuffer length = ByteBuffer.allocate(4);
            readFully(channel, key, length, deadline, socket, timeout);
            int size = length.flip().getInt();
            if (size <= 0 || size > MAX_MESSAGE) {
                throw new IOException("ssh-agent at " + socket + " sent a reply of " + Integer.toUnsignedString(size)
                        + " bytes, which no agent sends (is " + socket + " an ssh-agent socket?)");
            }
            ByteBuffer reply = ByteBuffer.allocate(size);
            readFully(channel, key, reply, deadline, socket, timeout);
            return reply.flip();
        }
    }

    private static void connect(SocketChannel channel, SelectionKey key, Path socket, long deadline, Duration timeout)
            throws IOException {
        try {
            if (!channel.connect(UnixDomainSocketAddress.of(socket))) {
                while (!channel.finishConnect()) {
                    await(key, SelectionKey.OP_CONNECT, deadline, socket, timeout);
                }
            }
        } catch (ConnectException e) {
            throw new IOException("ssh-agent at " + socket + " refused the connection: no agent is listening there"
                    + " (it has exited and left its socket behind)", e);
        } catch (InterruptedIOException e) { // the timeout, or an interrupt: already explained
            throw e;
        } catch (IOException e) {
            throw new IOException("cannot connect to ssh-agent at " + socket + ": " + reason(e), e);
        }
    }

    private static void readFully(SocketChannel channel, SelectionKey key, ByteBuffer into, long deadline, Path socket,
                                  Duration timeout) throws IOException {
        while (into.hasRemaining()) {
            int read;
            try {
                read = channel.read(into);
            } catch (IOException e) {
                throw closed(socket, e);
            }
            if (read < 0) {
                throw closed(socket, new EOFException());
            }
            if (read == 0) {
                await(key, SelectionKey.OP_READ, deadline, socket, timeout);
            }
        }
    }

    private static void await(SelectionKey key, int operation, long deadline, Path socket, Duration timeout)
            throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("ssh-agent at " + socket + " did not answer within " + describe(timeout)
                    + " (is the agent stopped, or waiting for a confirmation or a touch of a security key?)");
        }
        key.interestOps(operation);
        key.selector().select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        key.selector().selectedKeys().clear();
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for ssh-agent at " + socket);
        }
    }

    private static IOException closed(Path socket, IOException cause) {
        return new IOException("ssh-agent at " + socket + " closed the connection without answering (the agent"
                + " exited or was killed)", cause);
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String describe(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
