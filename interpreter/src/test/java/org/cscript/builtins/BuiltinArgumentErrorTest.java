package org.cscript.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioResult;
import org.cscript.host.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arguments no specialization of a builtin accepts are one runtime type error, whichever way the
 * node is executed (as a statement, for a number, as the argument of another builtin).
 */
class BuiltinArgumentErrorTest {
    @TempDir
    Path dir;

    /** Runs the script and returns the first line it wrote to stderr, without the directory; it must fail. */
    private String error(String script) throws IOException {
        Path file = Files.writeString(dir.resolve("test.cscript"), script, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        ScenarioResult result = new ScenarioRunner(RunOptions.defaults(stream)).run(file);
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(ScenarioResult.Status.FAILED, result.status(), text);
        assertTrue(text.contains("\n"), text);
        String line = text.substring(0, text.indexOf('\n'));
        return line.startsWith(dir + "/") ? line.substring(dir.toString().length() + 1) : line;
    }

    @Test
    void asAStatement() throws IOException {
        assertEquals("test.cscript:2:1: error: kill expects a task as its first argument, got a string",
                error("let s = \"x\"\nkill(s, SIGKILL)\n"));
    }

    @Test
    void forANumberAfterTheNodeHasSpecialized() throws IOException {
        assertEquals("test.cscript:3:31: error: len expects a list or a string as its first argument, got an integer",
                error("let total = 0\nlet xs = [[1], [1, 2], \"abc\", 5]\nfor x in xs { total = total + len(x) }\n"));
    }

    @Test
    void whenAGuardRefusesTheValue() throws IOException {
        assertEquals("test.cscript:2:1: error: set_contid expects an integer or a string as its second argument,"
                + " got a nil", error("let v = nil\nset_contid(fork(), v)\n"));
    }

    @Test
    void namesTheInnerBuiltinWhenAnArgumentFails() throws IOException {
        assertEquals("test.cscript:2:13: error: hex expects an integer as its first argument, got a list",
                error("let v = [1]\nlet s = len(hex(v))\n"));
    }

    @Test
    void aNumberOutsideTheRangeOfTheOperation() throws IOException {
        assertEquals("test.cscript:2:1: error: setuid: 18446744073709551615 (its first argument) is outside the"
                + " 64-bit range this operation takes", error("let big = UNSET\nsetuid(big)\n"));
    }

    @Test
    void tryDoesNotCatchATypeError() throws IOException {
        assertEquals("test.cscript:2:13: error: exec expects a string as its first argument, got an integer",
                error("let n = 1\nlet r = try exec(n)\n"));
    }

    @Test
    void errorsABuiltinReportsItselfNameIt() throws IOException {
        assertEquals("test.cscript:1:1: error: close: 4294967296 is not a valid descriptor number",
                error("close(4294967296)\n"));
        assertEquals("test.cscript:1:1: error: audit_sink_create: 36893488147419103230 is not a u64 contid",
                error("audit_sink_create(\"s\", UNSET * 2)\n"));
        assertEquals("test.cscript:1:1: error: capset expects a list of capabilities such as CAP_SYS_ADMIN,"
                + " got an integer", error("capset([CAP_SYS_ADMIN, 1])\n"));
    }

    @Test
    void theSetUpBuiltinsCheckTheirOwnArguments() throws IOException {
        assertEquals("test.cscript:2:1: error: fsconfig expects a string or nil as its third argument, got an integer",
                error("let k = 5\nfsconfig(3, FSCONFIG_SET_FLAG, k)\n"));
        assertEquals("test.cscript:1:1: error: mknodat: the type is \"dir\"; it must be \"chr\", \"blk\", \"file\""
                + " or \"fifo\"", error("mknodat(AT_FDCWD, \"/tmp/d\", \"dir\", 0)\n"));
        assertEquals("test.cscript:1:1: error: container_allow_device: the minor is \"x\"; it must be a number >= 0"
                + " or \"*\"", error("container_allow_device(3, \"chr\", 1, \"x\")\n"));
    }
}
