package org.cscript.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cscript.draw.Pictures;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioRunner;
import org.cscript.host.SnapshotRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cscript draw FILE --svg OUT} (docs/draw.md): runs a scenario and draws its state (task
 * tree, containers, audit container IDs, namespaces) and its events as SVG: one picture per
 * {@code snapshot()} and one of the end. A scenario that fails is drawn up to where it failed,
 * and the command exits as {@code cscript run} would. The drawing is {@link Pictures}'s.
 */
@Command(name = "draw", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a scenario and draw, as SVG, the task tree with container objects, audit container IDs "
                + "and namespaces, and a timeline of its audit records: OUT shows the end state, OUT-N (before the "
                + "extension) the state at the N-th snapshot() call.",
            "",
            "A scenario that fails is drawn up to the failure (its error on standard error, exit 1); one that does "
                + "not run (a syntax error) draws nothing. The files written are listed on standard output."},
        footer = {"", "See docs/draw.md."})
final class DrawCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--svg", required = true, paramLabel = "OUT", description = "The SVG file of the end state; "
            + "snapshot N goes to OUT with -N before its extension (pic.svg, pic-1.svg, ...).")
    Path svg;

    @Mixin
    ScenarioOptionsMixin scenario;

    @Mixin
    ScenarioOptionsMixin.Execution execution;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The scenario file (.cscript).")
    Path file;

    @Override
    public Integer call() {
        PrintStream err = ScenarioOptionsMixin.errorStream(spec.commandLine());
        RunOptions options = scenario.toRunOptions(spec.commandLine(), err, execution);
        if (ScenarioOptionsMixin.reportUnreadable(file, err)) {
            return ExitCode.INVALID;
        }
        String unwritable = unwritable(svg);
        if (unwritable != null) {
            err.println("cscript draw: cannot write " + svg + ": " + unwritable);
            return ExitCode.INVALID;
        }
        SnapshotRun run = new ScenarioRunner(options).runWithSnapshots(file);
        List<Pictures.Picture> pictures = Pictures.of(file.getFileName().toString(), run, svg);
        int exit = ExitCode.of(run.result().status());
        try {
            for (Path written : Pictures.write(pictures)) {
                spec.commandLine().getOut().println(written);
            }
        } catch (IOException e) {
            err.println("cscript draw: cannot write " + svg + ": " + e.getMessage());
            exit = ExitCode.worst(exit, ExitCode.INVALID);
        }
        spec.commandLine().getOut().flush();
        err.flush();
        return exit;
    }

    /** Why the pictures cannot go to {@code out}, or null: its folder must exist and be writable. */
    private static String unwritable(Path out) {
        Path folder = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            return "it is a folder";
        }
        if (folder == null || !Files.isDirectory(folder)) {
            return "no such folder " + (folder == null ? "" : folder.toString());
        }
        if (!Files.isWritable(folder)) {
            return "the folder is not writable";
        }
        return null;
    }
}
