package dev.incidentconsole.bundle.signing;

import java.time.Instant;

/**
 * One usable line of an allowed_signers file.
 *
 * @param principals  the principal pattern list as written
 * @param namespaces  the namespace pattern list the key is limited to; null for any namespace
 * @param validAfter  null when unlimited
 * @param validBefore null when unlimited
 */
record AllowedSignerLine(int number, String principals, SshPublicKey key, String namespaces, Instant validAfter, Instant validBefore) {

    boolean trusts(String principal, SshPublicKey signer, String namespace, Instant at) {
        return SignerPatterns.matchList(principal, principals) == SignerPatterns.MATCH && admits(signer, namespace, at);
    }

    boolean admits(SshPublicKey signer, String namespace, Instant at) {
        return key.equals(signer)
                && (namespaces == null || SignerPatterns.matchList(namespace, namespaces) == SignerPatterns.MATCH)
                && (validAfter == null || !at.isBefore(validAfter))
                && (validBefore == null || !at.isAfter(validBefore));
    }
}
