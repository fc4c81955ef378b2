package dev.incidentconsole.remote.ssh;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import net.schmizz.sshj.sftp.FileAttributes;
import net.schmizz.sshj.sftp.FileMode;
import net.schmizz.sshj.sftp.Response;
import net.schmizz.sshj.sftp.SFTPClient;
import net.schmizz.sshj.sftp.SFTPException;

/**
 * The real path of a remote file, every symbolic link resolved, as realpath(3) gives it. SFTP's own REALPATH
 * is not enough: OpenSSH resolves links in it, but other servers (Apache MINA among them) only tidy the path,
 * so each component is looked at with lstat and links are followed here, as the kernel would.
 */
final class SftpRealPath {

    /** As Linux: more links than this on one path is a loop. */
    static final int MAX_LINKS = 40;

    private SftpRealPath() {
    }

    static String of(SFTPClient sftp, String path) throws IOException {
        String start = path.startsWith("/") ? path : sftp.canonicalize(".") + "/" + path;
        Deque<String> pending = new ArrayDeque<>();
        push(pending, start);
        StringBuilder resolved = new StringBuilder();
        int links = 0;
        while (!pending.isEmpty()) {
            String name = pending.removeFirst();
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                resolved.setLength(Math.max(0, resolved.lastIndexOf("/")));
                continue;
            }
            String candidate = resolved + "/" + name;
            FileAttributes attributes = sftp.lstat(candidate);
            if (attributes.has(FileAttributes.Flag.MODE) && attributes.getType() == FileMode.Type.SYMLINK) {
                if (++links > MAX_LINKS) {
                    throw new SFTPException(Response.StatusCode.LINK_LOOP,
                            "more than " + MAX_LINKS + " symbolic links on the way to " + path);
                }
                String target = sftp.readlink(candidate);
                if (target.startsWith("/")) {
                    resolved.setLength(0);
                }
                push(pending, target);
            } else {
                resolved.append('/').append(name);
            }
        }
        return resolved.length() == 0 ? "/" : resolved.toString();
    }

    /** Puts the components of {@code path} in front of the pending ones, in order. */
    private static void push(Deque<String> pending, String path) {
        String[] names = path.split("/");
        for (int i = names.length - 1; i >= 0; i--) {
            pending.addFirst(names[i]);
        }
    }
}
