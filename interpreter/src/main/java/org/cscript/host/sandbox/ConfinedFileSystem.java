package org.cscript.host.sandbox;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The only file system a guest context sees: read-only, confined to an {@link ImportRoot}, and
 * only regular files of at most {@link SandboxLimits#MAX_FILE_BYTES}. The language reads its
 * imports through it; nothing else in the language touches files. Every refusal is a
 * {@link SecurityException} whose message the language shows after {@code import "PATH": }, so
 * messages name no host path beyond the root as the user typed it.
 */
public final class ConfinedFileSystem implements FileSystem {
    private final ImportRoot root;
    private final ConfinedPaths paths;
    private final Path workingFolder;

    public ConfinedFileSystem(ImportRoot root) throws IOException {
        this.root = root;
        this.paths = new ConfinedPaths(root);
        this.workingFolder = Path.of("").toAbsolutePath().toRealPath();
    }

    @Override
    public Path parsePath(URI uri) {
        if (!"file".equals(uri.getScheme())) {
            throw new UnsupportedOperationException("only file: URIs");
        }
        return parsePath(Path.of(uri).toString());
    }

    @Override
    public Path parsePath(String path) {
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) {
                // the language refuses these first; this is the second line of defence
                throw new SecurityException("a control character in the path");
            }
        }
        return Path.of(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        if (modes.contains(AccessMode.WRITE) || modes.contains(AccessMode.EXECUTE)) {
            throw readOnly();
        }
        Path real = paths.confine(toAbsolutePath(path));
        try {
            real.getFileSystem().provider().checkAccess(real, modes.toArray(AccessMode[]::new));
        } catch (FileSystemException e) {
            throw sanitized(e, real);
        }
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        for (OpenOption option : options) {
            if (option != StandardOpenOption.READ && option != LinkOption.NOFOLLOW_LINKS) {
                throw readOnly();
            }
        }
        Path real = paths.confine(toAbsolutePath(path));
        BasicFileAttributes attributes = attributes(real);
        if (!attributes.isRegularFile()) {
            throw new SecurityException("not a regular file (" + FileKinds.describe(real, LinkOption.NOFOLLOW_LINKS) + ")");
        }
        if (attributes.size() > SandboxLimits.MAX_FILE_BYTES) {
            throw tooLarge(attributes.size());
        }
        try {
            return new CappedChannel(Files.newByteChannel(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
        } catch (FileSystemException e) {
            throw sanitized(e, real);
        }
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) {
        throw new SecurityException("a script cannot list folders");
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path.isAbsolute() ? path : workingFolder.resolve(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        Path real = paths.confine(toAbsolutePath(path));
        if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(paths.shown(real));
        }
        return real;
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        Path real = paths.confine(toAbsolutePath(path));
        try {
            return Files.readAttributes(real, attributes, LinkOption.NOFOLLOW_LINKS);
        } catch (FileSystemException e) {
            throw sanitized(e, real);
        }
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) {
        throw readOnly();
    }

    @Override
    public void delete(Path path) {
        throw readOnly();
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) {
        throw readOnly();
    }

    @Override
    public void copy(Path source, Path target, java.nio.file.CopyOption... options) {
        throw readOnly();
    }

    @Override
    public void move(Path source, Path target, java.nio.file.CopyOption... options) {
        throw readOnly();
    }

    @Override
    public void createLink(Path link, Path existing) {
        throw readOnly();
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) {
        throw readOnly();
    }

    @Override
    public Path readSymbolicLink(Path link) {
        throw new SecurityException("a script cannot read symbolic links");
    }

    @Override
    public Path getTempDirectory() {
        throw new SecurityException("a script has no temporary folder");
    }

    @Override
    public void setCurrentWorkingDirectory(Path currentWorkingDirectory) {
        throw new SecurityException("a script cannot change the working folder");
    }

    /** The root this file system is confined to. */
    public ImportRoot root() {
        return root;
    }

    static SecurityException tooLarge(long size) {
        return new SecurityException("larger than " + SandboxLimits.maxFileSize() + ", the limit for an imported file ("
                + size + " bytes)");
    }

    private static SecurityException readOnly() {
        return new SecurityException("a script cannot write files");
    }

    private BasicFileAttributes attributes(Path real) throws IOException {
        try {
            return Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (FileSystemException e) {
            throw sanitized(e, real);
        }
    }

    /** The OS's reason with the path relative to the root: the JDK's messages carry absolute paths. */
    private FileSystemException sanitized(FileSystemException e, Path real) {
        if (e instanceof NoSuchFileException) {
            return new NoSuchFileException(paths.shown(real));
        }
        return new FileSystemException(paths.shown(real), null, e.getReason() == null ? "cannot be read" : e.getReason());
    }
}
