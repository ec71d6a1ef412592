package org.cscript.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InputBalanceTest {
    @Test
    void openBlockOrCallNeedsMore() {
        assertTrue(InputBalance.needsMore("as t {"));
        assertTrue(InputBalance.needsMore("container_create(\"x\","));
        assertTrue(InputBalance.needsMore("let l = [1,"));
        assertTrue(InputBalance.needsMore("let x = 1 + \\"));
    }

    @Test
    void closedInputIsComplete() {
        assertFalse(InputBalance.needsMore("as t {\n  exec(\"/bin/sh\")\n}"));
        assertFalse(InputBalance.needsMore("let t = fork()"));
    }

    @Test
    void bracketsInStringsAndCommentsDoNotCount() {
        assertFalse(InputBalance.needsMore("print \"{ (\""));
        assertFalse(InputBalance.needsMore("let t = fork() # as t {"));
        assertFalse(InputBalance.needsMore("print \"a \\\" {\""));
    }
}
