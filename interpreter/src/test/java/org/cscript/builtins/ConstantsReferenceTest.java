package org.cscript.builtins;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/builtins/constants.md lists every script constant once, and an integer constant with
 * its value: a constant added to the ABI without a row (or a row whose value is wrong) fails here.
 */
class ConstantsReferenceTest {
    /** A name cell and the cell after it; a row may hold several pairs (the signal table does). */
    private static final Pattern PAIR = Pattern.compile("\\| `([A-Z][A-Z0-9_]*)` \\| ([^|]*)(?=\\|)");

    private static Map<String, String> rows() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : BuiltinReferenceTest.read(BuiltinReferenceTest.repositoryRoot()
                .resolve("docs/builtins/constants.md"))) {
            Matcher m = PAIR.matcher(line);
            while (m.find()) {
                if (rows.put(m.group(1), m.group(2).trim()) != null) {
                    rows.put(m.group(1), "listed twice");
                }
            }
        }
        return rows;
    }

    @Test
    void everyConstantHasOneRowWithItsValue() {
        Map<String, String> rows = rows();
        List<String> wrong = new ArrayList<>();
        Constants.all().forEach((name, value) -> {
            String cell = rows.get(name);
            if (cell == null) {
                wrong.add(name + ": no row");
            } else if (cell.equals("listed twice")) {
                wrong.add(name + ": listed twice");
            } else if (value instanceof Long || value instanceof BigInteger) {
                BigInteger expected = value instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) value;
                BigInteger documented = parse(cell);
                if (documented == null || !documented.equals(expected)) {
                    wrong.add(name + ": documented as '" + cell + "', is " + expected);
                }
            }
        });
        for (String name : rows.keySet()) {
            if (!Constants.all().containsKey(name)) {
                wrong.add(name + ": a row but no such constant");
            }
        }
        assertTrue(wrong.isEmpty(), "docs/builtins/constants.md and the constants differ: " + wrong);
    }

    /** A decimal or 0x-hex integer, possibly negative and in backquotes; null if the cell is none. */
    private static BigInteger parse(String cell) {
        String text = cell.replace("`", "").trim();
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        try {
            BigInteger v = digits.startsWith("0x") ? new BigInteger(digits.substring(2), 16) : new BigInteger(digits);
            return negative ? v.negate() : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
