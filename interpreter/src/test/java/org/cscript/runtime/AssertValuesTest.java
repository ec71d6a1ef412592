package org.cscript.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.cscript.host.ScenarioResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed assert lists the values its condition's sub-expressions had, from one evaluation:
 * nothing runs twice, a short-circuited operand is not shown, a passing assert prints nothing.
 */
class AssertValuesTest {
    @TempDir
    Path dir;

    /** Everything after the caret line of a failed assert's report. */
    private String valuesOf(String script) {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).run(script);
        assertEquals(ScenarioResult.Status.FAILED, outcome.status(), outcome.err());
        String err = outcome.err();
        int caret = err.indexOf('^');
        return err.substring(err.indexOf('\n', caret) + 1);
    }

    @Test
    void operatorsFieldsCallsAndIndexing() {
        assertEquals("""
                  not (xs[1] == "b") or len(xs) * 2 + 1 < t.pid - 100 is false
                    not (xs[1] == "b") is false
                      xs[1] == "b" is true
                        xs[1] is "b"
                          xs is ["a", "b"]
                    len(xs) * 2 + 1 < t.pid - 100 is false
                      len(xs) * 2 + 1 is 5
                        len(xs) * 2 is 4
                          len(xs) is 2
                      t.pid - 100 is 1
                        t.pid is 101
                          t is task(pid=101, tid=101, comm=runc)
                """, valuesOf("let t = fork()\nlet xs = [\"a\", \"b\"]\n"
                + "assert not (xs[1] == \"b\") or len(xs) * 2 + 1 < t.pid - 100\n"));
    }

    @Test
    void theRightSideOfAShortCircuitIsNeitherRunNorShown() {
        String values = valuesOf("fn loud() {\n  print \"ran\"\n  return true\n}\nlet x = 1\n"
                + "assert x == 2 and loud()\n");
        assertEquals("  x == 2 and loud() is false\n    x == 2 is false\n      x is 1\n", values);
        assertTrue(!values.contains("ran"), values);
    }

    @Test
    void noSubExpressionIsEvaluatedTwice() {
        // the report shows the value of the one call: a second call would have counted 2
        String values = valuesOf("let calls = 0\nfn count() {\n  calls = calls + 1\n  return calls\n}\n"
                + "assert count() == 5, \"count is ${calls}\"\n");
        assertEquals("  count() == 5 is false\n    count() is 1\n", values);
    }

    @Test
    void aBuiltinInTheConditionEmitsItsRecordOnce() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).run("assert audit_user_msg(\"once\") == 1\n");
        assertEquals(ScenarioResult.Status.FAILED, outcome.status(), outcome.err());
        assertTrue(outcome.err().endsWith("  audit_user_msg(\"once\") == 1 is false\n    audit_user_msg(\"once\") is 0\n"),
                outcome.err());
        assertEquals(1, outcome.result().trace().stream().filter(line -> line.contains("once")).count(),
                String.join("\n", outcome.result().trace()));
    }

    @Test
    void eachExecutionHasItsOwnRecordEvenInRecursion() {
        // f(2) fails after f(1) passed the same assert: the values shown are those of f(2)
        assertEquals("""
                  n == 1 or f(n - 1) == 5 is false
                    n == 1 is false
                      n is 2
                    f(n - 1) == 5 is false
                      f(n - 1) is 1
                        n - 1 is 1
                """, valuesOf("fn f(n) {\n  assert n == 1 or f(n - 1) == 5\n  return n\n}\nlet r = f(2)\n")
                .lines().takeWhile(line -> !line.contains("called from")).map(line -> line + "\n")
                .reduce("", String::concat));
    }

    @Test
    void literalsAndConstantsAreNotListed() {
        assertEquals("""
                  x == EPERM or [1, 2] == [x] is false
                    x == EPERM is false
                      x is "a"
                    [1, 2] == [x] is false
                      [x] is ["a"]
                """,
                valuesOf("let x = \"a\"\nassert x == EPERM or [1, 2] == [x]\n"));
    }

    @Test
    void aLiteralConditionHasNoValuesToList() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).run("assert false, \"unreachable\"\n");
        assertTrue(outcome.err().endsWith("test.cscript:1:1: error: assertion failed: unreachable\n"
                + "  assert false, \"unreachable\"\n  ^~~~~~~~~~~~~~~~~~~~~~~~~~~\n"), outcome.err());
    }

    @Test
    void aConditionThatIsNoBooleanIsReportedAtTheCalledNameAsInIf() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).run("let xs = [1]\nassert not len(xs)\n");
        assertTrue(outcome.err().endsWith("test.cscript:2:12: error: 'not' expects a boolean, got an integer\n"
                + "  assert not len(xs)\n             ^~~\n"), outcome.err());
    }

    @Test
    void aPassingAssertPrintsNothing() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).run("let t = fork()\nassert t.pid > 1 and len(trace()) >= 0\n");
        assertEquals(ScenarioResult.Status.OK, outcome.status(), outcome.err());
        assertEquals("", outcome.err());
    }
}
