package org.cscript.host.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cscript.host.ScenarioResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts that reach for the host the way other languages do: the environment, another
 * language, host classes, files, processes, threads. The language has none of it (its builtins
 * are the kernel model's and a few helpers: docs/builtins/README.md), so each is a static error
 * before anything runs; GuestCodeReachesNoHostTest keeps it so for any builtin added later.
 */
class ScriptEscapeAttemptsTest {
    @TempDir
    Path dir;

    record Attempt(String name, String script, String reason) {
    }

    static List<Attempt> attempts() {
        return List.of(
                new Attempt("environment variable", "let home = getenv(\"HOME\")\n", "unknown function 'getenv'"),
                new Attempt("environment as a variable", "print env\n", "unknown variable 'env'"),
                new Attempt("polyglot eval", "let x = eval(\"js\", \"1\")\n", "unknown function 'eval'"),
                new Attempt("the Polyglot object", "let p = Polyglot\n", "unknown variable 'Polyglot'"),
                new Attempt("a host class", "print java\n", "unknown variable 'java'"),
                new Attempt("opening a host file", "let f = open(\"/etc/passwd\")\n", "unknown function 'open'"),
                new Attempt("writing a host file", "write_file(\"/tmp/out\", \"x\")\n", "unknown function 'write_file'"),
                new Attempt("a host shell", "system(\"touch /tmp/pwned\")\n", "unknown function 'system'"),
                new Attempt("an interpolated import", "let m = \"../secret\"\nimport \"${m}\"\n",
                        "interpolation is not allowed here"));
    }

    @TestFactory
    Stream<DynamicTest> everyAttemptIsAStaticError() {
        return attempts().stream().map(a -> DynamicTest.dynamicTest(a.name(), () -> {
            Escape escape = new Escape(dir.resolve(a.name().replace(' ', '_')));
            Escape.Outcome outcome = escape.runMain(a.script());
            escape.assertDenied(outcome, a.reason());
            assertEquals(ScenarioResult.Status.INVALID, outcome.status());
        }));
    }
}
