package org.cscript.suitecoverage;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cscript.coverage.ErrnoChecks;
import org.cscript.lcov.LcovReport;

/**
 * Writes what a suite exercised into a folder: {@value #SCENARIOS} (the scenarios' statement
 * lines, LCOV), {@value #MODEL_CHECKS} (the model's checks per operation, Markdown) and, when
 * the JaCoCo agent ran, {@value #KERNEL} (the kernel model's Java lines, LCOV); returns one line
 * per file saying what it holds.
 */
public final class CoverageFiles {
    public static final String SCENARIOS = "scenarios.lcov";
    public static final String MODEL_CHECKS = "model-checks.md";
    public static final String KERNEL = "kernel.lcov";

    private CoverageFiles() {
    }

    /** Writes the files under {@code dir} (made if missing); paths in them are relative to {@code cwd} where inside it. */
    public static List<String> write(SuiteCoverage coverage, Path dir, Path cwd) throws IOException {
        Files.createDirectories(dir);
        List<String> summary = new ArrayList<>();
        LcovReport scenarios = new LcovReport("cscript_scenarios");
        coverage.lines().forEach((file, byLine) -> {
            String shown = shown(Path.of(file), cwd);
            byLine.forEach((line, count) -> scenarios.line(shown, line, count));
        });
        coverage.functions().forEach((file, byFunction) -> {
            String shown = shown(Path.of(file), cwd);
            byFunction.forEach((f, count) -> scenarios.function(shown, f.name(), f.line(), count));
        });
        summary.add(lcov(scenarios, dir.resolve(SCENARIOS), "statement lines of the scenarios"));
        String table = ModelChecksTable.markdown(coverage, ErrnoChecks.catalogue());
        Files.writeString(dir.resolve(MODEL_CHECKS), table, StandardCharsets.UTF_8);
        String headline = table.lines().filter(l -> l.startsWith("**")).findFirst().orElse("").replace("**", "");
        summary.add(dir.resolve(MODEL_CHECKS) + ": " + headline);
        byte[] data = KernelJavaCoverage.agentData();
        if (data == null) {
            summary.add(dir.resolve(KERNEL) + ": not written: the JaCoCo agent is not running "
                    + "(./cscript test --coverage starts it; see docs/tools.md)");
        } else {
            summary.add(lcov(KernelJavaCoverage.report(data, cwd), dir.resolve(KERNEL), "Java lines of the kernel model"));
        }
        return summary;
    }

    private static String lcov(LcovReport report, Path file, String what) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            report.write(out);
        }
        long[] totals = report.totals();
        return String.format(Locale.ROOT, "%s: %d of %d %s ran (%.1f %%)", file, totals[1], totals[0], what,
                totals[0] == 0 ? 0.0 : 100.0 * totals[1] / totals[0]);
    }

    /** {@code file} relative to {@code cwd} when inside it, else absolute. */
    static String shown(Path file, Path cwd) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = cwd.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }
}
