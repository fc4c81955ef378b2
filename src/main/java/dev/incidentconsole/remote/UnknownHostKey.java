package dev.incidentconsole.remote;

/**
 * A host presented a key that no known_hosts file lists for it. {@code knownHostsName} is the form the key
 * would be stored under ({@code name} or {@code [name]:port}); {@code fingerprint} is OpenSSH's
 * {@code SHA256:<base64 without padding>}, so the responder can compare it with {@code ssh-keygen -l} output
 * obtained out of band.
 */
public record UnknownHostKey(String hostAlias, String knownHostsName, String keyType, String fingerprint) {

    /** The question, in the words OpenSSH uses, for a terminal prompt or a dialog. */
    public String question() {
        return "The authenticity of host " + hostAlias + " (" + knownHostsName + ") can't be established.\n"
                + keyType + " key fingerprint is " + fingerprint + ".\n"
                + "Are you sure you want to trust this key and continue connecting?";
    }
}
