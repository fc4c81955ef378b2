package dev.incidentconsole.bundle.signing;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * ECDSA signatures in SSH hold {@code mpint r, mpint s}; the JDK's P1363 form is r and s as fixed-length halves.
 * Converting here lets us use the JDK's plain signature API without DER.
 */
final class EcdsaSignatureEncoding {

    private EcdsaSignatureEncoding() {
    }

    static byte[] toSsh(byte[] p1363) {
        int half = p1363.length / 2;
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(p1363, 0, half));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(p1363, half, p1363.length));
        return new WireWriter().mpint(r).mpint(s).toByteArray();
    }

    static byte[] toP1363(byte[] ssh, int fieldBytes) throws WireFormatException {
        WireReader in = new WireReader(ssh);
        BigInteger r = in.mpint("ECDSA r");
        BigInteger s = in.mpint("ECDSA s");
        in.expectEnd("the ECDSA signature");
        byte[] out = new byte[2 * fieldBytes];
        if (!fits(r, fieldBytes) || !fits(s, fieldBytes)) {
            throw new WireFormatException("ECDSA r or s is longer than " + fieldBytes + " bytes");
        }
        putFixed(r, out, 0, fieldBytes);
        putFixed(s, out, fieldBytes, fieldBytes);
        return out;
    }

    private static boolean fits(BigInteger value, int bytes) {
        return value.bitLength() <= bytes * 8;
    }

    /** Writes a non-negative value big-endian into exactly {@code length} bytes at {@code offset}. */
    static void putFixed(BigInteger value, byte[] out, int offset, int length) {
        byte[] magnitude = value.toByteArray();
        int skip = magnitude.length > length ? magnitude.length - length : 0;
        int copy = magnitude.length - skip;
        System.arraycopy(magnitude, skip, out, offset + length - copy, copy);
    }
}
