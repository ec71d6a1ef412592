package org.cscript.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenarios a run covers, found from the paths given (a file is itself, a folder is every
 * {@code *.cscript} below it, sorted), and the obsolete goldens in those folders: a NAME.trace
 * or NAME.err whose NAME.cscript is gone.
 */
public record Corpus(List<Path> scripts, List<Path> obsolete) {

    public static Corpus of(List<Path> paths) throws IOException {
        List<Path> scripts = new ArrayList<>();
        List<Path> obsolete = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                scripts.add(path);
                continue;
            }
            try (Stream<Path> found = Files.walk(path)) {
                for (Path p : found.filter(Files::isRegularFile).sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".cscript")) {
                        scripts.add(p);
                    } else if ((name.endsWith(".trace") || name.endsWith(".err"))
                            && !Files.exists(Expectation.scriptOf(p))) {
                        obsolete.add(p);
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();   // a folder below that cannot be read
            }
        }
        return new Corpus(List.copyOf(scripts), List.copyOf(obsolete));
    }
}
