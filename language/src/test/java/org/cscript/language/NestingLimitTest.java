package org.cscript.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deep and long input: within the nesting limit it parses (on the host's deep stack, here the
 * test's own thread with a large stack), beyond it one located error, the same on every run.
 */
class NestingLimitTest {

    private static List<Diagnostic> parse(String text) throws InterruptedException {
        @SuppressWarnings("unchecked")
        List<Diagnostic>[] result = new List[1];
        Thread t = new Thread(null, () -> result[0] = FrontEnd.parse(new SourceFile("deep.cscript", text)).diagnostics(),
                "deep", 1L << 30);
        t.start();
        t.join();
        return result[0];
    }

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    @Test
    void longChainsAndDeepBracketsUpToTheLimitParse() throws InterruptedException {
        assertEquals(List.of(), parse("let x = 1" + repeat(" + 1", NestingLimit.MAX_DEPTH - 1) + "\n"));
        assertEquals(List.of(), parse("let x = " + repeat("(", 5000) + "1" + repeat(")", 5000) + "\n"));
        StringBuilder chain = new StringBuilder("let x = 1\nif x == 0 { }");
        for (int i = 0; i < 3000; i++) {
            chain.append(" else if x == ").append(i).append(" { }");
        }
        assertEquals(List.of(), parse(chain + "\n"));
    }

    @Test
    void oneLevelTooManyIsOneErrorAtTheTokenThatOpensIt() throws InterruptedException {
        String sumText = "let x = 1" + repeat(" + 1", NestingLimit.MAX_DEPTH + 5) + "\n";
        List<Diagnostic> sum = parse(sumText);
        assertEquals(1, sum.size(), sum.toString());
        assertTrue(sum.getFirst().message().startsWith("nested too deeply: more than 10000 levels"), sum.toString());
        assertEquals('+', sumText.charAt(sum.getFirst().column() - 1), "points at an operator");
        List<Diagnostic> parens = parse("let x = " + repeat("(", 20_000) + "1" + repeat(")", 20_000) + "\n");
        assertEquals(1, parens.size(), parens.toString());
        assertEquals(9 + NestingLimit.MAX_DEPTH, parens.getFirst().column(), "the bracket that opens level 10001");
        List<Diagnostic> nots = parse("let x = " + repeat("not ", 50_000) + "true\n");
        assertEquals(1, nots.size(), nots.toString());
        assertEquals(parens.getFirst().message(), nots.getFirst().message());
        assertEquals(sum.getFirst().format(), parse(sumText).getFirst().format(), "the same every run");
    }

    @Test
    void aHugeLineGivesAShortMessage() throws InterruptedException {
        String line = "let x = " + repeat("1 + ", 300_000) + "\n";
        String message = parse(line).getFirst().format();
        assertTrue(message.length() < 500, message.length() + " characters");
        assertTrue(message.lines().toList().get(1).startsWith("  ...") && message.lines().toList().get(1).endsWith("..."),
                message);
    }
}
