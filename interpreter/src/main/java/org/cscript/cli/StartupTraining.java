package org.cscript.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workload the {@code cscript} launcher records the JDK's AOT cache with: the commands a
 * user starts most, on a small bundled scenario, their output discarded. What this loads and
 * links is what a later run finds ready in the cache. Not a user command.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    /** Exits 0 when every command succeeded (the launcher keeps the cache only then). */
    public static void main(String[] args) throws IOException {
        System.exit(train());
    }

    /** Runs the workload and returns the worst exit code (tests call this). */
    static int train() throws IOException {
        Path dir = Files.createTempDirectory("cscript-training");
        Path scenario = dir.resolve("training.cscript");
        try (InputStream in = StartupTraining.class.getResourceAsStream("training.cscript")) {
            Files.copy(in, scenario);
        }
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        try {
            int exit = ExitCode.OK;
            for (String[] command : new String[][] {{"run", scenario.toString()}, {"check", scenario.toString()},
                    {"--version"}, {"run", "--help"}}) {
                exit = ExitCode.worst(exit, CscriptMain.execute(command, sink, sink));
            }
            return exit;
        } finally {
            Files.delete(scenario);
            Files.delete(dir);
        }
    }
}
