package org.cscript.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.cscript.lsp.LspServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cscript lsp}: a Language Server Protocol server on standard input and output (docs/editors.md). */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Serve the Language Server Protocol on standard input and output: diagnostics (as check), "
                + "completion and hover for .cscript files in an editor.")
final class LspCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptionsMixin scenario;

    /** The protocol's streams: standard input and output, as bytes (CscriptMain sets them). */
    InputStream in = System.in;
    OutputStream out = System.out;

    @Override
    public Integer call() {
        PrintStream err = ScenarioOptionsMixin.errorStream(spec.commandLine());
        return LspServer.serve(in, out, scenario.toRunOptions(spec.commandLine(), err)) == 0 ? ExitCode.OK : ExitCode.SCENARIO_FAILED;
    }
}
