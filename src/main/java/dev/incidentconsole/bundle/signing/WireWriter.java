package dev.incidentconsole.bundle.signing;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** Writes the SSH wire encoding (RFC 4251) into memory; the structures written here are all small. */
final class WireWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    WireWriter raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    WireWriter uint32(long value) {
        out.write((int) (value >>> 24));
        out.write((int) (value >>> 16));
        out.write((int) (value >>> 8));
        out.write((int) value);
        return this;
    }

    WireWriter bytes(byte[] bytes) {
        uint32(bytes.length);
        return raw(bytes);
    }

    WireWriter text(String value) {
        return bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    /** Two's complement, minimal length: a leading zero byte only when the high bit is set; zero is empty. */
    WireWriter mpint(BigInteger value) {
        return bytes(value.signum() == 0 ? new byte[0] : value.toByteArray());
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
