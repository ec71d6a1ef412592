package org.cscript.host;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.cscript.host.sandbox.ConfinedFileSystem;
import org.cscript.host.sandbox.ImportRoot;
import org.cscript.runtime.CscriptLanguage;
import org.graalvm.polyglot.Source;

/**
 * A scenario's text as the language receives it, with the file system its imports may read: the
 * import root (the scenario's folder, or --import-root, which must contain it) and the source
 * named by the script's path but located under its folder's real path, so imports resolve as
 * the sandbox checks them. Shared by running, checking and the language server's checks.
 */
record ScenarioSource(Source source, ConfinedFileSystem files) {
    /** The scenario lies outside the import root, shown as {@code root}. */
    static final class OutsideImportRoot extends Exception {
        private static final long serialVersionUID = 1L;
        final String root;

        OutsideImportRoot(String root) {
            super(root);
            this.root = root;
        }
    }

    static ScenarioSource of(Path script, String text, RunOptions options) throws IOException, OutsideImportRoot {
        ImportRoot own = ImportRoot.ofScenario(script);
        ImportRoot root = options.importRoot() == null ? own : options.importRoot();
        if (!root.contains(own.folder())) {
            throw new OutsideImportRoot(root.shownAs());
        }
        File located = own.folder().resolve(script.getFileName()).toFile();
        Source source = Source.newBuilder(CscriptLanguage.ID, located).content(text).name(script.toString()).build();
        return new ScenarioSource(source, new ConfinedFileSystem(root));
    }
}
