package org.cscript.host.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Names what a path is when it is not a regular file, for "not a regular file (a FIFO)". */
public final class FileKinds {
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int DIRECTORY = 0040000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SYMBOLIC_LINK = 0120000;
    private static final int SOCKET = 0140000;

    private FileKinds() {
    }

    /** "a directory", "a FIFO", "a character device" ... from the file's mode (links followed or not). */
    public static String describe(Path path, LinkOption... options) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode", options);
            if (mode instanceof Integer bits) {
                return switch (bits & TYPE_MASK) {
                    case FIFO -> "a FIFO";
                    case CHARACTER_DEVICE -> "a character device";
                    case DIRECTORY -> "a directory";
                    case BLOCK_DEVICE -> "a block device";
                    case SYMBOLIC_LINK -> "a symbolic link";
                    case SOCKET -> "a socket";
                    default -> "not a regular file";
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no unix view: fall back to the portable attributes
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, options);
            return attributes.isDirectory() ? "a directory" : attributes.isSymbolicLink() ? "a symbolic link" : "a special file";
        } catch (IOException e) {
            return "a special file";
        }
    }
}
