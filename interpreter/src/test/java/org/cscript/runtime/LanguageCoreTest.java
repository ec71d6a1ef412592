package org.cscript.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.cscript.host.ScenarioResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language without the kernel: values, operators, scoping, loops, functions, strings. */
class LanguageCoreTest {
    @TempDir
    Path dir;

    /** Runs a script that prints, and returns what it printed (failing on any other outcome). */
    private String printed(String script) {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).run(script);
        assertEquals(ScenarioResult.Status.OK, outcome.status(), outcome.err());
        return outcome.err();
    }

    @Test
    void arithmeticAndPrecedence() {
        assertEquals("7\n-1\n2\n1\n-3\n", printed("print 1 + 2 * 3\nprint 1 - 2\nprint 7 / 3\nprint 7 % 3\nprint -(1 + 2)\n"));
    }

    @Test
    void overflowTurnsIntoBigInteger() {
        assertEquals("9223372036854775808\n-9223372036854775809\n85070591730234615847396907784232501249\n",
                printed("let m = 9223372036854775807\nprint m + 1\nprint -m - 2\nprint m * m\n"));
    }

    @Test
    void u64AndHexLiterals() {
        assertEquals("18446744073709551615\ntrue\n255\n0xff\ntrue\n",
                printed("print 18446744073709551615\nprint UNSET == 18446744073709551615\nprint 0xff\nprint hex(255)\n"
                        + "print 18446744073709551615 - 1 == 18446744073709551614\n"));
    }

    @Test
    void literalAboveU64IsAStaticError() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).run("print 18446744073709551616\n");
        assertEquals(ScenarioResult.Status.INVALID, outcome.status());
        assertTrue(outcome.err().contains("u64 range"), outcome.err());
    }

    @Test
    void flagsCombineWithBitwiseOperators() {
        assertEquals("96\n32\n0\n", printed("let f = CONTAINER_NEW_USER_NS | CONTAINER_NEW_PID_NS\nprint f\n"
                + "print f & CONTAINER_NEW_USER_NS\nprint f & CONTAINER_NEW_NET_NS\n"));
    }

    @Test
    void comparisonsAndShortCircuit() {
        assertEquals("true\nfalse\ntrue\ntrue\nfalse\n", printed(
                "print 1 < 2\nprint 2 <= 1\nprint \"a\" < \"b\"\n"
                        + "print true or 1 / 0 == 0\n"         // the right side must not run
                        + "print false and 1 / 0 == 0\n"));
    }

    @Test
    void blockScopingShadowsAndRestores() {
        assertEquals("2\n1\n", printed("let x = 1\nif true {\n  let x = 2\n  print x\n}\nprint x\n"));
    }

    @Test
    void innerLetIsNotVisibleOutsideItsBlock() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).run("if true {\n  let y = 2\n}\nprint y\n");
        assertEquals(ScenarioResult.Status.INVALID, outcome.status());
        assertTrue(outcome.err().contains("test.cscript:4:7: error: unknown variable 'y'"), outcome.err());
    }

    @Test
    void whileWithBreakAndContinue() {
        assertEquals("1\n3\n5\n", printed("let i = 0\nwhile true {\n  i = i + 1\n  if i > 5 { break }\n"
                + "  if i % 2 == 0 { continue }\n  print i\n}\n"));
    }

    @Test
    void forRangeIsHalfOpenAndForEachWalksALists() {
        assertEquals("0\n1\n2\na\nb\n", printed("for i in 0..3 { print i }\nfor s in [\"a\", \"b\"] { print s }\n"));
    }

    @Test
    void recursionAndGlobalsInFunctions() {
        assertEquals("120\n10\n", printed("let base = 10\nfn fact(n) {\n  if n <= 1 { return 1 }\n  return n * fact(n - 1)\n}\n"
                + "fn get() { return base }\nprint fact(5)\nprint get()\n"));
    }

    @Test
    void callsBeforeDefinitionWork() {
        assertEquals("3\n", printed("print add(1, 2)\nfn add(a, b) { return a + b }\n"));
    }

    @Test
    void listsIndexingAndConcatenation() {
        assertEquals("[1, \"x\", true]\n3\nx\n[1, 2]\n", printed(
                "let l = [1, \"x\", true]\nprint l\nprint len(l)\nprint l[1]\nprint [1] + [2]\n"));
    }

    @Test
    void stringInterpolationAndEscapes() {
        assertEquals("n=3 sum=5\ttab\n${literal}\n", printed("let n = 3\nprint \"n=${n} sum=${n + 2}\\ttab\"\nprint \"\\${literal}\"\n"));
    }

    @Test
    void errnoValuesCompareEqualToThemselves() {
        assertEquals("true\nfalse\nEPERM\n1\n", printed("print EPERM == EPERM\nprint EPERM == EINVAL\nprint EPERM\nprint EPERM.number\n"));
    }

    @Test
    void assertFailureNamesPositionAndMessage() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).run("let x = 1\nassert x == 2, \"x is ${x}\"\n");
        assertEquals(ScenarioResult.Status.FAILED, outcome.status());
        assertTrue(outcome.err().contains("test.cscript:2:1: error: assertion failed: x is 1"), outcome.err());
        assertTrue(outcome.err().contains("  assert x == 2, \"x is ${x}\"\n  ^~~~"), outcome.err());
    }

    @Test
    void runtimeTypeErrorHasPosition() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).run("let s = \"a\"\nprint 1 +\n");
        assertEquals(ScenarioResult.Status.INVALID, outcome.status(), outcome.err());
        ScriptHarness.Outcome typeError = new ScriptHarness(dir).run("let s = \"a\"\nlet t = [1]\nprint 2 - s\n");
        assertEquals(ScenarioResult.Status.FAILED, typeError.status());
        assertTrue(typeError.err().contains("test.cscript:3:7: error: operator - cannot combine an integer and a string"),
                typeError.err());
    }

    @Test
    void staticChecksReportEveryProblem() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).check(
                "print nope\nbreak\nreturn 1\nfoo(1)\nlen(1, 2)\nconfig contid.allow_move = maybe\nas 5 { }\n"
                        + "expect \"EPERM\" { }\nfn g() { fn h() { } }\nif true { import \"x\" }\nprint x.nofield\n");
        assertEquals(ScenarioResult.Status.INVALID, outcome.status());
        String err = outcome.err();
        assertTrue(err.contains("test.cscript:1:7: error: unknown variable 'nope'"), err);
        assertTrue(err.contains("test.cscript:2:1: error: 'break' outside a loop"), err);
        assertTrue(err.contains("test.cscript:3:1: error: 'return' outside a function"), err);
        assertTrue(err.contains("test.cscript:4:1: error: unknown function 'foo'"), err);
        assertTrue(err.contains("test.cscript:5:1: error: len takes 1 argument, got 2"), err);
        assertTrue(err.contains("test.cscript:6:1: error: config contid.allow_move cannot be 'maybe'"), err);
        assertTrue(err.contains("test.cscript:7:4: error: as needs a task, got an integer"), err);
        assertTrue(err.contains("test.cscript:8:8: error: expect needs an errno name such as EPERM, got a string"), err);
        assertTrue(err.contains("test.cscript:9:10: error: functions can only be defined at the top level of a file"), err);
        assertTrue(err.contains("test.cscript:10:11: error: import is only allowed at the top level of a file"), err);
        assertTrue(err.contains("test.cscript:11:9: error: unknown field 'nofield'"), err);
    }

    @Test
    void checkDoesNotRun() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).check("print \"ran\"\n");
        assertEquals(ScenarioResult.Status.OK, outcome.status());
        assertEquals("", outcome.err());
    }

    @Test
    void importsStdModuleAndRelativeFile() {
        ScriptHarness harness = new ScriptHarness(dir);
        harness.write("lib/helpers.cscript", "let greeting = \"hi\"\nfn twice(x) { return x * 2 }\n");
        ScriptHarness.Outcome outcome = harness.run("import \"lib/helpers\"\nprint twice(21)\nprint greeting\n");
        assertEquals(ScenarioResult.Status.OK, outcome.status(), outcome.err());
        assertEquals("42\nhi\n", outcome.err());
    }

    @Test
    void missingImportIsAStaticError() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).check("import \"nothere\"\n");
        assertEquals(ScenarioResult.Status.INVALID, outcome.status());
        assertTrue(outcome.err().contains("import \"nothere\": no such file "), outcome.err());
    }

    @Test
    void errorInAFunctionShowsTheCallers() {
        ScriptHarness harness = new ScriptHarness(dir);
        harness.write("lib/bad.cscript", "fn inner(x) {\n  return x.pid\n}\n");
        ScriptHarness.Outcome outcome = harness.run("import \"lib/bad\"\nfn outer() { return inner(1) }\nprint outer()\n");
        assertEquals(ScenarioResult.Status.FAILED, outcome.status());
        String err = outcome.err();
        assertTrue(err.contains("lib/bad.cscript:2:10: error: an integer has no field 'pid'"), err);
        assertTrue(err.contains("called from " + dir.resolve("test.cscript") + ":2:21"), err);
        assertTrue(err.contains("called from " + dir.resolve("test.cscript") + ":3:7"), err);
    }

    @Test
    void unboundedRecursionIsAScenarioFailure() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).run("fn f(n) { return f(n + 1) }\nf(0)\n");
        assertEquals(ScenarioResult.Status.FAILED, outcome.status(), outcome.err());
        assertTrue(outcome.err().contains(":1:18: error: call depth limit: more than 10000 nested calls"
                + " (is the recursion unbounded?)"), outcome.err());
        assertTrue(outcome.err().contains("called from ") && outcome.err().contains(":1:18 (9999 times in a row)"),
                "the recursion is one line: " + outcome.err());
        assertTrue(outcome.err().lines().count() < 10, outcome.err());
    }
}
