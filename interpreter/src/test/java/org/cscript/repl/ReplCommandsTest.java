package org.cscript.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioRunner;
import org.cscript.repl.ReplTranscripts.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A transcript (input, expected output) for each :command, on a dumb terminal without prompts. */
class ReplCommandsTest {
    private static final String FORK_AND_SET = "let t = fork()\nset_contid(t, 42)\n";

    private static List<String> records(Session s) {
        return s.out().lines().filter(line -> line.startsWith("type=")).toList();
    }

    @Test
    void helpListsEveryCommandAndTheKeys() throws IOException {
        String help = ReplTranscripts.typeQuietly(":help\n").out();
        for (String name : ReplCommands.names()) {
            assertTrue(help.contains("\n  " + name), name + " in\n" + help);
        }
        assertTrue(help.contains("Ctrl-C cancels the input or stops"), help);
    }

    @Test
    void varsShowsTheVariablesWithTheirValues() throws IOException {
        Session s = ReplTranscripts.typeQuietly("let n = 3\nlet s = \"x\"\nlet l = [1, \"a\"]\n:vars\n");
        assertEquals("n = 3\ns = \"x\"\nl = [1, \"a\"]\n", s.out());
    }

    @Test
    void traceShowsAllRecordsOrTheLastN() throws IOException {
        Session s = ReplTranscripts.typeQuietly(FORK_AND_SET + ":trace\n:trace 1\n:trace x\n");
        List<String> lines = s.out().lines().toList();
        // the input's two records and "2" (set_contid's value), :trace's two, :trace 1's last one
        assertEquals(lines.subList(0, 2), lines.subList(3, 5));
        assertEquals(lines.get(1), lines.get(5));
        assertEquals("usage: :trace [N]  (N a number of records)", lines.get(6));
    }

    @Test
    void psShowsTheTaskTreeWithContidAndNamespaces() throws IOException {
        Session s = ReplTranscripts.typeQuietly(":ps\n" + FORK_AND_SET + ":ps\n");
        List<String> lines = s.out().lines().toList();
        assertEquals("(the kernel has not booted yet: the first kernel operation boots it)", lines.get(0));
        List<String> table = lines.subList(lines.size() - 4, lines.size());
        assertTrue(table.get(0).startsWith("PID   TID   PPID  COMM"), table.get(0));
        assertTrue(table.get(1).startsWith("1     1     0     init "), table.get(1));
        assertTrue(table.get(2).startsWith("100   100   1       runc "), table.get(2));
        assertTrue(table.get(3).matches("101 +101 +100 +runc +running +- +42 +mnt=4026531840 .* net=4026531992 .*"),
                table.get(3));
    }

    @Test
    void containersShowsTheContainerObjects() throws IOException {
        Session s = ReplTranscripts.typeQuietly("container_create(\"web\", CONTAINER_NEW_NET_NS)\n:containers\n");
        List<String> lines = s.out().lines().toList();
        assertTrue(lines.contains("ID     PARENT USE FL  INIT   NAME"), s.out());
        assertTrue(lines.getLast().matches("1 +0 +\\d+ +--- +- +web"), lines.getLast());
    }

    @Test
    void nsShowsATasksNamespacesByVariableOrPid() throws IOException {
        Session s = ReplTranscripts.typeQuietly(":ns t\nlet t = fork()\nas t { unshare(CLONE_NEWUTS) }\n:ns t\n:ns 1\n:ns 999\n:ns\n");
        List<String> lines = s.out().lines().filter(line -> !line.startsWith("type=")).toList();
        assertEquals("no task t (the kernel has not booted yet)", lines.get(0));
        assertEquals(List.of("mnt:[4026531840]", "uts:[4026532000]"), lines.subList(1, 3));
        assertEquals("uts:[4026531838]", lines.get(9));
        assertEquals("no task 999", lines.get(15));
        assertEquals("usage: :ns TASK  (a variable holding a task, or a pid)", lines.get(16));
    }

