package org.cscript.host.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder tree a guest may read imports from: its real path (symbolic links resolved, so a
 * containment check is a prefix check) and how messages name it, as the user would write it.
 *
 * @param folder the real, absolute path of the folder
 * @param shownAs the folder as messages show it ("examples/", "./"): never a path the user did not type
 * @param kind what the folder is to the user: "the scenario's folder", "the import root", "the working folder"
 */
public record ImportRoot(Path folder, String shownAs, String kind) {
    /** The default root of a scenario: the folder of its file (as given, then resolved). */
    public static ImportRoot ofScenario(Path script) throws IOException {
        Path parent = script.toAbsolutePath().getParent();
        Path given = script.getParent();
        return new ImportRoot(parent.toRealPath(), shown(given == null ? "." : given.toString()), "the scenario's folder");
    }

    /** A root the user named with {@code --import-root DIR}. */
    public static ImportRoot named(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a folder");
        }
        return new ImportRoot(dir.toAbsolutePath().toRealPath(), shown(dir.toString()), "the import root");
    }

    /** The REPL's default root: the working folder it was started in. */
    public static ImportRoot workingFolder() throws IOException {
        return new ImportRoot(Path.of("").toAbsolutePath().toRealPath(), "./", "the working folder");
    }

    /** Whether a real (link-free, absolute) path is this folder or below it. */
    public boolean contains(Path realPath) {
        return realPath.normalize().startsWith(folder);
    }

    /** "the scenario's folder examples/ (--import-root DIR widens it)". */
    public String describe() {
        return kind + " " + shownAs + " (--import-root DIR widens it)";
    }

    private static String shown(String folder) {
        return folder.endsWith("/") ? folder : folder + "/";
    }
}
