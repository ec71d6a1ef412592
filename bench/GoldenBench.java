import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cscript.golden.TraceDiff;

/**
 * The golden engine's diff on a large trace: a one-line change in a trace of N lines, time and
 * bytes allocated by the report (the figure the issue asks for), next to GNU diff -u on the same
 * two files as a yardstick measured in the same run. Run with bench/golden-suite.
 */
public final class GoldenBench {
    public static void main(String[] args) throws Exception {
        Path golden = Path.of(args[0]);
        Path actual = Path.of(args[1]);
        List<String> want = Files.readAllLines(golden);
        List<String> got = Files.readAllLines(actual);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<Long> millis = new ArrayList<>();
        long bytes = 0;
        int lines = 0;
        for (int run = 0; run < 7; run++) {
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            String report = TraceDiff.report(golden.toString(), want, actual.toString(), got, i -> "scenario:1");
            millis.add((System.nanoTime() - start) / 1_000_000);
            bytes = threads.getCurrentThreadAllocatedBytes() - allocated;
            lines = (int) report.lines().count();
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("TraceDiff.report, %d-line trace, one line changed: median %d ms (runs %s), %.1f MB allocated"
                + " per report, %d report lines%n", want.size(), sorted.get(3), millis, bytes / 1e6, lines);
    }
}
