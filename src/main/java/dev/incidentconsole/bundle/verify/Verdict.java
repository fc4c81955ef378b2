package dev.incidentconsole.bundle.verify;

/** The overall answer about a bundle. */
public enum Verdict {
    /** Every check holds and the signer's key is in the analyst's allowed_signers. */
    TRUSTED("verified: intact, and signed by a key you trust"),
    /** Every check holds, but nothing says the signing key belongs to whom it claims. */
    UNTRUSTED("valid, but signed by a key you have not trusted"),
    /** At least one check failed: the bundle was altered, damaged or is not a bundle. */
    FAILED("NOT verified: the bundle does not hold together");

    private final String inWords;

    Verdict(String inWords) {
        this.inWords = inWords;
    }

    public String inWords() {
        return inWords;
    }
}
