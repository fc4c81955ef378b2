package dev.incidentconsole.bundle.export;

import dev.incidentconsole.bundle.BundleLayout;
import dev.incidentconsole.bundle.signing.BundleSigner;

/** VERIFY.txt: how an analyst checks a bundle with stock tools, and what each check does and does not prove. */
final class VerifyInstructions {

    private VerifyInstructions() {
    }

    static String text(String incidentId, String fileName, String principal, String fingerprint, boolean redacted) {
        String quoted = principal.indexOf(' ') >= 0 ? "'" + principal + "'" : principal;
        return String.join("\n",
                "Evidence bundle for incident " + incidentId,
                "Signed by " + principal + " with key " + fingerprint,
                redacted ? "\nTHIS IS A REDACTED COPY: secrets were masked as [REDACTED] in outputs, commands, notes,\n"
                        + "parameters and reports. manifest.json lists, for every output, the length and SHA-256 of the\n"
                        + "original bytes (what the hash chain covers) and of the masked file in this bundle.\n" : "",
                "How to check it with stock tools (unzip, coreutils, OpenSSH 8.2 or later):",
                "",
                "1. Unpack it into an empty folder:",
                "",
                "     unzip -d bundle " + fileName + " && cd bundle",
                "",
                "2. Check that every file is the one that was signed:",
                "",
                "     sha256sum -c " + BundleLayout.SUMS,
                "",
                "   Every line must say OK. This proves the files match the list in " + BundleLayout.SUMS + "; on its own",
                "   it proves nothing about who made the list. A file that is not listed is not covered:",
                "   compare the files you have with the list (only " + BundleLayout.SUMS + " and " + BundleLayout.SIGNATURE,
                "   are not in it).",
                "",
                "3. Check the signature over that list:",
                "",
                "     ssh-keygen -Y verify -f " + BundleLayout.ALLOWED_SIGNERS + " -I " + quoted + " -n "
                        + BundleSigner.NAMESPACE + " -s " + BundleLayout.SIGNATURE + " < " + BundleLayout.SUMS,
                "",
                "   \"Good \"" + BundleSigner.NAMESPACE + "\" signature for " + principal + "\" proves the list was signed by the",
                "   key in the bundle's " + BundleLayout.ALLOWED_SIGNERS + " and not changed since. It does NOT prove who",
                "   holds that key: anyone can make a key and a bundle. Trust the signer only if the key's",
                "   fingerprint (" + fingerprint + ") is one you know belongs to them, or",
                "   verify against your own allowed_signers file instead of the bundle's with -f.",
                "",
                "4. Optionally, check the hash chain: each line of " + BundleLayout.TIMELINE + " is an evidence entry;",
                "   its entryHash is the SHA-256 of the line with its last field, ,\"entryHash\":\"...\", cut out",
                "   (the closing } stays), and each previousHash is the entryHash of the line before it",
                "   (64 zeros for the first). The outputs'",
                "   stdoutSha256/stderrSha256 are the SHA-256 of the files under evidence/ and files/"
                        + (redacted ? "\n   (in this redacted copy: of the original bytes, which the bundle does not hold)." : "."),
                "   " + BundleLayout.MANIFEST + " names the chain head. The console's own check does all of this at once:",
                "",
                "     incident-console verify " + fileName + " --allowed-signers <your allowed_signers>",
                "");
    }
}
