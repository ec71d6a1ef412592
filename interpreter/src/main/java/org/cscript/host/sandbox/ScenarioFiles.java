package org.cscript.host.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the scenario file a user named on the command line: a regular file (a link to one is
 * the user's choice) of at most {@link SandboxLimits#MAX_FILE_BYTES}. Devices, FIFOs and
 * folders are refused before they are opened, so {@code cscript run /dev/zero} ends at once.
 */
public final class ScenarioFiles {
    private ScenarioFiles() {
    }

    /** The file's text, UTF-8. The exception's message is the reason, without the path. */
    public static String read(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file");
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied");
        } catch (FileSystemException e) {
            throw new IOException(reason(e));   // the JDK's message starts with the path, already shown
        }
        if (!attributes.isRegularFile()) {
            throw new IOException("not a regular file (" + FileKinds.describe(file) + ")");
        }
        if (attributes.size() > SandboxLimits.MAX_FILE_BYTES) {
            throw new IOException(tooLarge(attributes.size() + " bytes"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            // one byte more than the cap tells a file that grew (or misreports its size) from one that fits
            byte[] bytes = in.readNBytes((int) SandboxLimits.MAX_FILE_BYTES + 1);
            if (bytes.length > SandboxLimits.MAX_FILE_BYTES) {
                throw new IOException(tooLarge(bytes.length + " bytes or more"));
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied");
        } catch (FileSystemException e) {
            throw new IOException(reason(e));
        }
    }

    /** A scenario's text given by an editor rather than read from its file: the same size cap. */
    public static String unsaved(String text) throws IOException {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > SandboxLimits.MAX_FILE_BYTES) {
            throw new IOException(tooLarge(bytes + " bytes"));
        }
        return text;
    }

    private static String reason(FileSystemException e) {
        return e.getReason() == null ? "cannot be read" : e.getReason();
    }

    private static String tooLarge(String size) {
        return "larger than " + SandboxLimits.maxFileSize() + ", the limit for a scenario file (" + size + ")";
    }
}
