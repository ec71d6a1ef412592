package org.cscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cscript.coverage.ErrnoCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every errno check of kernel-model.md §3 is proven by an example, or listed as unreachable.
 *
 * <p>Runs every examples/NAME.cscript and collects the checks its {@code expect ERRNO { ... }}
 * statements caught (ScenarioResult.provenChecks; which check a failure is comes from
 * coverage.ErrnoChecks and the tables in interpreter/src/main/resources/org/cscript/coverage/).
 * It fails, naming them, for:
 * <ul>
 * <li>each check that no example reaches and errno-unreachable.tsv does not list, <b>only for the
 * operations whose builtin is in the registry</b> (builtins/Builtins.java, named on the
 * operation's row of errno-operations.tsv): an operation still without a builtin (OP-26..OP-44
 * while they are written) is shown as pending and does not fail the test; once its builtin is
 * registered, its checks are enforced here;
 * <li>each check listed as unreachable that an example reaches (the list must stay true);
 * <li>each registered builtin that no row of errno-operations.tsv names (else its operation
 * would silently go unenforced);
 * <li>each expect whose line names a check in a comment ({@code # OP-46 check 3: ...}) but proves
 * another, or none.
 * </ul>
 * Expected failures that name no single check are shown with the reason in the failure message
 * and in the generated table. That table, docs/errno-coverage.md, must equal what this test
 * generates; rewrite it like the goldens, with {@code ./run-tests -Dcscript.update-goldens=true}
 * (or CSCRIPT_UPDATE_GOLDENS=1), and review the diff.
 */
class ErrnoCoverageTest {
    private static final Path TABLE = Path.of("").toAbsolutePath().getParent().resolve("docs/errno-coverage.md");
    private static ErrnoCoverage coverage;

    @BeforeAll
    static void runTheExamples() throws IOException {
        coverage = new ErrnoCoverage(GoldenExamplesTest.scenarios());
    }

    @Test
    void everyExampleRanCleanly() {
        assertTrue(coverage.failedRuns.isEmpty(), () -> "examples that failed (their checks may be missing): "
                + coverage.failedRuns);
    }

    @Test
    void everyCheckOfAnOperationWithABuiltinIsReachedOrUnreachable() {
        List<ErrnoCheck> open = coverage.open();
        if (open.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        open.forEach(c -> lines.add("  " + c.id() + " " + c.errno() + ": " + c.description()));
        StringBuilder message = new StringBuilder(open.size() + " errno checks of kernel-model.md §3 are not"
                + " reached by an expect in examples/ nor listed in errno-unreachable.tsv:\n"
                + String.join("\n", lines));
        if (!coverage.unplaced.isEmpty()) {
            message.append("\nexpects that name no check (errno-checks.tsv, column detail, may need a pattern):");
            coverage.unplaced.forEach(u -> message.append("\n  ").append(u.where()).append(": ")
                    .append(u.check().builtin()).append(' ').append(u.check().errno()).append(" '")
                    .append(u.check().detail()).append("': ").append(u.check().identification().why()));
        }
        fail(message.toString());
    }

    /**
     * An expect whose line, or the comment line right above it, names a check ("# OP-46 check 3:
     * ...") must prove exactly that one.
     */
    @Test
    void everyExpectProvesTheCheckItsCommentNames() throws IOException {
        Pattern named = Pattern.compile("#.*?\\b(OP-\\d\\d|P-[A-Z]+) check (\\d+)\\b");
        List<String> wrong = new ArrayList<>();
        for (ErrnoCoverage.Located c : coverage.caught) {
            Path file = Path.of(c.check().script());
            if (!Files.isRegularFile(file)) {
                continue;   // an expect inside a std/ module
            }
            List<String> source = Files.readAllLines(file, StandardCharsets.UTF_8);
            int at = c.check().line() - 1;
            Matcher m = named.matcher(source.get(at));
            if (!m.find() && at > 0 && source.get(at - 1).strip().startsWith("#")) {
                m = named.matcher(source.get(at - 1));
            } else {
                m.reset();
            }
            if (m.find() && !(m.group(1) + " check " + m.group(2)).equals(c.check().checkId())) {
                wrong.add(c.where() + " names " + m.group(1) + " check " + m.group(2) + " but proves "
                        + (c.check().identified() ? c.check().checkId()
                                : "no check: " + c.check().identification().why()));
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    @Test
    void noCheckListedAsUnreachableIsReached() {
        List<String> wrong = coverage.reachedButListedUnreachable().stream()
                .map(c -> c.id() + " (reached by " + String.join(", ", coverage.reachedBy(c)) + ")").toList();
        assertTrue(wrong.isEmpty(), () -> "listed in errno-unreachable.tsv but reached; remove their lines: " + wrong);
    }

    @Test
    void everyRegisteredBuiltinIsOnARowOfTheOperationTable() {
        assertTrue(coverage.unmappedBuiltins().isEmpty(), () -> "builtins no row of errno-operations.tsv names"
                + " (write each on the row of the operation it performs, or on the '-' row): "
                + coverage.unmappedBuiltins());
    }

    @Test
    void theCoverageTableIsUpToDate() throws IOException {
        String generated = ErrnoCoverageReport.markdown(coverage);
        if (GoldenExamplesTest.updating()) {
            Files.writeString(TABLE, generated, StandardCharsets.UTF_8);
            return;
        }
        String committed = Files.exists(TABLE) ? Files.readString(TABLE, StandardCharsets.UTF_8) : "";
        assertEquals(committed, generated, TABLE + " is out of date: rewrite it with"
                + " ./run-tests -Dcscript.update-goldens=true and review the diff");
    }
}
