package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cscript.host.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cscript completion bash|zsh}: the script names every subcommand and knob, and bash completes with it. */
class CompletionCommandTest {
    @TempDir
    Path dir;

    @Test
    void theScriptNamesTheSubcommandsKnobsAndProfiles() {
        CliRun run = CliRun.of("completion", "bash");
        assertEquals(0, run.exit(), run.err());
        for (String command : List.of("run", "check", "test", "explore", "compare", "repl", "convert", "completion")) {
            assertTrue(run.out().contains("_picocli_cscript_" + command + "()"), command);
        }
        for (String knob : Vocabulary.settingKeys()) {
            assertTrue(run.out().contains("\"" + knob + "\""), knob);
        }
        assertTrue(run.out().contains("(\"seed\" \"upstream\") # --profile values"), "profiles");
        assertTrue(run.out().contains("complete -F _complete_cscript"), "registers the function");
        assertEquals(run.out(), CliRun.of("completion", "zsh").out(), "one script: zsh runs it through bashcompinit");
        assertTrue(run.out().contains("bashcompinit"));
    }

    @Test
    void anUnknownShellIsAUsageError() {
        CliRun run = CliRun.of("completion", "fish");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("bash, zsh"), run.err());
    }

    @Test
    void bashCompletesSubcommandsKnobsAndProfiles() throws IOException, InterruptedException {
        Path bash = Path.of("/bin/bash");
        boolean ci = "true".equals(System.getenv("CI"));
        assumeTrue(ci || Files.isExecutable(bash), "no /bin/bash on this machine");
        Path script = Files.writeString(dir.resolve("cscript.bash"), CliRun.of("completion", "bash").out());
        assertEquals("run", complete(script, "cscript", "ru"));
        assertEquals("audit.backlog_limit", complete(script, "cscript", "run", "--set", "audit.back"));
        assertEquals("seed upstream", complete(script, "cscript", "test", "--profile", ""));
        assertEquals("json", complete(script, "cscript", "run", "--format", "j"));
        assertEquals("--format", complete(script, "cscript", "run", "--for"));
    }

    /** What the completion function offers for the last word of {@code words}, space-separated. */
    private String complete(Path script, String... words) throws IOException, InterruptedException {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append(" '").append(w).append('\'');
        }
        String program = "source '" + script + "'\n"
                + "COMP_WORDS=(" + array + ")\nCOMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE=\"${COMP_WORDS[*]}\"\nCOMP_POINT=${#COMP_LINE}\n"
                + "_complete_cscript cscript \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\" 2>/dev/null\n"
                + "echo \"${COMPREPLY[*]}\"\n";
        Process p = new ProcessBuilder("/bin/bash", "--norc", "--noprofile", "-c", program).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
