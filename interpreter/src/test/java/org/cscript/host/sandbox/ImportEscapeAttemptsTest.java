package org.cscript.host.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cscript.host.ScenarioResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts that try to import something outside their folder, or something that is no scenario
 * file: each is its own test and must be refused with its specific message, located at the
 * import, with no stack trace and no host path the user did not type (docs/sandbox.md).
 */
class ImportEscapeAttemptsTest {
    private static final String OUTSIDE = "outside the scenario's folder";
    private static final String LINK_OUTSIDE = "a symbolic link to outside the scenario's folder";
    private static final String NO_SUCH = "no such file";

    @TempDir
    Path dir;

    /** One attempt: files to lay out first, the main scenario's text, and the reason it must be refused for. */
    record Attempt(String name, Consumer<Escape> setup, String script, String reason) {
        static Attempt of(String name, String script, String reason) {
            return new Attempt(name, e -> { }, script, reason);
        }
    }

    static List<Attempt> attempts() {
        List<Attempt> all = new ArrayList<>();
        // absolute paths
        all.add(Attempt.of("absolute /etc/passwd", "import \"/etc/passwd\"\n", "import \"/etc/passwd\": an absolute path"));
        all.add(Attempt.of("absolute /proc/self/environ", "import \"/proc/self/environ\"\n", "an absolute path"));
        all.add(Attempt.of("absolute with the extension", "import \"/etc/passwd.cscript\"\n", "an absolute path"));
        // climbs
        all.add(Attempt.of("../ climb", "import \"../secret\"\n", "import \"../secret\": " + OUTSIDE));
        all.add(Attempt.of("deep ../ climb to /etc/passwd", "import \"" + "../".repeat(40) + "etc/passwd\"\n", OUTSIDE));
        all.add(Attempt.of("climb after a legal subfolder", "import \"lib/../../secret\"\n", OUTSIDE));
        all.add(Attempt.of("./../ climb", "import \"./../secret\"\n", OUTSIDE));
        all.add(Attempt.of("climb into a sibling folder", "import \"../outside/secret\"\n", OUTSIDE));
        all.add(new Attempt("climb into a sibling whose name starts with the folder's",
                e -> e.write(e.base.resolve("scenario2/secret.cscript"), "print \"" + Escape.LEAKED + "\"\n"),
                "import \"../scenario2/secret\"\n", OUTSIDE));
        all.add(Attempt.of("climb hidden in ./ and //", "import \"lib/.//./../.././secret\"\n", OUTSIDE));
        all.add(Attempt.of("climb to a file that does not exist says outside, not missing",
                "import \"../no/such/thing\"\n", OUTSIDE));
        all.add(Attempt.of("URL-encoded climb %2e%2e/", "import \"%2e%2e/secret\"\n", "scenario/%2e%2e/secret.cscript"));
        all.add(Attempt.of("URL-encoded slash ..%2f", "import \"..%2fsecret\"\n", NO_SUCH));
        all.add(Attempt.of("four dots", "import \"....//secret\"\n", NO_SUCH));
        all.add(Attempt.of("backslash climb", "import \"..\\\\secret\"\n", "a backslash in the path"));
        all.add(Attempt.of("file: URI", "import \"file:///etc/passwd\"\n", NO_SUCH));
        all.add(Attempt.of("home folder ~", "import \"~/secret\"\n", NO_SUCH));
        // symbolic links
        all.add(new Attempt("file link to a file outside", e -> e.link("evil.cscript", "../secret.cscript"),
                "import \"evil\"\n", "import \"evil\": " + LINK_OUTSIDE));
        all.add(new Attempt("absolute file link to /etc/passwd", e -> e.link("passwd.cscript", "/etc/passwd"),
                "import \"passwd\"\n", LINK_OUTSIDE));
        all.add(new Attempt("folder link to a folder outside", e -> e.link("out", "../outside"),
                "import \"out/secret\"\n", LINK_OUTSIDE));
        all.add(new Attempt("link in a subfolder climbing out", e -> e.link("lib/up", "../.."),
                "import \"lib/up/secret\"\n", LINK_OUTSIDE));
        all.add(new Attempt("dangling link to outside says outside, not missing",
                e -> e.link("gone.cscript", "/nonexistent/x.cscript"), "import \"gone\"\n", LINK_OUTSIDE));
        all.add(new Attempt("chain of links ending outside", e -> {
            e.link("a.cscript", "b.cscript");
            e.link("b.cscript", "lib/c.cscript");
            e.link("lib/c.cscript", "../../secret.cscript");
        }, "import \"a\"\n", LINK_OUTSIDE));
        all.add(new Attempt("link loop", e -> {
            e.link("loop1.cscript", "loop2.cscript");
            e.link("loop2.cscript", "loop1.cscript");
        }, "import \"loop1\"\n", "too many levels of symbolic links"));
        all.add(new Attempt("folder link back to the root, importing the main file", e -> e.link("again", "."),
                "import \"again/again/main\"\n", "an import cycle: "));
        // characters that are no part of a file name
        all.add(Attempt.of("NUL after an absolute path", "import \"/etc/passwd\\0\"\n",
                "import \"/etc/passwd\\0\": a control character (U+0000) at character 12 of the path"));
        all.add(Attempt.of("NUL in a relative path", "import \"lib/helpers\\0../../secret\"\n", "a control character (U+0000)"));
        all.add(Attempt.of("newline in the path", "import \"lib/helpers\\n\"\n", "a control character (U+000A)"));
        all.add(Attempt.of("carriage return in the path", "import \"..\\r/secret\"\n", "a control character (U+000D)"));
        all.add(Attempt.of("raw escape character", "import \"\u001b[2J\"\n", "a control character (U+001B)"));
        all.add(Attempt.of("right-to-left override", "import \"lib/\u202Eterces\"\n",
                "an invisible formatting character (U+202E)"));
        all.add(Attempt.of("zero-width space between the dots", "import \".\u200B./secret\"\n",
                "an invisible formatting character (U+200B)"));
        all.add(Attempt.of("line separator", "import \"..\u2028/secret\"\n", "a line separator (U+2028)"));
        // look-alikes of '.' and '/': names like any other, inside the folder
        all.add(Attempt.of("one dot leaders for ..", "import \"\u2024\u2024/secret\"\n", "scenario/\u2024\u2024/secret.cscript"));
        all.add(Attempt.of("fullwidth dots and solidus", "import \"\uFF0E\uFF0E\uFF0Fsecret\"\n", NO_SUCH));
        all.add(Attempt.of("division slash", "import \"..\u2215secret\"\n", NO_SUCH));
        // lengths
        all.add(Attempt.of("path longer than PATH_MAX", "import \"" + "a/".repeat(2100) + "x\"\n",
                "a path of 4201 characters (at most 1024)"));
        all.add(Attempt.of("name longer than NAME_MAX", "import \"" + "n".repeat(300) + "\"\n", NO_SUCH));
        // what is not a scenario file
        all.add(new Attempt("a device through a link", e -> e.link("zero.cscript", "/dev/zero"), "import \"zero\"\n",
                LINK_OUTSIDE));
        all.add(Attempt.of("/dev/stdin", "import \"/dev/stdin\"\n", "an absolute path"));
        all.add(Attempt.of("/dev/tty", "import \"/dev/tty\"\n", "an absolute path"));
        all.add(new Attempt("standard input through a link", e -> e.link("in.cscript", "/dev/stdin"), "import \"in\"\n",
                LINK_OUTSIDE));
        all.add(new Attempt("/dev/tty through a link", e -> e.link("tty.cscript",
                "/dev/tty"), "import \"tty\"\n", LINK_OUTSIDE));
        all.add(Attempt.of("a device by climbing", "import \"" + "../".repeat(40) + "dev/zero\"\n", OUTSIDE));
        all.add(new Attempt("a FIFO", e -> e.fifo(e.root.resolve("pipe.cscript")), "import \"pipe\"\n",
                "import \"pipe\": not a regular file (a FIFO)"));
        all.add(new Attempt("a folder", e -> e.write(e.root.resolve("folder.cscript/inner.cscript"), ""),
                "import \"folder\"\n", "not a regular file (a directory)"));
        all.add(new Attempt("a huge file", e -> e.sparse(e.root.resolve("big.cscript"), (1L << 20) + 1),
                "import \"big\"\n", "larger than 1 MiB, the limit for an imported file (1048577 bytes)"));
        all.add(new Attempt("a file that is no .cscript", e -> e.write(e.root.resolve("notes.txt"), "print 1\n"),
                "import \"notes.txt\"\n", "scenario/notes.txt.cscript (an import names a .cscript file)"));
        // the standard library
        all.add(Attempt.of("std/ climbing out", "import \"std/../../secret\"\n", "not a standard module name"));
        all.add(Attempt.of("std/ climbing within", "import \"std/scenario/../scenario\"\n", "not a standard module name"));
        all.add(Attempt.of("std/ without a name", "import \"std/\"\n", "not a standard module name"));
        all.add(Attempt.of("std/ name that does not exist", "import \"std/no_such_module\"\n",
                "import \"std/no_such_module\": no standard module 'no_such_module'"));
        // cycles fail cleanly
        all.add(Attempt.of("the main file imports itself", "import \"main\"\n",
                "scenario/main.cscript -> "));
        all.add(new Attempt("a cycle through two modules", e -> {
            e.write(e.root.resolve("lib/a.cscript"), "import \"b\"\n");
            e.write(e.root.resolve("lib/b.cscript"), "import \"a\"\n");
        }, "import \"lib/a\"\n", "scenario/lib/b.cscript -> "));
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyAttemptIsDenied() {
        List<Attempt> attempts = attempts();
        return attempts.stream().map(a -> DynamicTest.dynamicTest(a.name(), () -> {
            Escape escape = new Escape(dir.resolve("attempt" + attempts.indexOf(a)));
            a.setup().accept(escape);
            Escape.Outcome outcome = escape.runMain(a.script());
            escape.assertDenied(outcome, a.reason());
            assertEquals(ScenarioResult.Status.INVALID, outcome.status(), "an import is refused before anything runs");
            assertTrue(outcome.err().contains(".cscript:1:8: error: import \""), "located at the import:\n" + outcome.err());
        }));
    }

    @Test
    void theSuiteHasAtLeastThirtyAttempts() {
        assertTrue(attempts().size() >= 30, "attempts: " + attempts().size());
    }

    @Test
    void legalImportsStillWork() {
        Escape escape = new Escape(dir.resolve("legal"));
        escape.link("inside.cscript", "lib/helpers.cscript");
        escape.link("libs", "lib");
        Escape.Outcome outcome = escape.runMain("import \"std/scenario\"\nimport \"lib/helpers\"\nimport \"./lib/../inside\"\n"
                + "import \"libs/helpers\"\nprint twice(21)\n");
        assertEquals(ScenarioResult.Status.OK, outcome.status(), outcome.err());
        assertEquals("42\n", outcome.err());
    }
}
