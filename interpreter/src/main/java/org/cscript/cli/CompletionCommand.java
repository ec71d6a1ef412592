package org.cscript.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cscript completion bash|zsh}: prints the shell completion script picocli generates
 * ({@link AutoComplete#bash}) from the whole command tree: the subcommands, their options, the
 * values of enum options, the knob names of {@code --set} and the profiles of {@code --profile}
 * (their {@code completionCandidates}). picocli writes one script for both shells: in zsh it
 * loads zsh's {@code bashcompinit} itself and registers the same function.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script for cscript: subcommands, options, --set knob names, --profile names.",
            "bash: source <(cscript completion bash); zsh: source <(cscript completion zsh) (README.md, Shell completion)."})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The environment the command tree is built with (as the real commands get it). */
    Map<String, String> environment = Map.of();

    /** The shells the script is for: picocli's bash script, which zsh runs through bashcompinit. */
    enum Shell { bash, zsh }

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("cscript", CscriptMain.everyCommand(environment));
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