    @Test
    void setBeforeBootAppliesNowAndAfterBootFromTheNextReset() throws IOException {
        Session s = ReplTranscripts.typeQuietly(":set pid.first=300\nfork()\n:set pid.first=500\nfork()\n:reset\nfork()\n"
                + ":set nope=1\n:set\n");
        List<String> lines = s.out().lines().toList();
        assertEquals("task(pid=301, tid=301, comm=runc)", lines.get(0), "the orchestrator is 300");
        assertEquals("pid.first = 500 applies from the next :reset (the kernel has booted; :reset clears the session)",
                lines.get(1));
        assertEquals("task(pid=302, tid=302, comm=runc)", lines.get(2));
        assertEquals("reset: a fresh kernel (profile seed, {pid.first=500})", lines.get(3));
        assertEquals("task(pid=501, tid=501, comm=runc)", lines.get(4));
        assertTrue(lines.get(5).startsWith("error: ") && lines.get(5).contains("nope"), lines.get(5));
        assertEquals("usage: :set KEY=VALUE", lines.get(6));
    }

    @Test
    void profileSwitchesTheKernelProfile() throws IOException {
        Session s = ReplTranscripts.typeQuietly(":profile upstream\n" + FORK_AND_SET + ":profile nope\n");
        assertTrue(records(s).getFirst().startsWith("type=CONTAINER_OP "), "upstream record names: " + s.out());
        assertTrue(s.out().lines().toList().getLast().startsWith("error: "), s.out());
    }

    @Test
    void resetForgetsVariablesAndTrace() throws IOException {
        Session s = ReplTranscripts.typeQuietly(FORK_AND_SET + ":reset\n:vars\n:trace\nt\n");
        assertTrue(s.out().endsWith("2\nreset: a fresh kernel (profile seed)\n"), s.out());
        assertTrue(s.err().contains("unknown variable 't'"), s.err());
    }

    @Test
    void saveWritesAScenarioWhoseTraceIsTheSessions(@TempDir Path dir) throws IOException {
        Path saved = dir.resolve("session.cscript");
        Session s = ReplTranscripts.typeQuietly(":set audit.first_serial=7\n" + FORK_AND_SET + "let u = fork()\nset_contid(u, 43)\n"
                + "as t {\n  exec(\"/bin/true\")\n}\n:save " + saved + "\n");
        assertTrue(s.out().endsWith("saved to " + saved + "\n"), s.out());
        String script = Files.readString(saved, StandardCharsets.UTF_8);
        assertTrue(script.contains("config audit.first_serial = \"7\"\n"), script);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(records(s), new ScenarioRunner(RunOptions.defaults(quiet)).run(saved).trace());
    }

    @Test
    void saveSaysWhenAFailedInputHadRecords(@TempDir Path dir) throws IOException {
        Path saved = dir.resolve("s.cscript");
        Session s = ReplTranscripts.typeQuietly(FORK_AND_SET + "set_contid(t, 44)\n:save " + saved + "\n");
        assertTrue(s.out().contains("(inputs that failed are left out, so its trace lacks their records)"), s.out());
    }

    @Test
    void loadRunsAFileAsOneInput(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("part.cscript");
        Files.writeString(file, "config profile = upstream\nlet t = fork()\nt.pid\n");
        Session s = ReplTranscripts.typeQuietly(":load " + file + "\nt\n:load " + dir.resolve("none") + "\n");
        assertEquals(List.of("101", "task(pid=101, tid=101, comm=runc)", "cannot read " + dir.resolve("none") + ": no such file"),
                s.out().lines().toList());
    }

    @Test
    void diffComparesTheSessionsTraceWithAGolden(@TempDir Path dir) throws IOException {
        Path golden = dir.resolve("g.trace");
        Session first = ReplTranscripts.typeQuietly(FORK_AND_SET);
        Files.writeString(golden, String.join("\n", records(first)) + "\n");
        Session same = ReplTranscripts.typeQuietly(FORK_AND_SET + ":diff " + golden + "\n");
        assertTrue(same.out().endsWith("the session's trace equals " + golden + "\n"), same.out());
        Session other = ReplTranscripts.typeQuietly("let t = fork()\nset_contid(t, 41)\n:diff " + golden + "\n");
        assertTrue(other.out().contains("--- " + golden), other.out());
        assertTrue(other.out().contains("+++ session (actual)"), other.out());
        assertTrue(other.out().contains("contid"), other.out());
    }

    @Test
    void quitLeavesAndUnknownCommandsAreNamed() throws IOException {
        Session s = ReplTranscripts.typeQuietly(":frob\n:quit\nfork()\n");
        assertEquals("unknown command :frob (:help lists them)\n", s.out());
    }
}
