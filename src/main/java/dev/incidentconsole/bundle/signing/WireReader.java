package dev.incidentconsole.bundle.signing;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the SSH wire encoding (RFC 4251: uint32, string, mpint) from untrusted bytes. Every read names the field
 * so that a truncated or forged blob yields a message saying which part is wrong.
 */
final class WireReader {

    private final byte[] data;
    private int position;

    WireReader(byte[] data) {
        this.data = data;
    }

    int remaining() {
        return data.length - position;
    }

    boolean atEnd() {
        return position == data.length;
    }

    byte[] raw(int length, String field) throws WireFormatException {
        if (length < 0 || length > remaining()) {
            throw new WireFormatException(field + " needs " + length + " bytes but only " + remaining() + " remain");
        }
        byte[] out = Arrays.copyOfRange(data, position, position + length);
        position += length;
        return out;
    }

    long uint32(String field) throws WireFormatException {
        byte[] b = raw(4, field);
        return ((b[0] & 0xFFL) << 24) | ((b[1] & 0xFFL) << 16) | ((b[2] & 0xFFL) << 8) | (b[3] & 0xFFL);
    }

    /** A length-prefixed byte string. */
    byte[] bytes(String field) throws WireFormatException {
        long length = uint32(field + " length");
        if (length > remaining()) {
            throw new WireFormatException(field + " claims " + length + " bytes but only " + remaining() + " remain");
        }
        return raw((int) length, field);
    }

    /** A length-prefixed string that must be valid UTF-8 without NUL characters (OpenSSH refuses those too). */
    String text(String field) throws WireFormatException {
        byte[] bytes = bytes(field);
        try {
            String value = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (value.indexOf('\0') >= 0) {
                throw new WireFormatException(field + " contains a NUL character");
            }
            return value;
        } catch (CharacterCodingException e) {
            throw new WireFormatException(field + " is not valid UTF-8 text");
        }
    }

    /** A non-negative multiple-precision integer; keys and signatures never hold negative ones. */
    BigInteger mpint(String field) throws WireFormatException {
        byte[] bytes = bytes(field);
        if (bytes.length == 0) {
            return BigInteger.ZERO;
        }
        BigInteger value = new BigInteger(bytes);
        if (value.signum() < 0) {
            throw new WireFormatException(field + " is negative");
        }
        return value;
    }

    void expectEnd(String what) throws WireFormatException {
        if (!atEnd()) {
            throw new WireFormatException(what + " has " + remaining() + " unexpected bytes at its end");
        }
    }
}
