package org.cscript.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import org.cscript.host.InvalidOptionsException;
import org.cscript.host.RunOptions;
import org.cscript.host.Vocabulary;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

/** Options shared by {@code run}, {@code check}, {@code test} and {@code repl}: kernel knobs and the profile. */
final class ScenarioOptionsMixin {
    @Option(names = "--set", paramLabel = "KEY=VALUE", completionCandidates = KnobNames.class,
            description = "Set a kernel-model knob, e.g. --set contid.allow_move=true (repeatable; "
                    + "applied after --profile, before the script's own config statements).")
    List<String> settings = List.of();

    @Option(names = "--profile", paramLabel = "NAME", completionCandidates = ProfileNames.class,
            description = "Knob profile: seed (default: the design in the seeds) or upstream (the later audit series).")
    String profile;

    @Option(names = "--import-root", paramLabel = "DIR",
            description = "Let imports read DIR and below (default: the scenario's own folder; for the REPL the "
                    + "working folder). DIR must contain the scenario. See docs/sandbox.md.")
    Path importRoot;

    /** The knob names, for shell completion of --set (cscript completion); read only when completion asks. */
    static final class KnobNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Vocabulary.settingKeys().iterator();
        }
    }

    /** The profile names, for shell completion of --profile. */
    static final class ProfileNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Vocabulary.profileNames().iterator();
        }
    }

    /** picocli's error writer as the PrintStream the runner writes diagnostics and print output to. */
    static PrintStream errorStream(CommandLine cli) {
        return new PrintStream(new WriterOutputStream(cli.getErr()), true, StandardCharsets.UTF_8);
    }

    /** Reports a scenario file that cannot be read (a usage error); true if it was reported. */
    static boolean reportUnreadable(Path file, PrintStream err) {
        if (Files.isReadable(file)) {
            return false;
        }
        err.println("cscript: cannot read " + file + ": no such readable file");
        return true;
    }

    /**
     * The options of this command invocation; each command builds them once, first, so a bad
     * option is one error whatever the number of scenarios.
     *
     * @throws InvalidOptionsException for a profile or knob the kernel refuses (the top level
     *         prints it as {@code cscript: error: MESSAGE}, exit 2)
     */
    RunOptions toRunOptions(CommandLine cli, PrintStream err) {
        RunOptions options = RunOptions.of(settingsMap(cli), profile, err);
        return importRoot == null ? options : options.withImportRoot(importRoot);
    }

    /** As {@link #toRunOptions(CommandLine, PrintStream)}, with the options only commands that run scenarios have. */
    RunOptions toRunOptions(CommandLine cli, PrintStream err, Execution execution) {
        return toRunOptions(cli, err).withInvariantChecks(execution.checkInvariants);
    }

    /**
     * Options that mean something only when scenarios execute: {@code run}, {@code test} and
     * {@code repl} mix them in besides the knobs; {@code check}, which executes nothing, does not.
     */
    static final class Execution {
        @Option(names = "--check-invariants",
                description = "Check the kernel model's invariants (docs/language.md, Configuration and profiles) after every operation; "
                        + "a violation is a bug in cscript: exit 70, naming the invariant and the operation.")
        boolean checkInvariants;
    }

    /** The --set pairs in the order given; a pair without '=' is a usage error. */
    LinkedHashMap<String, String> settingsMap(CommandLine cli) {
        return settingsMap(cli, settings);
    }

    /** {@code settings} (--set KEY=VALUE options) as a map in the order given; a pair without '=' is a usage error. */
    static LinkedHashMap<String, String> settingsMap(CommandLine cli, List<String> settings) {
        LinkedHashMap<String, String> map = new LinkedHashMap<>();
        for (String pair : settings) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(cli, "--set expects KEY=VALUE, got '" + pair + "'");
            }
            map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return map;
    }
}
