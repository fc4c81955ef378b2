package dev.incidentconsole.bundle.signing;

/** SSH wire-format data that cannot be read: a field runs past the end, a length is absurd, a value is invalid. */
final class WireFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    WireFormatException(String message) {
        super(message);
    }
}
