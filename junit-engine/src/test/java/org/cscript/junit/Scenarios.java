package org.cscript.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes scenarios and goldens into a test's scenario root. */
final class Scenarios {
    /** A scenario whose trace is two records: one container created. */
    static final String CREATE = "let cfd = container_create(\"app\", 0)\n";

    private Scenarios() {
    }

    static Path write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** NAME.cscript that creates a container, and its golden as the engine writes it (update mode). */
    static Path passing(Path root, String relative) throws IOException {
        Path script = write(root, relative, CREATE);
        EngineRun.of(root, java.util.Map.of(EngineSettings.UPDATE, "true"),
                org.junit.platform.engine.discovery.DiscoverySelectors.selectFile(script.toFile()));
        return script;
    }

    static Path trace(Path script) {
        String name = script.getFileName().toString();
        return script.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".trace");
    }
}
