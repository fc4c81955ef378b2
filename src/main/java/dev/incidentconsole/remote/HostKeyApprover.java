package dev.incidentconsole.remote;

/**
 * Decides whether to trust a host key that is not yet known. The desktop app shows a dialog, the command line
 * asks on the terminal (or approves everything with {@code --accept-new}).
 *
 * <p>Called on the SSH transport's reader thread while key exchange waits, so an implementation blocks until
 * the responder answers, and must not run on (or block) the UI thread. Key exchange waits only as long as the
 * transport timeout; when it gives up, the waiting thread is interrupted and should return {@code false}.
 * Only an explicit {@code true} trusts the key: throwing counts as a refusal.
 */
@FunctionalInterface
public interface HostKeyApprover {

    boolean approve(UnknownHostKey request);

    /** Trusts nothing new: for unattended runs, where nobody is there to compare a fingerprint. */
    HostKeyApprover REFUSE_ALL = request -> false;
}
