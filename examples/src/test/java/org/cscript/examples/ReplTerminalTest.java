package org.cscript.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL in a real terminal: the ./cscript launcher under tmux (a 120x40 pane), driven with
 * send-keys and read with capture-pane. Skipped, as an assumption, where tmux is not installed
 * (.ci/run installs it).
 */
class ReplTerminalTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String PROMPT = "cscript> ";
    /** A tmux server of this test's own, so that no one else's sessions are touched. */
    private final String socket = "cscript-repl-test-" + ProcessHandle.current().pid();

    @TempDir
    Path dir;

    @BeforeEach
    void needsTmux() {
        assumeTrue(tmuxInstalled(), "tmux is not installed: the REPL's terminal tests are skipped");
    }

    @AfterEach
    void stopTmux() throws IOException, InterruptedException {
        stopServer();
    }

    /** Kills the tmux server and waits until it is gone, so a new session does not meet the dying one. */
    private void stopServer() throws IOException, InterruptedException {
        tmux("kill-server");
        for (int i = 0; i < 50 && tmuxExit("has-session") == 0; i++) {
            Thread.sleep(100);
        }
    }

    private static boolean tmuxInstalled() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private int tmuxExit(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        return output;
    }

    /** Starts {@code ./cscript ARGS} in a fresh pane with its history in this test's directory. */
    private void start(String args) throws IOException, InterruptedException {
        String shell = "cd '" + ROOT + "' && CSCRIPT_HISTORY='" + dir.resolve("history") + "' TERM=xterm ./cscript " + args
                + "; sleep 60";
        // Right after a kill-server the old server may still hold the socket and the new session
        // is lost: try again until tmux has it.
        for (int attempt = 0; attempt < 50; attempt++) {
            tmux("new-session", "-d", "-x", "120", "-y", "40", "-s", "repl", shell);
            if (tmuxExit("has-session", "-t", "repl") == 0) {
                break;
            }
            Thread.sleep(200);
        }
        // capture-pane drops trailing blanks: an empty prompt line ends in '>'
        awaitScreen(screen -> screen.contains(PROMPT.strip()), "the prompt", 180);
    }

    private void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "repl"));
        args.addAll(List.of(keys));
        tmux(args.toArray(new String[0]));
    }

    /** Types a line and Enter, then waits for the next prompt (keys sent early would race the input). */
    private String line(String text) throws IOException, InterruptedException {
        long prompts = prompts(screen());
        keys(text, "Enter");
        return awaitScreen(screen -> prompts(screen) > prompts, "the prompt after " + text);
    }

    private static long prompts(String screen) {
        return screen.lines().filter(line -> line.startsWith(PROMPT.strip())).count();
    }

    private String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", "repl");
    }

    private String awaitScreen(Predicate<String> wanted, String what) throws IOException, InterruptedException {
        return awaitScreen(wanted, what, 30);
    }

    /** Waits until the screen shows what is wanted (the first start may build the launcher's jar). */
    private String awaitScreen(Predicate<String> wanted, String what, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String screen = screen();
        while (!wanted.test(screen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the screen never showed " + what + ":\n" + screen);
            }
            Thread.sleep(200);
            screen = screen();
        }
        return screen;
    }

    /** The last line with text (the pane's empty rows below the cursor are captured too). */
    private static String lastLine(String screen) {
        return screen.lines().filter(line -> !line.isBlank()).reduce("", (a, b) -> b);
    }

    private static long count(String screen, String text) {
        return screen.lines().filter(line -> line.contains(text)).count();
    }

    @Test
    void tabCompletesVariablesFieldsBuiltinsAndCommands() throws Exception {
        start("repl");
        line("let orchestrator = self()");
        keys("orchest", "Tab");
        awaitScreen(screen -> screen.contains(PROMPT + "orchestrator"), "the variable completed");
        keys(".ppi", "Tab");
        awaitScreen(screen -> screen.contains(PROMPT + "orchestrator.ppid"), "the field completed");
        line("");
        awaitScreen(screen -> screen.contains("orchestrator.ppid\n1\n"), "the value 1");
        keys(":contai", "Tab");
        awaitScreen(screen -> screen.contains(PROMPT + ":containers"), "the command completed");
        line("");
        awaitScreen(screen -> screen.contains(PROMPT + ":containers") && screen.contains("ID     PARENT USE"), ":containers");
    }

    @Test
    void anOpenBlockContinuesWithTheContinuationPrompt() throws Exception {
        start("repl");
        keys("as self() {", "Enter");
        awaitScreen(screen -> screen.contains("\n     ..."), "the continuation prompt");
        keys("print \"a\\tb\"", "Enter");
        awaitScreen(screen -> screen.contains("     ... print"), "the second line");
        keys("}", "Enter");
        String screen = awaitScreen(s -> s.contains("a       b"), "the tab the string printed");
        assertTrue(screen.contains("     ... print \"a\\tb\""), screen);
    }

    @Test
    void ctrlCCancelsTheInputOrStopsTheStatementAndTheSessionGoesOn() throws Exception {
        start("repl --set limits.steps=9223372036854775807");   // Ctrl-C, not the step limit, ends the loop
        line("let kept = 41");
        keys("half an input");
        awaitScreen(screen -> screen.contains(PROMPT + "half an input"), "the half input");
        long prompts = prompts(screen());
        keys("C-c");
        awaitScreen(screen -> prompts(screen) > prompts, "a fresh prompt after Ctrl-C");
        keys("while true { }", "Enter");
        Thread.sleep(1500);
        keys("C-c");
        awaitScreen(screen -> screen.contains("interrupted"), "the running loop interrupted");
        keys("kept + 1", "Enter");
        String screen = awaitScreen(s -> s.contains("\n42\n"), "kept + 1 = 42");
        assertTrue(!screen.contains("unknown variable"), screen);
    }

    @Test
    void historyRecallsInputsAndOutlivesTheSession() throws Exception {
        start("repl");
        line("let first = 7");
        line("first * 6");
        awaitScreen(screen -> screen.contains("\n42\n"), "42");
        keys("Up", "Up");
        awaitScreen(screen -> lastLine(screen).equals(PROMPT + "let first = 7"), "the first input recalled");
        line("");
        keys("C-d");
        Thread.sleep(500);
        stopServer();
        String saved = Files.readString(dir.resolve("history"), StandardCharsets.UTF_8);
        assertTrue(saved.contains("let first = 7") && saved.contains("first * 6"), saved);

        start("repl");
        keys("Up");
        awaitScreen(screen -> count(screen, PROMPT + "let first = 7") == 1, "the last session's input recalled");
    }

    @Test
    void cscriptWithoutArgumentsOnATerminalStartsTheRepl() throws Exception {
        start("");
        line("1 + 2");
        awaitScreen(screen -> screen.contains(PROMPT + "1 + 2\n3\n"), "the value of 1 + 2");
    }
}
