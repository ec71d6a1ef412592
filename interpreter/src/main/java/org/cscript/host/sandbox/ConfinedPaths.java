package org.cscript.host.sandbox;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where a path really leads, decided before anything is read: symbolic links are followed one
 * component at a time (as realpath(3) does, so a {@code ..} after a link climbs from the link's
 * target), and a path that ends outside the root is refused whether or not it exists there, so a
 * script cannot learn which files exist outside its folder.
 */
final class ConfinedPaths {
    /** Linux gives up after 40 links (ELOOP); so do we. */
    private static final int MAX_LINKS = 40;

    private final ImportRoot root;

    ConfinedPaths(ImportRoot root) {
        this.root = root;
    }

    /**
     * The real path of {@code absolute} (for a file that does not exist: its real folder and the
     * rest of the name), inside the root.
     *
     * @throws SecurityException if the path, or a link on the way, leads outside the root
     */
    Path confine(Path absolute) throws IOException {
        Path normalized = absolute.normalize();
        Path real = follow(absolute);
        if (root.contains(real)) {
            return real;
        }
        // the host spells the importing file with the root's real path, so this tells a climb from a link
        boolean lexicallyInside = root.contains(normalized);
        throw new SecurityException((lexicallyInside ? "a symbolic link to outside " : "outside ") + root.describe());
    }

    private static Path follow(Path absolute) throws IOException {
        Deque<String> pending = new ArrayDeque<>();
        absolute.forEach(name -> pending.addLast(name.toString()));
        Path current = absolute.getRoot();
        int links = 0;
        while (!pending.isEmpty()) {
            String name = pending.removeFirst();
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                current = current.getParent() == null ? current : current.getParent();
                continue;
            }
            Path next = current.resolve(name);
            if (!Files.isSymbolicLink(next)) {
                current = next;   // a folder, a file, or a name that does not exist (yet): kept as written
                continue;
            }
            if (++links > MAX_LINKS) {
                throw new FileSystemException(null, null, "too many levels of symbolic links");
            }
            Path target = Files.readSymbolicLink(next);
            Deque<String> expanded = new ArrayDeque<>();
            target.forEach(part -> expanded.addLast(part.toString()));
            while (!expanded.isEmpty()) {
                pending.addFirst(expanded.removeLast());
            }
            if (target.isAbsolute()) {
                current = target.getRoot();
            }
        }
        return current;
    }

    /** The path relative to the root, for messages ("lib/a.cscript"). */
    String shown(Path real) {
        Path relative = root.folder().relativize(real);
        return root.shownAs().equals("./") ? relative.toString() : root.shownAs() + relative;
    }

    static LinkOption[] noFollow() {
        return new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    }
}
